import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { customers, invitations, orderRequests, organizations, providerResellerRelationships as relationships, teamInvitations, tenants, terminationRequests, users, userTokens } from "@/lib/db/schema";
import { regionIdOf } from "@/lib/db/regions";
import { hashInvitationToken } from "@/lib/data/invitations";
import { hashUserToken } from "@/lib/data/email-verification";
import type { Caller, CallerInfo, World } from "../world";

/** Set-up rows for matrix inputs: written before the cell's snapshot, put back by resetWorld after it. */

/** An id that exists nowhere, for `withMissingRecord`. */
export const MISSING_ID = "00000000-0000-4000-8000-00000000dead";

export const withField = (field: string) => (input: Record<string, unknown>) => ({ ...input, [field]: MISSING_ID });

/** The caller's own organization, or organization A of the caller's type for callers without one. */
export function ownOrganization(world: World, caller: CallerInfo, fallback = "litware"): string {
  return caller.organizationId ?? world.organization(fallback);
}

/** Organization A of the caller's partner type ("other-*" callers aim at it); null for anonymous and support. */
export function targetOf(caller: Caller): "contoso" | "litware" | "blueyonder" | null {
  if (caller.includes("provider")) return "contoso";
  if (caller.includes("reseller")) return "litware";
  if (caller.includes("direct-bill")) return "blueyonder";
  return null;
}

export async function countryOf(world: World, organizationId: string): Promise<string> {
  const [row] = await world.database.db.select({ country: organizations.country }).from(organizations).where(eq(organizations.id, organizationId));
  return row!.country;
}

/** A fresh open invitation from a provider; the token is returned once, as the link would carry it. */
export async function freshInvitation(world: World, providerKey: string, to: { email: string; partnerId?: string }) {
  const token = randomBytes(32).toString("base64url");
  const [row] = await world.database.db
    .insert(invitations)
    .values({
      providerId: world.organization(providerKey),
      email: to.email,
      partnerId: to.partnerId ?? null,
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
      // Sent a while ago, so a resend is not refused as too soon.
      lastSentAt: new Date(Date.now() - 3_600_000),
    })
    .returning({ id: invitations.id });
  return { id: row!.id, token };
}

/** A fresh, unused email-confirmation link for a user, as the mailed link would carry it. */
export async function freshVerificationToken(world: World, userEmail: string) {
  const token = randomBytes(32).toString("base64url");
  const [user] = await world.database.db.select({ id: users.id }).from(users).where(eq(users.email, userEmail));
  await world.database.db
    .insert(userTokens)
    .values({ userId: user!.id, purpose: "verify-email", tokenHash: hashUserToken(token), expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}

/** A fresh end customer with a customer-type tenant; `owner` makes it that partner's internal-use tenant. */
export async function freshCustomer(world: World, country: string, createdBy: string, owner?: string) {
  const { db } = world.database;
  const [customer] = await db
    .insert(customers)
    .values({ name: `Matrix customer ${randomUUID().slice(0, 8)}`, country, region: regionIdOf(country), createdByOrganizationId: createdBy, ownerOrganizationId: owner ?? null })
    .returning({ id: customers.id });
  const [tenant] = await db
    .insert(tenants)
    .values({ tenantId: randomUUID(), customerId: customer!.id, tenantType: "customer", ownerOrganizationId: owner ?? null })
    .returning({ id: tenants.id, tenantId: tenants.tenantId });
  return { customerId: customer!.id, tenantRowId: tenant!.id, tenantId: tenant!.tenantId };
}

export async function liveRelationship(world: World, providerKey: string, resellerKey: string) {
  const [row] = await world.database.db
    .select({ id: relationships.id, status: relationships.status })
    .from(relationships)
    .where(and(eq(relationships.providerId, world.organization(providerKey)), eq(relationships.resellerId, world.organization(resellerKey)), ne(relationships.status, "terminated")));
  return row!;
}

/** Files a pending termination request on a live relationship, as a partner would have. */
export async function pendingTerminationRequest(world: World, providerKey: string, resellerKey: string, filedBy = providerKey) {
  const { db } = world.database;
  const relationship = await liveRelationship(world, providerKey, resellerKey);
  await db.update(relationships).set({ status: "termination-requested", terminationRequestedAt: new Date() }).where(eq(relationships.id, relationship.id));
  const [request] = await db
    .insert(terminationRequests)
    .values({ relationshipId: relationship.id, requestedByOrganizationId: world.organization(filedBy), reason: "Set up by the matrix.", previousStatus: "active" })
    .returning({ id: terminationRequests.id });
  return request!.id;
}

export async function updateOrganization(world: World, organizationId: string, values: Partial<typeof organizations.$inferInsert>) {
  await world.database.db.update(organizations).set(values).where(eq(organizations.id, organizationId));
}

/**
 * A pending own-use order request, as a buyer would have sent it: from `buyerKey` into a fresh internal-use tenant of
 * its own, to `sellerKey` (through `providerKey` when the seller is a reseller).
 */
export async function pendingOrderRequest(world: World, buyerKey: string, sellerKey: string, providerKey?: string) {
  const buyer = world.organization(buyerKey);
  const tenant = await freshCustomer(world, await countryOf(world, buyer), buyer, buyer);
  const [row] = await world.database.db
    .insert(orderRequests)
    .values({
      buyerOrganizationId: buyer,
      sellerOrganizationId: world.organization(sellerKey),
      providerOrganizationId: providerKey ? world.organization(providerKey) : null,
      tenantId: tenant.tenantRowId,
      offerName: "Microsoft 365 Business Basic",
      quantity: 2,
      requestKey: randomUUID(),
    })
    .returning({ id: orderRequests.id });
  return row!.id;
}

/** A fresh, unused mailed link of any purpose for a user, as the mail would carry it. */
export async function freshUserToken(world: World, userEmail: string, purpose: "verify-email" | "reset-password" | "change-email", newEmail?: string) {
  const token = randomBytes(32).toString("base64url");
  const [user] = await world.database.db.select({ id: users.id }).from(users).where(eq(users.email, userEmail));
  await world.database.db
    .insert(userTokens)
    .values({ userId: user!.id, purpose, newEmail: newEmail ?? null, tokenHash: hashUserToken(token), expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}

/** A fresh open team invitation into an organization (or support, with null), mailed a while ago; the token as the link carries it. */
export async function freshTeamInvitation(world: World, organizationId: string | null, email = `colleague-${randomUUID().slice(0, 8)}@matrix-team.example`) {
  const token = randomBytes(32).toString("base64url");
  const [row] = await world.database.db
    .insert(teamInvitations)
    .values({
      organizationId,
      email,
      role: organizationId ? "member" : "support",
      tokenHash: hashUserToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
      lastSentAt: new Date(Date.now() - 3_600_000),
    })
    .returning({ id: teamInvitations.id });
  return { id: row!.id, token };
}

/** The seeded member (not admin) of organization A of the caller's partner type; litware's for callers without a type. */
export async function memberOfTarget(world: World, caller: Caller) {
  const email = { contoso: "mark@contoso-distribution.example", litware: "hugo@litware.example", blueyonder: "oscar@blueyonder-cloud.example" }[targetOf(caller) ?? "litware"];
  const [row] = await world.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}
