import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { refuse } from "@/lib/errors";
import type { OrganizationDetailsInput } from "@/lib/validation/accounts";
import type { Actor } from "./actor";

/** The editable contact details, kept with what the partner submitted for onboarding (address, website, phone). */
export type ContactDetails = { address: string | null; website: string | null; phone: string | null; contactName: string | null; contactEmail: string | null };
const CONTACT_KEYS = ["address", "website", "phone", "contactName", "contactEmail"] as const;

export const STALE_DETAILS = "Someone else changed the organization's details while you were editing. Reload the page to see their change, then edit again.";
export const NOTHING_CHANGED = "Nothing to save: the details are as they were.";

function contactOf(details: unknown): ContactDetails {
  const source = (details ?? {}) as Record<string, unknown>;
  return Object.fromEntries(CONTACT_KEYS.map((key) => [key, typeof source[key] === "string" && source[key] !== "" ? source[key] : null])) as ContactDetails;
}

/** The actor's organization: what admins may edit, and what the program fixes (shown read-only). Null for support. */
export async function getOrganizationDetails(actor: Actor) {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      legalName: organizations.legalName,
      partnerId: organizations.partnerId,
      cspTenantId: organizations.cspTenantId,
      country: organizations.country,
      region: organizations.region,
      details: organizations.onboardingDetails,
      version: organizations.version,
    })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  if (!row) return null;
  const { details, ...rest } = row;
  return { ...rest, contact: contactOf(details) };
}

/**
 * Saves the editable details of the actor's organization, if nobody changed them since the form was loaded (the
 * version); returns exactly which fields changed, before and after, for the audit event.
 */
export async function updateOrganizationDetails(tx: Tx, actor: Actor, input: OrganizationDetailsInput) {
  const organizationId = actor.organizationId!;
  const [current] = await tx
    .select({ legalName: organizations.legalName, details: organizations.onboardingDetails, version: organizations.version })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for("update");
  if (!current || current.version !== input.expectedVersion) refuse(STALE_DETAILS);
  const beforeAll: Record<string, string | null> = { legalName: current.legalName, ...contactOf(current.details) };
  const afterAll: Record<string, string | null> = { legalName: input.legalName, ...Object.fromEntries(CONTACT_KEYS.map((key) => [key, input[key]])) };
  const changed = Object.keys(afterAll).filter((key) => beforeAll[key] !== afterAll[key]);
  if (changed.length === 0) refuse(NOTHING_CHANGED);
  const contact = Object.fromEntries(CONTACT_KEYS.map((key) => [key, input[key]]).filter(([, value]) => value !== null));
  const [updated] = await tx
    .update(organizations)
    .set({
      legalName: input.legalName,
      // Other keys already there (none today) are kept.
      onboardingDetails: sql`coalesce(${organizations.onboardingDetails}, '{}'::jsonb) - ${sql.raw(`'{${CONTACT_KEYS.join(",")}}'::text[]`)} || ${JSON.stringify(contact)}::jsonb`,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, organizationId), eq(organizations.version, input.expectedVersion)))
    .returning({ version: organizations.version });
  if (!updated) refuse(STALE_DETAILS);
  return {
    version: updated.version,
    before: Object.fromEntries(changed.map((key) => [key, beforeAll[key]])),
    after: Object.fromEntries(changed.map((key) => [key, afterAll[key]])),
  };
}
