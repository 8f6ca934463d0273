import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, exists, ilike, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { customerPartners, customers, orderRequests, organizations, providerResellerRelationships as relationships, subscriptions, tenants, users } from "@/lib/db/schema";
import { regionIdOf } from "@/lib/db/regions";
import { evaluate, type BuyForOwnUseProposal, type Verdict } from "@/lib/rules";
import { refuse, refuseNotFound } from "@/lib/errors";
import { queueEmail } from "@/lib/email/outbox";
import { recipientLocale } from "@/lib/email/locale";
import type { Locale } from "@/lib/i18n/locales";
import { ownUseOrderDecidedMessage, ownUseOrderRequestedMessage, ownUseOrderWithdrawnMessage } from "@/lib/email/own-use-messages";
import { PARTNER_ID_PATTERN } from "@/lib/rules/partner-id";
import type { Actor } from "./actor";
import { ownPartnerFacts } from "./readiness";
import { affiliationBetween, partnerFactColumns, toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";
import { can } from "@/lib/permissions";

/** The organization's internal-use tenants: customer-type tenants it owns, never its CSP tenant. */
export async function listOwnUseTenants(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({ id: tenants.id, tenantId: tenants.tenantId, name: customers.name, country: customers.country })
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(and(eq(tenants.ownerOrganizationId, actor.organizationId), eq(customers.ownerOrganizationId, actor.organizationId), eq(tenants.tenantType, "customer")))
    .orderBy(asc(customers.name));
}

/** At most this many sellers answer one search. */
export const SELLER_SEARCH_LIMIT = 20;

export type OwnUseSeller = {
  id: string;
  name: string;
  partnerType: "direct-bill" | "indirect-reseller";
  country: string;
  /** For a reseller, the providers it actively resells for (each one a separate choice, billed by that provider). */
  providers: { id: string; name: string }[];
};

/**
 * Finds a seller to buy from, in the buyer's region: by exact Partner ID, or by a name search that answers at most
 * SELLER_SEARCH_LIMIT. Never a whole list; only what is needed to pick one (name, type, country, providers).
 */
export async function findOwnUseSellers(actor: Actor, query: string | undefined): Promise<OwnUseSeller[]> {
  const q = (query ?? "").trim();
  if (!actor.organizationId || q.length === 0) return [];
  const db = await getDb();
  const [me] = await db.select({ region: organizations.region }).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!me) return [];
  const matches = PARTNER_ID_PATTERN.test(q) ? eq(organizations.partnerId, q) : ilike(organizations.legalName, `%${q.replace(/[\\%_]/g, "\\$&")}%`);
  const activeReseller = and(
    eq(organizations.partnerType, "indirect-reseller"),
    exists(db.select({ one: sql`1` }).from(relationships).where(and(eq(relationships.resellerId, organizations.id), eq(relationships.status, "active")))),
  );
  const found = await db
    .select({ id: organizations.id, name: organizations.legalName, partnerType: organizations.partnerType, country: organizations.country })
    .from(organizations)
    .where(and(matches, eq(organizations.region, me.region), ne(organizations.id, actor.organizationId), or(eq(organizations.partnerType, "direct-bill"), activeReseller)))
    .orderBy(asc(organizations.legalName))
    .limit(SELLER_SEARCH_LIMIT);
  const resellerIds = found.filter((row) => row.partnerType === "indirect-reseller").map((row) => row.id);
  const provider = alias(organizations, "provider");
  const supplies = resellerIds.length
    ? await db
        .select({ resellerId: relationships.resellerId, id: provider.id, name: provider.legalName })
        .from(relationships)
        .innerJoin(provider, eq(provider.id, relationships.providerId))
        .where(and(inArray(relationships.resellerId, resellerIds), eq(relationships.status, "active")))
        .orderBy(asc(provider.legalName))
    : [];
  return found.map((row) => ({
    id: row.id,
    name: row.name,
    partnerType: row.partnerType as OwnUseSeller["partnerType"],
    country: row.country,
    providers: supplies.filter((supply) => supply.resellerId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** Own-use purchases: subscriptions into the organization's internal-use tenants. */
export async function listOwnUsePurchases(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  const biller = alias(organizations, "biller");
  const reseller = alias(organizations, "reseller");
  return db
    .select({
      id: subscriptions.id,
      offerName: subscriptions.offerName,
      quantity: subscriptions.quantity,
      startsOn: subscriptions.startsOn,
      tenantName: customers.name,
      billerName: biller.legalName,
      resellerName: reseller.legalName,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(biller, eq(biller.id, subscriptions.billingPartnerId))
    .leftJoin(reseller, eq(reseller.id, subscriptions.resellerOfRecordId))
    .where(eq(customers.ownerOrganizationId, actor.organizationId))
    .orderBy(desc(subscriptions.startsOn))
    .limit(100);
}

/** Registers an internal-use tenant: a customer record for the organization itself and a customer-type tenant it owns. */
export async function registerOwnUseTenant(tx: Tx, actor: Actor, input: { name: string; tenantId: string }) {
  const me = await ownPartnerFacts(tx, actor);
  if (input.tenantId === me.cspTenantId.toLowerCase()) {
    const message = "OWN-USE-SEPARATE-TENANT: this is your CSP tenant. Own-use purchases go to a separate, customer-type tenant.";
    refuse(message, { tenantId: [message] });
  }
  const [customer] = await tx
    .insert(customers)
    .values({
      name: input.name,
      country: me.country,
      region: regionIdOf(me.country),
      ownerOrganizationId: me.id,
      affiliationGroup: me.affiliationGroup,
      createdByOrganizationId: me.id,
    })
    .returning({ id: customers.id });
  const [tenant] = await tx
    .insert(tenants)
    .values({ tenantId: input.tenantId, customerId: customer!.id, tenantType: "customer", ownerOrganizationId: me.id })
    .onConflictDoNothing({ target: tenants.tenantId })
    .returning({ id: tenants.id });
  if (!tenant) refuse("This tenant is already registered.", { tenantId: ["This tenant is already registered."] });
  return { tenantRowId: tenant.id, customerId: customer!.id };
}

export type OwnUseChoice = { deliverTo: string; seller: string };

type Prepared = {
  proposal: BuyForOwnUseProposal;
  seller: PartnerFacts;
  provider: PartnerFacts | null;
  tenant: { id: string; customerId: string } | null;
};

/** Builds the rules' proposal for a purchase from database facts; null when the seller or tenant is not one on offer. */
async function prepare(db: Db | Tx, me: PartnerFacts, choice: OwnUseChoice): Promise<Prepared | null> {
  const [sellerId, providerId] = choice.seller.split(":");
  const [seller] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, sellerId!));
  if (!seller) return null;
  let provider: PartnerFacts | null = null;
  if (seller.partnerType === "indirect-reseller") {
    if (!providerId) return null;
    // The seller must actually resell for that provider.
    const [row] = await db
      .select(partnerFactColumns)
      .from(relationships)
      .innerJoin(organizations, eq(organizations.id, relationships.providerId))
      .where(and(eq(relationships.resellerId, seller.id), eq(relationships.providerId, providerId), eq(relationships.status, "active")));
    if (!row) return null;
    provider = row;
  }
  let tenant: Prepared["tenant"] = null;
  let tenantFacts: BuyForOwnUseProposal["tenant"];
  if (choice.deliverTo === "csp") {
    tenantFacts = { type: "csp", id: me.cspTenantId, country: me.country };
  } else {
    const [row] = await db
      .select({ id: tenants.id, customerId: tenants.customerId, tenantId: tenants.tenantId, type: tenants.tenantType, country: customers.country })
      .from(tenants)
      .innerJoin(customers, eq(customers.id, tenants.customerId))
      .where(and(eq(tenants.id, choice.deliverTo), eq(tenants.ownerOrganizationId, me.id), eq(customers.ownerOrganizationId, me.id)));
    if (!row) return null;
    tenant = { id: row.id, customerId: row.customerId };
    tenantFacts = { type: row.type, id: row.tenantId, country: row.country };
  }
  // The buyer's own live relationship with the provider that supplies this purchase, if any.
  let relationship: BuyForOwnUseProposal["relationship"];
  if (provider && me.partnerType === "indirect-reseller") {
    const [row] = await db
      .select({ status: relationships.status })
      .from(relationships)
      .where(and(eq(relationships.resellerId, me.id), eq(relationships.providerId, provider.id), ne(relationships.status, "terminated")));
    relationship = row?.status;
  }
  const proposal: BuyForOwnUseProposal = {
    action: "buy-for-own-use",
    on: today(),
    actor: toRulesPartner(me),
    seller: toRulesPartner(seller),
    ...(provider && { sellerProvider: toRulesPartner(provider) }),
    tenant: tenantFacts,
    actorCspTenantId: me.cspTenantId,
    ...(relationship && { relationship }),
    affiliation: affiliationBetween(me, seller),
  };
  return { proposal, seller, provider, tenant };
}

async function ownsTenant(tx: Tx, organizationId: string, tenantRowId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: tenants.id })
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(and(eq(tenants.id, tenantRowId), eq(tenants.ownerOrganizationId, organizationId), eq(customers.ownerOrganizationId, organizationId)));
  return row !== undefined;
}

/** What the rules say about a purchase the partner is considering (read-only, for the page). */
export async function checkOwnUsePurchase(actor: Actor, choice: OwnUseChoice): Promise<Verdict | null> {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [me] = await db.select(partnerFactColumns).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!me) return null;
  const prepared = await prepare(db, me, choice);
  return prepared ? evaluate(prepared.proposal) : null;
}

type OwnUseOrder = OwnUseChoice & { offerName: string; quantity: number; requestKey: string };

/**
 * The one path that creates an own-use purchase: the acceptance of an order request. The rules are asked again with
 * the facts of now (the seller's MPA, its provider, the buyer's tenant); a blocked proposal writes nothing. Billed by
 * the seller (a direct-bill partner) or by the reseller's provider with the reseller as reseller of record, into the
 * buyer's internal-use tenant.
 */
async function purchaseForOwnUse(tx: Tx, buyer: PartnerFacts, order: OwnUseOrder) {
  const prepared = await prepare(tx, buyer, order);
  if (!prepared) refuse("This purchase is no longer possible: the seller no longer sells through that provider, or the buyer's tenant is gone. Decline the request.");
  refuseUnlessAllowed(evaluate(prepared.proposal));
  if (!prepared.tenant) refuse("Choose one of your internal-use tenants.");
  const billing = prepared.provider ?? prepared.seller;
  const [subscription] = await tx
    .insert(subscriptions)
    .values({
      customerId: prepared.tenant.customerId,
      tenantId: prepared.tenant.id,
      offerName: order.offerName,
      publisher: "first-party",
      billingPartnerId: billing.id,
      resellerOfRecordId: prepared.provider ? prepared.seller.id : null,
      quantity: order.quantity,
      startsOn: today(),
      requestKey: order.requestKey,
    })
    .onConflictDoNothing({ target: subscriptions.requestKey })
    .returning({ id: subscriptions.id });
  if (!subscription) refuse("This purchase was already recorded.");
  await tx.insert(customerPartners).values({ customerId: prepared.tenant.customerId, partnerOrganizationId: prepared.seller.id }).onConflictDoNothing();
  return { subscriptionId: subscription.id, sellerId: prepared.seller.id, billingId: billing.id };
}

/** Verified addresses of an organization's admins: who decides for it. */
/** The organization's admins with a proven address, each with the language their mail is written in. */
async function adminAddresses(tx: Tx, organizationId: string) {
  const rows = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.role, "admin"), isNotNull(users.emailVerifiedAt)));
  const addressed: { to: string; locale: Locale }[] = [];
  for (const row of rows) addressed.push({ to: row.email, locale: await recipientLocale(tx, row) });
  return addressed;
}

/**
 * Asks another partner to sell to the organization for its own use. Nothing is written in the seller's (or its
 * provider's) books: an order request waits for the seller's admins, who are told by email. The rules are asked now
 * (so a request that could never be accepted is not sent) and again at acceptance. One request per form submission.
 */
export async function requestOwnUseOrder(tx: Tx, actor: Actor, input: OwnUseOrder) {
  const me = await ownPartnerFacts(tx, actor);
  // Another organization's tenant answers like one that does not exist.
  if (input.deliverTo !== "csp" && !(await ownsTenant(tx, me.id, input.deliverTo))) refuseNotFound();
  const prepared = await prepare(tx, me, input);
  if (!prepared) refuse("Choose a seller and an internal-use tenant from the lists.");
  refuseUnlessAllowed(evaluate(prepared.proposal));
  if (!prepared.tenant) refuse("Choose one of your internal-use tenants.");
  const [request] = await tx
    .insert(orderRequests)
    .values({
      buyerOrganizationId: me.id,
      sellerOrganizationId: prepared.seller.id,
      providerOrganizationId: prepared.provider?.id ?? null,
      tenantId: prepared.tenant.id,
      offerName: input.offerName,
      quantity: input.quantity,
      requestedByUserId: actor.userId,
      requestKey: input.requestKey,
    })
    .onConflictDoNothing({ target: orderRequests.requestKey })
    .returning({ id: orderRequests.id });
  if (!request) refuse("This request was already sent (the form was sent twice).");
  for (const { to, locale } of await adminAddresses(tx, prepared.seller.id)) {
    await queueEmail(
      tx,
      ownUseOrderRequestedMessage({ to, locale, buyer: me, seller: prepared.seller.legalName, provider: prepared.provider?.legalName ?? null, order: input }),
    );
  }
  return { requestId: request.id, sellerId: prepared.seller.id, providerId: prepared.provider?.id ?? null };
}

/** The request, locked for a decision, when it is addressed to the actor's organization; otherwise not found. */
async function lockRequest(tx: Tx, requestId: string, side: { sellerOrganizationId: string } | { buyerOrganizationId: string }) {
  const party =
    "sellerOrganizationId" in side ? eq(orderRequests.sellerOrganizationId, side.sellerOrganizationId) : eq(orderRequests.buyerOrganizationId, side.buyerOrganizationId);
  const [request] = await tx.select().from(orderRequests).where(and(eq(orderRequests.id, requestId), party)).for("update");
  // Another organization's request answers exactly like one that does not exist.
  if (!request) refuseNotFound();
  if (request.status !== "pending") refuse(`This request was already ${request.status}.`);
  return request;
}

async function organizationName(tx: Tx, id: string) {
  const [row] = await tx.select({ name: organizations.legalName }).from(organizations).where(eq(organizations.id, id));
  return row?.name ?? "the partner";
}

/** Tells the buyer how its request was decided: the requester, or its admins when the requester has left. */
async function tellBuyer(tx: Tx, request: typeof orderRequests.$inferSelect, decision: { accepted: boolean; seller: string; note?: string }) {
  const [requester] = request.requestedByUserId
    ? await tx
        .select({ id: users.id, email: users.email, locale: users.locale })
        .from(users)
        .where(and(eq(users.id, request.requestedByUserId), eq(users.organizationId, request.buyerOrganizationId), isNotNull(users.emailVerifiedAt)))
    : [];
  const recipients = requester ? [{ to: requester.email, locale: await recipientLocale(tx, requester) }] : await adminAddresses(tx, request.buyerOrganizationId);
  for (const { to, locale } of recipients) {
    await queueEmail(tx, ownUseOrderDecidedMessage({ to, locale, ...decision, order: request }));
  }
}

function sellerAdminOnly(actor: Actor): string {
  if (!can(actor, "order-request.decide") || !actor.organizationId) refuse("Only an admin of the seller can decide on an order request.");
  return actor.organizationId;
}

/**
 * The seller's admin accepts: the purchase is made now, through the one path that creates own-use purchases, with
 * the rules asked again on today's facts. A refusal leaves the request pending and writes nothing.
 */
export async function acceptOwnUseOrder(tx: Tx, actor: Actor, requestId: string) {
  const sellerId = sellerAdminOnly(actor);
  const request = await lockRequest(tx, requestId, { sellerOrganizationId: sellerId });
  const [buyer] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, request.buyerOrganizationId));
  if (!buyer) refuseNotFound();
  const bought = await purchaseForOwnUse(tx, buyer, {
    deliverTo: request.tenantId,
    seller: request.providerOrganizationId ? `${request.sellerOrganizationId}:${request.providerOrganizationId}` : request.sellerOrganizationId,
    offerName: request.offerName,
    quantity: request.quantity,
    requestKey: `order-request:${request.id}`,
  });
  await tx
    .update(orderRequests)
    .set({ status: "accepted", subscriptionId: bought.subscriptionId, decidedByUserId: actor.userId, decidedAt: new Date() })
    .where(eq(orderRequests.id, request.id));
  const sellerName = await organizationName(tx, sellerId);
  await tellBuyer(tx, request, { accepted: true, seller: sellerName });
  return { requestId: request.id, subscriptionId: bought.subscriptionId, buyerId: buyer.id, billingId: bought.billingId };
}

/** The seller's admin declines, optionally with a note the buyer sees. Nothing is created. */
export async function declineOwnUseOrder(tx: Tx, actor: Actor, input: { requestId: string; note?: string }) {
  const sellerId = sellerAdminOnly(actor);
  const request = await lockRequest(tx, input.requestId, { sellerOrganizationId: sellerId });
  await tx
    .update(orderRequests)
    .set({ status: "declined", decisionNote: input.note || null, decidedByUserId: actor.userId, decidedAt: new Date() })
    .where(eq(orderRequests.id, request.id));
  const sellerName = await organizationName(tx, sellerId);
  await tellBuyer(tx, request, { accepted: false, seller: sellerName, note: input.note });
  return { requestId: request.id, buyerId: request.buyerOrganizationId };
}

/** The buyer withdraws its pending request; the seller's admins are told. */
export async function withdrawOwnUseOrder(tx: Tx, actor: Actor, requestId: string) {
  if (!actor.organizationId) refuseNotFound();
  const request = await lockRequest(tx, requestId, { buyerOrganizationId: actor.organizationId });
  await tx.update(orderRequests).set({ status: "withdrawn", decidedByUserId: actor.userId, decidedAt: new Date() }).where(eq(orderRequests.id, request.id));
  const buyerName = await organizationName(tx, request.buyerOrganizationId);
  for (const { to, locale } of await adminAddresses(tx, request.sellerOrganizationId)) {
    await queueEmail(tx, ownUseOrderWithdrawnMessage({ to, locale, buyer: buyerName, order: request }));
  }
  return { requestId: request.id, sellerId: request.sellerOrganizationId };
}

const buyer = alias(organizations, "buyer");
const seller = alias(organizations, "seller");
const supplier = alias(organizations, "supplier");
const requester = alias(users, "requester");

/** What both sides see of a request: what, how many, and where it stands. */
const orderRequestColumns = {
  id: orderRequests.id,
  status: orderRequests.status,
  offerName: orderRequests.offerName,
  quantity: orderRequests.quantity,
  createdAt: orderRequests.createdAt,
  decidedAt: orderRequests.decidedAt,
  decisionNote: orderRequests.decisionNote,
};

/** The organization's own order requests (as buyer), newest first, with their state. */
export async function listOwnUseOrderRequests(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({
      ...orderRequestColumns,
      sellerName: seller.legalName,
      providerName: supplier.legalName,
      tenantName: customers.name,
    })
    .from(orderRequests)
    .innerJoin(seller, eq(seller.id, orderRequests.sellerOrganizationId))
    .leftJoin(supplier, eq(supplier.id, orderRequests.providerOrganizationId))
    .innerJoin(tenants, eq(tenants.id, orderRequests.tenantId))
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(eq(orderRequests.buyerOrganizationId, actor.organizationId))
    .orderBy(desc(orderRequests.createdAt))
    .limit(100);
}

/** Requests addressed to the organization as seller: pending ones first (oldest first), then the latest decided. */
export async function listIncomingOrderRequests(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  return db
    .select({
      ...orderRequestColumns,
      buyerName: buyer.legalName,
      buyerPartnerId: buyer.partnerId,
      buyerCountry: buyer.country,
      providerName: supplier.legalName,
      requestedByName: requester.name,
    })
    .from(orderRequests)
    .innerJoin(buyer, eq(buyer.id, orderRequests.buyerOrganizationId))
    .leftJoin(supplier, eq(supplier.id, orderRequests.providerOrganizationId))
    .leftJoin(requester, eq(requester.id, orderRequests.requestedByUserId))
    .where(eq(orderRequests.sellerOrganizationId, actor.organizationId))
    .orderBy(sql`${orderRequests.status} <> 'pending'`, sql`case when ${orderRequests.status} = 'pending' then ${orderRequests.createdAt} end asc`, desc(orderRequests.decidedAt))
    .limit(100);
}

/** How many requests wait for the organization's decision as seller (for its landing page). */
export async function countPendingIncomingOrderRequests(actor: Actor): Promise<number> {
  if (!actor.organizationId) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(orderRequests)
    .where(and(eq(orderRequests.sellerOrganizationId, actor.organizationId), eq(orderRequests.status, "pending")));
  return row?.n ?? 0;
}

export const newRequestKey = () => randomUUID();
