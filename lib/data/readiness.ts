import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { refuse } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { organizations, providerResellerRelationships as relationships } from "@/lib/db/schema";
import type { Actor } from "./actor";
import { today } from "./rules-facts";

/**
 * The actor's organization accepts the Microsoft Partner Agreement today; who signed (name, title, email) is kept.
 * An acceptance does not expire and is recorded once: a second call is refused.
 */
export async function acceptMpa(tx: Tx, actor: Actor, signer: { signerName: string; signerTitle: string; signerEmail: string }) {
  if (!actor.organizationId || actor.role !== "admin") refuse("Only an admin of a partner organization can accept the MPA.");
  const acceptedOn = today();
  const [row] = await tx
    .update(organizations)
    .set({
      mpaAcceptedOn: acceptedOn,
      mpaSignerName: signer.signerName,
      mpaSignerTitle: signer.signerTitle,
      mpaSignerEmail: signer.signerEmail,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, actor.organizationId), isNull(organizations.mpaAcceptedOn)))
    .returning({ id: organizations.id, mpaAcceptedOn: organizations.mpaAcceptedOn });
  if (!row) refuse("Your organization has already accepted the MPA.");
  // Its providers see the acceptance in their history of the relationship.
  const providers = await tx
    .select({ id: relationships.providerId })
    .from(relationships)
    .where(and(eq(relationships.resellerId, row.id), ne(relationships.status, "terminated")));
  return { organizationId: row.id, acceptedOn: row.mpaAcceptedOn!, providerIds: providers.map((p) => p.id), ...signer };
}
