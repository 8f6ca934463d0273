import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { refuse } from "@/lib/errors";
import type { OnboardingDetails } from "@/lib/validation/readiness";
import type { Actor } from "./actor";
import { onboardingDecided, onboardingSubmitted } from "@/lib/notifications/events";
import { webhookOnboardingVerified } from "./webhook-events";
import { can } from "@/lib/permissions";

/**
 * A partner submits (or, after a rejection, resubmits) its business details for program support to verify.
 * Only while not yet onboarded: an approved organization has nothing to submit.
 */
export async function submitOnboardingDetails(tx: Tx, actor: Actor, details: OnboardingDetails) {
  if (!actor.organizationId || !can(actor, "organization.submit-onboarding")) refuse("Only an admin of your organization can submit its details.");
  const [row] = await tx
    .update(organizations)
    .set({
      onboardingDetails: details,
      onboardingStatus: "submitted",
      onboardingSubmittedAt: sql`now()`,
      onboardingRejectionReason: null,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(organizations.id, actor.organizationId),
        inArray(organizations.onboardingStatus, ["not-submitted", "rejected", "submitted"]),
      ),
    )
    .returning({ id: organizations.id });
  if (!row) refuse("Your organization is already onboarded; there is nothing to submit.");
  await onboardingSubmitted(tx, { organizationId: row.id });
  return { organizationId: row.id, after: details };
}

/** Program support's queue: organizations whose details wait for verification, oldest first. */
export async function listOnboardingQueue(actor: Actor) {
  if (!can(actor, "support.view")) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: organizations.id,
      legalName: organizations.legalName,
      partnerType: organizations.partnerType,
      partnerId: organizations.partnerId,
      country: organizations.country,
      details: organizations.onboardingDetails,
      submittedAt: organizations.onboardingSubmittedAt,
    })
    .from(organizations)
    .where(eq(organizations.onboardingStatus, "submitted"))
    .orderBy(asc(organizations.onboardingSubmittedAt))
    .limit(100);
  return rows.map((row) => ({ ...row, details: (row.details ?? {}) as Partial<OnboardingDetails> }));
}

/** Support verifies the details: the organization counts as onboarded into Partner Center from now. */
export async function approveOnboarding(tx: Tx, actor: Actor, organizationId: string) {
  if (!can(actor, "support.verify-onboarding")) refuse("Only program support verifies onboarding.");
  const [row] = await tx
    .update(organizations)
    .set({
      onboardingStatus: "approved",
      onboardedAt: sql`now()`,
      onboardedBy: actor.name,
      onboardingRejectionReason: null,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, organizationId), eq(organizations.onboardingStatus, "submitted")))
    .returning({ id: organizations.id, legalName: organizations.legalName, onboardedAt: organizations.onboardedAt });
  if (!row) refuse("This organization is no longer waiting for verification.");
  await onboardingDecided(tx, { organizationId: row.id, approved: true });
  await webhookOnboardingVerified(tx, { organizationId: row.id, onboardedAt: row.onboardedAt });
  return row;
}

/** Support sends the details back with a reason the partner can fix; it may resubmit. */
export async function rejectOnboarding(tx: Tx, actor: Actor, organizationId: string, reason: string) {
  if (!can(actor, "support.verify-onboarding")) refuse("Only program support verifies onboarding.");
  const [row] = await tx
    .update(organizations)
    .set({
      onboardingStatus: "rejected",
      onboardingRejectionReason: reason,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, organizationId), eq(organizations.onboardingStatus, "submitted")))
    .returning({ id: organizations.id, legalName: organizations.legalName });
  if (!row) refuse("This organization is no longer waiting for verification.");
  await onboardingDecided(tx, { organizationId: row.id, approved: false, reason });
  return row;
}
