import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { customerPartners, customers, subscriptions, userTokens, users } from "@/lib/db/schema";
import { refuse, refuseNotFound } from "@/lib/errors";
import { describeDatabaseError, isUniqueViolation } from "@/lib/db/errors";
import type { ActionResult } from "@/lib/result";
import { hashPassword } from "@/lib/auth/password";
import { queueEmail } from "@/lib/email/outbox";
import { customerAdminInvitationMessage } from "@/lib/email/customer-messages";
import { recipientLocale } from "@/lib/email/locale";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";
import { hashUserToken, issueUserToken, spendUserToken } from "./user-tokens";

/** How long the customer's admin has to follow the mailed link. */
export const CUSTOMER_ADMIN_INVITATION_DAYS = 7;

export const CUSTOMER_HAS_ADMIN = "This customer's admin has already joined. They manage their partners themselves.";
export const EMAIL_HAS_ACCOUNT =
  "This email address already has an account on CSP Partner Hub. One account belongs to one organization or customer; ask the customer for another address.";
export const CUSTOMER_INVITATION_NOT_VALID =
  "This invitation is not valid any more: it was already used, replaced by a newer link, or it expired. Ask your partner to send a new one.";

/**
 * The customers a partner may invite an admin for: those it brought (created) or sells to. Managing alone is not
 * enough, and a partner's own-use tenants have no customer admin (the partner is that customer).
 */
export function servedBy(me: string): SQL {
  return and(
    isNull(customers.ownerOrganizationId),
    or(
      eq(customers.createdByOrganizationId, me),
      sql`exists (select 1 from ${customerPartners} where ${customerPartners.customerId} = ${customers.id} and ${customerPartners.partnerOrganizationId} = ${me})`,
      sql`exists (select 1 from ${subscriptions} where ${subscriptions.customerId} = ${customers.id} and (${subscriptions.billingPartnerId} = ${me} or ${subscriptions.resellerOfRecordId} = ${me}))`,
    ),
  )!;
}

/** The customer's admin account, if one was invited: whether they joined, and their address. */
export async function customerAdminOf(actor: Actor, customerId: string) {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [customer] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, customerId), servedBy(actor.organizationId)));
  if (!customer) return null;
  const [admin] = await db
    .select({ email: users.email, joined: sql<boolean>`${users.emailVerifiedAt} is not null` })
    .from(users)
    .where(and(eq(users.customerId, customerId), eq(users.role, "customer-admin"), isNull(users.removedAt)))
    .limit(1);
  return { invited: Boolean(admin), joined: Boolean(admin?.joined), email: admin?.email ?? null };
}

/**
 * A partner that serves the customer asks its admin to join: an account for the address, bound to the customer,
 * unusable until the mailed single-use link is followed (it proves the address and sets the password). Inviting again
 * before they joined mails a new link to the (possibly corrected) address; the old link stops working.
 */
export async function inviteCustomerAdmin(tx: Tx, actor: Actor, input: { customerId: string; email: string }) {
  if (!actor.organizationId) refuseNotFound();
  const [customer] = await tx
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.id, input.customerId), servedBy(actor.organizationId)))
    .for("update");
  if (!customer) refuseNotFound();
  const email = input.email.toLowerCase();
  const [existing] = await tx
    .select({ id: users.id, email: users.email, joined: sql<boolean>`${users.emailVerifiedAt} is not null` })
    .from(users)
    .where(and(eq(users.customerId, customer.id), eq(users.role, "customer-admin"), isNull(users.removedAt)))
    .for("update");
  if (existing?.joined) refuse(CUSTOMER_HAS_ADMIN);
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email), existing ? sql`${users.id} <> ${existing.id}` : undefined));
  if (other) refuse(EMAIL_HAS_ACCOUNT, { email: [EMAIL_HAS_ACCOUNT] });
  // Nobody knows this password: the account opens only through the link, which sets the real one.
  const placeholderHash = await hashPassword(randomBytes(32).toString("base64url"));
  const [admin] = existing
    ? await tx.update(users).set({ email, updatedAt: sql`now()` }).where(eq(users.id, existing.id)).returning({ id: users.id })
    : await tx
        .insert(users)
        .values({ email, name: "Customer admin", passwordHash: placeholderHash, role: "customer-admin", customerId: customer.id, emailVerifiedAt: null })
        .returning({ id: users.id });
  const token = await issueUserToken(tx, { userId: admin!.id, purpose: "join-customer", minutes: CUSTOMER_ADMIN_INVITATION_DAYS * 24 * 60 });
  await queueEmail(tx, customerAdminInvitationMessage({ to: email, customerName: customer.name, partnerName: actor.organizationName, token, days: CUSTOMER_ADMIN_INVITATION_DAYS, locale: await recipientLocale(tx, null) }));
  return { userId: admin!.id, customerId: customer.id, email, resent: Boolean(existing) };
}

export type CustomerInvitationView = { state: "open"; customerName: string; email: string } | { state: "not-valid" };

/** What the mailed link's page shows; opening it changes nothing. */
export async function getCustomerInvitationByToken(token: string): Promise<CustomerInvitationView> {
  const db = await getDb();
  const [row] = await db
    .select({ email: users.email, customerName: customers.name })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .innerJoin(customers, eq(customers.id, users.customerId))
    .where(
      and(
        eq(userTokens.tokenHash, hashUserToken(token)),
        eq(userTokens.purpose, "join-customer"),
        isNull(userTokens.usedAt),
        sql`${userTokens.expiresAt} > now()`,
        isNull(users.removedAt),
      ),
    );
  return row ? { state: "open", ...row } : { state: "not-valid" };
}

/**
 * The customer's admin follows the link: one transaction spends it, proves the address, sets the name and password
 * (ending any session the placeholder account might have had) and audits.
 */
export async function joinAsCustomerAdmin(token: string, name: string, password: string): Promise<ActionResult<{ email: string }>> {
  try {
    const passwordHash = await hashPassword(password);
    const db = await getDb();
    return await db.transaction(async (tx) => {
      const used = await spendUserToken(tx, token, "join-customer");
      if (!used) return { ok: false as const, error: CUSTOMER_INVITATION_NOT_VALID };
      const [user] = await tx
        .update(users)
        .set({ name, passwordHash, emailVerifiedAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(users.id, used.userId), eq(users.role, "customer-admin"), isNull(users.removedAt)))
        .returning({ id: users.id, email: users.email, customerId: users.customerId });
      if (!user) return { ok: false as const, error: CUSTOMER_INVITATION_NOT_VALID };
      await writeAudit(tx, { userId: user.id, organizationId: null }, {
        action: "customer-admin.joined",
        entityType: "customer",
        entityId: user.customerId!,
        after: { email: user.email },
      });
      return { ok: true as const, data: { email: user.email } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: EMAIL_HAS_ACCOUNT };
    return { ok: false, error: describeDatabaseError(error) };
  }
}

/** The customer's admin requires (or stops requiring) two-factor sign-in of the customer's admins. */
export async function setCustomerTwoFactorRequirement(tx: Tx, actor: Actor, required: boolean) {
  if (!actor.customerId) refuseNotFound();
  if (required && !actor.twoFactorEnabled) refuse("Set up two-factor sign-in for yourself first (Settings), then require it.");
  const [before] = await tx.select({ required: customers.requireTwoFactor }).from(customers).where(eq(customers.id, actor.customerId)).for("update");
  if (!before) refuseNotFound();
  await tx.update(customers).set({ requireTwoFactor: required, updatedAt: sql`now()` }).where(eq(customers.id, actor.customerId));
  return { customerId: actor.customerId, before: { requireTwoFactor: before.required }, after: { requireTwoFactor: required } };
}
