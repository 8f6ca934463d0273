import "server-only";
import { and, eq, gt, isNull, ne, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { invitations, organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import { evaluate, type Verdict } from "@/lib/rules";
import { formatDate } from "@/lib/labels";
import { partnerFactColumns, toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { blockingFindings, refusalMessage } from "./verdicts";

/**
 * Whether a reseller may be invited: one check for the single invitation and for each row of an import, so the two
 * can never disagree. The facts it needs are loaded once for a whole batch (`loadInviteFacts`); deciding a row is
 * then pure and fast.
 */

export const NO_ADDRESSEE = "Name whom the invitation is for: the reseller's Partner ID, an email address, or both.";

/** Whom an invitation names; `country` is what an import's file says (the single form does not ask). */
export type InviteCandidate = { partnerId?: string | null; email?: string | null; country?: string | null };

export type InviteFacts = {
  provider: PartnerFacts;
  /** Organizations here, by Partner ID, among those the candidates name. */
  byPartnerId: Map<string, PartnerFacts>;
  /** The provider's live (not terminated) relationships, by reseller organization id. */
  liveStatus: Map<string, string>;
  /** The provider's open invitations (until when), by Partner ID and by lower-cased email. */
  openByPartnerId: Map<string, Date>;
  openByEmail: Map<string, Date>;
};

/** What the rules say about linking this reseller with the provider (the same verdict acceptance is held to). */
export function linkVerdict(reseller: PartnerFacts, provider: PartnerFacts, relationship: string | undefined): Verdict {
  return evaluate({
    action: "link-provider-reseller",
    on: today(),
    actor: toRulesPartner(reseller),
    counterparty: toRulesPartner(provider),
    ...(relationship ? { relationship: relationship as never } : {}),
  });
}

/** Still open: not accepted, declined or revoked, and not expired (by the database's clock). */
export const invitationIsOpen = and(
  isNull(invitations.acceptedAt),
  isNull(invitations.declinedAt),
  isNull(invitations.revokedAt),
  gt(invitations.expiresAt, sql`now()`),
);

/**
 * "column in (these values)" with the values as ONE JSON parameter: thousands of bound parameters cost far more to
 * send and plan than one array, on both drivers.
 */
function inList(column: SQL | SQLWrapper, values: readonly string[], as: "text" | "uuid" = "text"): SQL {
  return sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::${sql.raw(as)})`;
}

/** Everything `inviteRefusal` and `inviteState` read, for the provider and these candidates, in a few queries. */
export async function loadInviteFacts(db: Db | Tx, providerId: string, candidates: readonly InviteCandidate[]): Promise<InviteFacts> {
  const [provider] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, providerId));
  const partnerIds = [...new Set(candidates.map((candidate) => candidate.partnerId).filter((id): id is string => Boolean(id)))];
  const byPartnerId = new Map<string, PartnerFacts>();
  if (partnerIds.length > 0) {
    const found = await db.select(partnerFactColumns).from(organizations).where(inList(organizations.partnerId, partnerIds));
    for (const row of found) if (row.partnerId) byPartnerId.set(row.partnerId, row);
  }
  // Only the rows these candidates can match, so one row's check costs the same however large the provider's book.
  const liveStatus = new Map<string, string>();
  const resellerIds = [...byPartnerId.values()].map((row) => row.id);
  if (resellerIds.length > 0) {
    const live = await db
      .select({ resellerId: relationships.resellerId, status: relationships.status })
      .from(relationships)
      .where(and(eq(relationships.providerId, providerId), ne(relationships.status, "terminated"), inList(relationships.resellerId, resellerIds, "uuid")));
    for (const row of live) liveStatus.set(row.resellerId, row.status);
  }
  const emails = [...new Set(candidates.map((candidate) => candidate.email?.toLowerCase()).filter((email): email is string => Boolean(email)))];
  const openByPartnerId = new Map<string, Date>();
  const openByEmail = new Map<string, Date>();
  const keep = (open: { partnerId: string | null; email: string | null; expiresAt: Date }[]) => {
    for (const row of open) {
      if (row.partnerId) openByPartnerId.set(row.partnerId, row.expiresAt);
      if (row.email) openByEmail.set(row.email.toLowerCase(), row.expiresAt);
    }
  };
  const openColumns = { partnerId: invitations.partnerId, email: invitations.email, expiresAt: invitations.expiresAt };
  if (partnerIds.length > 0) keep(await db.select(openColumns).from(invitations).where(and(eq(invitations.providerId, providerId), invitationIsOpen, inList(invitations.partnerId, partnerIds))));
  if (emails.length > 0) keep(await db.select(openColumns).from(invitations).where(and(eq(invitations.providerId, providerId), invitationIsOpen, inList(sql`lower(${invitations.email})`, emails))));
  return { provider: provider!, byPartnerId, liveStatus, openByPartnerId, openByEmail };
}

/** A reseller not (yet) here, as the rules see it: only its country is known. */
function unknownReseller(country: string): PartnerFacts {
  return {
    id: "", partnerType: "indirect-reseller", legalName: "", partnerId: "", country, region: "", cspTenantId: "", affiliationGroup: null,
    onboardedAt: null, resellerEnrolledAt: null, directBillEnrolledAt: null, hasApiIntegration: false, providesBilling: false,
    providesSupport: false, providesManagedServices: false, mpaAcceptedOn: null,
  };
}

/**
 * Why this candidate may not be invited, or null. The rules: someone must be named; a Partner ID that belongs to
 * an organization here must be an indirect reseller's; and provider and reseller must share a CSP region
 * (SAME-REGION-RELATIONSHIP, which also refuses an unknown country). The reseller's country is its organization's
 * when the Partner ID is known here, else the one given; with neither, the region is checked on acceptance.
 */
export function inviteRefusal(facts: InviteFacts, candidate: InviteCandidate): { reason: string; field: "partnerId" | "country" } | null {
  if (!candidate.partnerId && !candidate.email) return { reason: NO_ADDRESSEE, field: "partnerId" };
  const known = candidate.partnerId ? facts.byPartnerId.get(candidate.partnerId) : undefined;
  if (known && known.partnerType !== "indirect-reseller") {
    return { reason: `Partner ID ${candidate.partnerId} belongs to ${known.legalName}, which is not an indirect reseller.`, field: "partnerId" };
  }
  const reseller = known ?? (candidate.country ? unknownReseller(candidate.country) : null);
  if (!reseller) return null;
  const regionFindings = blockingFindings(linkVerdict(reseller, facts.provider, undefined)).filter((finding) => finding.ruleId === "SAME-REGION-RELATIONSHIP");
  if (regionFindings.length > 0) return { reason: refusalMessage("Not in your region.", regionFindings), field: known ? "partnerId" : "country" };
  return null;
}

/**
 * Whether there is nothing to do: the reseller is already linked with the provider, or an open invitation already
 * names it. An import skips such rows so that uploading a file twice sends no one a second email; the single form
 * still lets an admin invite again on purpose (and "Resend" exists for that).
 */
export function inviteState(facts: InviteFacts, candidate: InviteCandidate): { kind: "linked" | "invited"; reason: string } | null {
  const known = candidate.partnerId ? facts.byPartnerId.get(candidate.partnerId) : undefined;
  const status = known ? facts.liveStatus.get(known.id) : undefined;
  if (known && status && status !== "invited") return { kind: "linked", reason: `Already linked with ${known.legalName} (${status}).` };
  const until = (candidate.partnerId && facts.openByPartnerId.get(candidate.partnerId)) || (candidate.email && facts.openByEmail.get(candidate.email.toLowerCase()));
  if (until) return { kind: "invited", reason: `Already invited: an invitation waits for an answer until ${formatDate(until)}.` };
  return null;
}
