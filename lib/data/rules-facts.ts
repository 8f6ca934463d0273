import "server-only";
import { organizations } from "@/lib/db/schema";
import type { IsoDate, Partner } from "@/lib/rules";

/**
 * The bridge from database rows to the rules library: select these columns of an organization, turn the row into
 * the rules' `Partner`, and ask `evaluate`. Every decision the app enforces goes through here, never a local `if`.
 */
export const partnerFactColumns = {
  id: organizations.id,
  partnerType: organizations.partnerType,
  legalName: organizations.legalName,
  partnerId: organizations.partnerId,
  country: organizations.country,
  region: organizations.region,
  cspTenantId: organizations.cspTenantId,
  affiliationGroup: organizations.affiliationGroup,
  onboardedAt: organizations.onboardedAt,
  resellerEnrolledAt: organizations.resellerEnrolledAt,
  directBillEnrolledAt: organizations.directBillEnrolledAt,
  hasApiIntegration: organizations.hasApiIntegration,
  providesBilling: organizations.providesBilling,
  providesSupport: organizations.providesSupport,
  providesManagedServices: organizations.providesManagedServices,
  mpaAcceptedOn: organizations.mpaAcceptedOn,
};

export type PartnerFacts = {
  [K in keyof typeof partnerFactColumns]: (typeof partnerFactColumns)[K]["_"]["notNull"] extends true
    ? (typeof partnerFactColumns)[K]["_"]["data"]
    : (typeof partnerFactColumns)[K]["_"]["data"] | null;
};

export function toRulesPartner(row: PartnerFacts): Partner {
  const enrolledAt = row.partnerType === "direct-bill" ? row.directBillEnrolledAt : row.resellerEnrolledAt;
  return {
    type: row.partnerType,
    country: row.country,
    partnerId: row.partnerId,
    name: row.legalName,
    onboarded: row.onboardedAt !== null,
    // Providers have no enrollment step of their own in our model: being a provider organization is its enrollment.
    enrolled: row.partnerType === "indirect-provider" ? true : enrolledAt !== null,
    mpaAcceptedOn: row.mpaAcceptedOn,
    ...(row.partnerType === "direct-bill" && {
      directBill: {
        apiIntegration: row.hasApiIntegration,
        billing: row.providesBilling,
        support: row.providesSupport,
        managedServices: row.providesManagedServices,
      },
    }),
  };
}

/** Affiliation between two organizations (or an organization and a customer), as the rules understand it. */
export function affiliationBetween(
  a: { id: string; affiliationGroup: string | null },
  b: { id?: string | null; ownerOrganizationId?: string | null; affiliationGroup: string | null },
): "none" | "same-organization" | "same-affiliation-group" {
  if (a.id === b.id || a.id === b.ownerOrganizationId) return "same-organization";
  if (a.affiliationGroup && a.affiliationGroup === b.affiliationGroup) return "same-affiliation-group";
  return "none";
}

/** Today's date on the server, in UTC, as the rules take it. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
