import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import { refuse, refuseNotFound } from "@/lib/errors";
import type { Actor } from "./actor";
import { ownPartnerFacts } from "./readiness";
import { partnerFactColumns, toRulesPartner, today } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";
import { fileTerminationRequest } from "./termination-requests";

async function ownReseller(tx: Tx, actor: Actor) {
  const facts = await ownPartnerFacts(tx, actor);
  if (facts.partnerType !== "indirect-reseller") refuse("Only an indirect reseller answers a provider's invitation.");
  return facts;
}

async function providerFacts(tx: Tx, providerId: string) {
  const [row] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, providerId));
  if (!row) refuseNotFound();
  return row;
}

/**
 * The reseller asks program support to end a relationship (TERMINATION-VIA-SUPPORT): a pending request is filed
 * and the relationship shows "termination requested" until support decides.
 */
export async function requestRelationshipEnd(tx: Tx, actor: Actor, relationshipId: string, reason: string) {
  const reseller = await ownReseller(tx, actor);
  const [relationship] = await tx
    .select({ id: relationships.id, status: relationships.status, providerId: relationships.providerId, resellerId: relationships.resellerId })
    .from(relationships)
    .where(and(eq(relationships.id, relationshipId), eq(relationships.resellerId, reseller.id)));
  if (!relationship) refuseNotFound();
  const provider = await providerFacts(tx, relationship.providerId);
  refuseUnlessAllowed(
    evaluate({
      action: "end-relationship",
      on: today(),
      actor: toRulesPartner(reseller),
      counterparty: toRulesPartner(provider),
      relationship: relationship.status,
      requestedBy: "partner",
    }),
  );

  const requestId = await fileTerminationRequest(tx, actor, relationship, reason);
  return { requestId, relationshipId: relationship.id, providerId: provider.id, before: relationship.status };
}
