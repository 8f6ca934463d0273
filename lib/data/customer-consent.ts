import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import {
  customerConsentRequests as requests,
  customerPartners,
  customers,
  managementRelationships as management,
  organizations,
  tenants,
  users,
} from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import { refuse, refuseNotFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { consentDecidedNotice, consentRequestedNotice, managementRevokedNotice } from "@/lib/email/customer-messages";
import type { Actor } from "./actor";
import { ownPartnerFacts } from "./readiness";
import { today } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";

export const CONSENT_REQUESTS_PAGE_SIZE = 20;
export const REQUEST_EXPIRED = "This request expired (requests lapse after 30 days). The partner can send a new one.";
export const ALREADY_PENDING = "You already have a pending request of this kind to this tenant.";
/** The one answer to a request, whether or not a customer has that tenant: it tells the partner nothing new. */
export const REQUEST_SENT = "Request sent. If a customer on CSP Partner Hub has this tenant, its admin decides.";

export type ConsentKind = "manage" | "resell";
export type ConsentState = "pending" | "accepted" | "declined" | "expired";

/** A pending request past its 30 days counts as expired wherever it is read or acted on, job or no job. */
const effectiveStatus = sql<ConsentState>`case when ${requests.status} = 'pending' and ${requests.expiresAt} <= now() then 'expired' else ${requests.status}::text end`;
const stillOpen = and(eq(requests.status, "pending"), sql`${requests.expiresAt} > now()`)!;

/** The customer's admins: who hears about a request (notify addresses a customer's users by id). */
async function customerAdminIds(tx: Tx, customerId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.customerId, customerId), eq(users.role, "customer-admin"), isNull(users.removedAt)));
  return rows.map((row) => row.id);
}

/**
 * A partner asks the customer with this tenant for consent: to manage its subscriptions, or to sell to it (a reseller
 * relationship request, needed when another partner already serves it). The request is recorded and answered the same
 * way whether or not a customer has the tenant, so a tenant id found from a domain name reveals nothing; only the
 * customer's admin can turn it into a grant.
 */
export async function requestCustomerConsent(tx: Tx, actor: Actor, input: { kind: ConsentKind; tenantId: string }) {
  const me = await ownPartnerFacts(tx, actor);
  if (me.partnerType === "indirect-provider") refuse("Providers serve customers through their resellers; the reseller asks the customer.");
  const tenantId = input.tenantId.toLowerCase();
  const [target] = await tx
    .select({ customerId: customers.id, name: customers.name, country: customers.country, ownerOrganizationId: customers.ownerOrganizationId })
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(and(eq(tenants.tenantId, tenantId), eq(tenants.tenantType, "customer")));
  // A partner's own-use tenant is not a customer that consents: treat it like an unknown tenant.
  const customer = target && target.ownerOrganizationId === null ? target : null;
  // An earlier request that lapsed gives way to the new one (the unique index allows one pending per tenant and kind).
  await tx
    .update(requests)
    .set({ status: "expired", decidedAt: sql`now()` })
    .where(and(eq(requests.partnerOrganizationId, me.id), eq(requests.tenantId, tenantId), eq(requests.kind, input.kind), eq(requests.status, "pending"), sql`${requests.expiresAt} <= now()`));
  const [row] = await tx
    .insert(requests)
    .values({ kind: input.kind, partnerOrganizationId: me.id, tenantId, customerId: customer?.customerId ?? null, requestedByUserId: actor.userId })
    .onConflictDoNothing()
    .returning({ id: requests.id });
  if (!row) refuse(ALREADY_PENDING, { tenantId: [ALREADY_PENDING] });
  if (customer) {
    await notify(tx, {
      kind: "customer.consent-requested",
      to: { userIds: await customerAdminIds(tx, customer.customerId) },
      href: "/customer",
      ...consentRequestedNotice({ partnerName: me.legalName, partnerId: me.partnerId, customerName: customer.name, kind: input.kind }),
    });
  }
  return { requestId: row.id, kind: input.kind, tenantId, customerId: customer?.customerId ?? null };
}

/** The partner's own requests, newest first, with their state; the customer is named only once it accepted. */
export async function listMyConsentRequests(actor: Actor, page = 1) {
  const empty = { rows: [], total: 0, page: 1, pages: 1 };
  if (!actor.organizationId) return empty;
  const db = await getDb();
  const where = eq(requests.partnerOrganizationId, actor.organizationId);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(requests).where(where);
  const pages = Math.max(1, Math.ceil(total / CONSENT_REQUESTS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db
    .select({
      id: requests.id,
      kind: requests.kind,
      tenantId: requests.tenantId,
      status: effectiveStatus,
      createdAt: requests.createdAt,
      expiresAt: requests.expiresAt,
      decidedAt: requests.decidedAt,
      customerId: sql<string | null>`case when ${requests.status} = 'accepted' then ${customers.id} end`,
      customerName: sql<string | null>`case when ${requests.status} = 'accepted' then ${customers.name} end`,
    })
    .from(requests)
    .leftJoin(customers, eq(customers.id, requests.customerId))
    .where(where)
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(CONSENT_REQUESTS_PAGE_SIZE)
    .offset((current - 1) * CONSENT_REQUESTS_PAGE_SIZE);
  return { rows, total, page: current, pages };
}

/** The requests waiting for the customer's admin (open ones only), oldest first. */
export async function listPendingRequestsForCustomer(actor: Actor) {
  if (!actor.customerId) return [];
  const db = await getDb();
  return db
    .select({
      id: requests.id,
      kind: requests.kind,
      partnerName: organizations.legalName,
      partnerId: organizations.partnerId,
      partnerCountry: organizations.country,
      createdAt: requests.createdAt,
      expiresAt: requests.expiresAt,
    })
    .from(requests)
    .innerJoin(organizations, eq(organizations.id, requests.partnerOrganizationId))
    .where(and(eq(requests.customerId, actor.customerId), stillOpen))
    .orderBy(requests.createdAt, requests.id);
}

/**
 * The customer's admin accepts or declines a request addressed to their customer. Acceptance is the one path that
 * creates a management grant or a reseller relationship; the rules are asked with the consent now given. Another
 * customer's request answers like a missing one; a lapsed one is refused.
 */
export async function decideConsentRequest(tx: Tx, actor: Actor, input: { requestId: string; accept: boolean }) {
  if (!actor.customerId) refuseNotFound();
  const [request] = await tx
    .select({
      id: requests.id,
      kind: requests.kind,
      partnerOrganizationId: requests.partnerOrganizationId,
      status: requests.status,
      expired: sql<boolean>`${requests.expiresAt} <= now()`,
    })
    .from(requests)
    .where(and(eq(requests.id, input.requestId), eq(requests.customerId, actor.customerId)))
    .for("update");
  if (!request) refuseNotFound();
  if (request.status !== "pending") refuse(`This request was already ${request.status}.`);
  if (request.expired) refuse(REQUEST_EXPIRED);
  const [customer] = await tx
    .select({ id: customers.id, name: customers.name, country: customers.country })
    .from(customers)
    .where(eq(customers.id, actor.customerId));
  if (input.accept) {
    const [partner] = await tx
      .select({ partnerType: organizations.partnerType, country: organizations.country })
      .from(organizations)
      .where(eq(organizations.id, request.partnerOrganizationId));
    if (request.kind === "manage") {
      // The program's rules, with the consent being given: CUSTOMER-CONSENT passes, MULTI-CHANNEL explains.
      refuseUnlessAllowed(
        evaluate({
          action: "manage-customer-subscriptions",
          on: today(),
          actor: { type: partner!.partnerType, country: partner!.country },
          customer: { country: customer!.country, name: customer!.name, consent: "accepted" },
        }),
      );
      await tx
        .insert(management)
        .values({ customerId: customer!.id, partnerOrganizationId: request.partnerOrganizationId, consentRequestId: request.id })
        .onConflictDoNothing();
    } else {
      // Only the customer's side here; the sale itself is checked against every rule when the partner sells.
      await tx.insert(customerPartners).values({ customerId: customer!.id, partnerOrganizationId: request.partnerOrganizationId }).onConflictDoNothing();
    }
  }
  const status = input.accept ? "accepted" : "declined";
  await tx
    .update(requests)
    .set({ status, decidedAt: sql`now()`, decidedByUserId: actor.userId })
    .where(and(eq(requests.id, request.id), eq(requests.customerId, actor.customerId), eq(requests.status, "pending")));
  await notify(tx, {
    kind: "customer.consent-decided",
    to: { organizationId: request.partnerOrganizationId, roles: ["admin"] },
    href: "/customers/requests",
    ...consentDecidedNotice({ customerName: customer!.name, kind: request.kind, accepted: input.accept }),
  });
  return { requestId: request.id, kind: request.kind, status, partnerOrganizationId: request.partnerOrganizationId, customerId: customer!.id };
}

/**
 * The customer's admin ends a partner's permission to manage its subscriptions: at once, and only that; what the
 * partner sold stays as it is.
 */
export async function revokeManagementGrant(tx: Tx, actor: Actor, grantId: string) {
  if (!actor.customerId) refuseNotFound();
  const [grant] = await tx
    .update(management)
    .set({ revokedAt: sql`now()`, revokedByUserId: actor.userId })
    .where(and(eq(management.id, grantId), eq(management.customerId, actor.customerId), isNull(management.revokedAt)))
    .returning({ id: management.id, partnerOrganizationId: management.partnerOrganizationId });
  if (!grant) refuseNotFound();
  const [customer] = await tx.select({ name: customers.name }).from(customers).where(eq(customers.id, actor.customerId));
  await notify(tx, {
    kind: "customer.management-revoked",
    to: { organizationId: grant.partnerOrganizationId, roles: ["admin"] },
    href: "/customers",
    ...managementRevokedNotice({ customerName: customer!.name }),
  });
  return { grantId: grant.id, partnerOrganizationId: grant.partnerOrganizationId, customerId: actor.customerId };
}
