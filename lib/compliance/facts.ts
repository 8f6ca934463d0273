// The facts the compliance scan re-checks a subscription with, as they were on the subscription's date. Pure: the
// data layer loads each partner, customer and relationship history once, and these functions read them by date.
import type { IsoDate, Partner, PartnerType, RelationshipStatus } from "@/lib/rules";

/** A partner with the day each readiness step was done (null: not done), so its state on any date can be told. */
export interface DatedPartner {
  id: string;
  type: PartnerType;
  legalName: string;
  partnerId: string;
  country: string;
  affiliationGroup: string | null;
  onboardedOn: IsoDate | null;
  /** Enrolled as an indirect reseller or as a direct-bill partner, by its type. */
  enrolledOn: IsoDate | null;
  mpaAcceptedOn: IsoDate | null;
  directBill: { apiIntegration: boolean; billing: boolean; support: boolean; managedServices: boolean } | null;
}

export interface ScanCustomer {
  id: string;
  name: string;
  country: string;
  affiliationGroup: string | null;
  ownerOrganizationId: string | null;
}

/** The statuses a relationship went through, oldest first, each from the day it began. */
export type StatusHistory = { status: RelationshipStatus; from: IsoDate }[];

/** One subscription as the scan reads it: ids only; the facts behind the ids are looked up once each. */
export interface ScanSubscription {
  id: string;
  customerId: string;
  billingPartnerId: string;
  resellerOfRecordId: string | null;
  startsOn: IsoDate;
}

const onOrBefore = (day: IsoDate | null, on: IsoDate) => day !== null && day <= on;

/** The partner as the rules see it on `on`: steps done later count as not done. The MPA date goes as it is; the
 * rules compare it with `on` themselves, so a finding can say "accepted only on …". */
export function partnerOn(partner: DatedPartner, on: IsoDate): Partner {
  return {
    type: partner.type,
    country: partner.country,
    partnerId: partner.partnerId,
    name: partner.legalName,
    onboarded: onOrBefore(partner.onboardedOn, on),
    // Providers have no enrollment step of their own in our model: being a provider organization is its enrollment.
    enrolled: partner.type === "indirect-provider" ? true : onOrBefore(partner.enrolledOn, on),
    mpaAcceptedOn: partner.mpaAcceptedOn,
    ...(partner.directBill && { directBill: partner.directBill }),
  };
}

/** The relationship's status on `on` (the last change on or before that day); undefined when it did not exist yet. */
export function statusOn(history: StatusHistory | undefined, on: IsoDate): RelationshipStatus | undefined {
  let status: RelationshipStatus | undefined;
  for (const change of history ?? []) {
    if (change.from > on) break;
    status = change.status;
  }
  return status;
}

/** Affiliation between the selling partner and the customer, as the rules understand it. */
export function affiliationOf(seller: DatedPartner, customer: ScanCustomer): "none" | "same-organization" | "same-affiliation-group" {
  if (seller.id === customer.ownerOrganizationId) return "same-organization";
  if (seller.affiliationGroup && seller.affiliationGroup === customer.affiliationGroup) return "same-affiliation-group";
  return "none";
}
