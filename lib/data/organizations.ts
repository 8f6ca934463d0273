import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import type { Actor } from "./actor";

/** The actor's own organization with its readiness facts; null for program support. */
export async function getOwnOrganization(actor: Actor) {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [organization] = await db
    .select({
      id: organizations.id,
      legalName: organizations.legalName,
      partnerType: organizations.partnerType,
      partnerId: organizations.partnerId,
      country: organizations.country,
      region: organizations.region,
      onboardingStatus: organizations.onboardingStatus,
      onboardedAt: organizations.onboardedAt,
      onboardedBy: organizations.onboardedBy,
      resellerEnrolledAt: organizations.resellerEnrolledAt,
      resellerEnrolledBy: organizations.resellerEnrolledBy,
      directBillEnrolledAt: organizations.directBillEnrolledAt,
      hasApiIntegration: organizations.hasApiIntegration,
      providesBilling: organizations.providesBilling,
      providesSupport: organizations.providesSupport,
      providesManagedServices: organizations.providesManagedServices,
      mpaAcceptedOn: organizations.mpaAcceptedOn,
      mpaSignerName: organizations.mpaSignerName,
    })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  return organization ?? null;
}

export type OwnOrganization = NonNullable<Awaited<ReturnType<typeof getOwnOrganization>>>;
