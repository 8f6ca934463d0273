import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organizations, signInThrottles, users } from "@/lib/db/schema";
import { regionIdOf } from "@/lib/db/regions";
import { hashPassword } from "@/lib/auth/password";
import { describeDatabaseError, isUniqueViolation } from "@/lib/db/errors";
import type { ActionResult } from "@/lib/result";
import type { SignUpInput } from "@/lib/validation/sign-up";
import { queueEmail } from "@/lib/email/outbox";
import { signUpAttemptMessage } from "@/lib/email/messages";
import { userLocale } from "@/lib/email/locale";
import { writeAudit } from "./audit";
import { issueEmailVerification } from "./email-verification";

/** Sign-ups allowed per client address in one window; the counter lives in the database like sign-in throttles. */
export const SIGN_UPS_PER_WINDOW = 5;
const WINDOW = "1 hour";

export const TOO_MANY_SIGN_UPS = "Too many organizations were signed up from your network recently. Try again in an hour.";

/** Counts one sign-up attempt for the address; false once the window's allowance is used up. One statement, so
 * concurrent attempts on several app instances add up. */
async function takeSignUpAllowance(clientAddress: string): Promise<boolean> {
  const db = await getDb();
  const expired = sql`${signInThrottles.lastFailureAt} < now() - ${WINDOW}::interval`;
  const [row] = await db
    .insert(signInThrottles)
    .values({ key: `signup:${clientAddress}`, failures: 1 })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${signInThrottles.failures} + 1 end`,
        lastFailureAt: sql`case when ${expired} then now() else ${signInThrottles.lastFailureAt} end`,
      },
    })
    .returning({ count: signInThrottles.failures });
  return (row?.count ?? 0) <= SIGN_UPS_PER_WINDOW;
}

const TAKEN = {
  partnerId: "An organization with this Partner ID is already registered. If it is yours, ask its admin to add you.",
  cspTenantId: "This CSP tenant is already registered to another organization.",
} as const;

/**
 * Public sign-up of an indirect reseller organization with its first admin. Parse happens in the caller; here:
 * throttle -> one transaction (organization, unverified admin, audit event, verification email).
 *
 * The answer is the same whether or not the email already has an account ("check your inbox"): an existing
 * account's owner is told by email that someone tried, and nothing is created. The admin can act only after
 * following the link (`lib/data/email-verification.ts`); `nextPath` is where that link leads (an invitation).
 */
export async function registerReseller(
  input: SignUpInput,
  clientAddress: string,
  nextPath: string | null = null,
): Promise<ActionResult<{ email: string }>> {
  try {
    if (!(await takeSignUpAllowance(clientAddress))) return { ok: false, error: TOO_MANY_SIGN_UPS };
    const passwordHash = await hashPassword(input.password);
    const db = await getDb();
    return await db.transaction(async (tx) => {
      // Checked first for clear per-field messages; the unique indexes still decide under concurrency (below).
      const fieldErrors: Record<string, string[]> = {};
      const [partner] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, input.partnerId));
      if (partner) fieldErrors.partnerId = [TAKEN.partnerId];
      const [tenant] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.cspTenantId, input.cspTenantId));
      if (tenant) fieldErrors.cspTenantId = [TAKEN.cspTenantId];
      if (Object.keys(fieldErrors).length > 0) return { ok: false as const, error: "Some fields need attention.", fieldErrors };

      const [existing] = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(sql`lower(${users.email})`, input.email));
      if (existing) {
        await queueEmail(tx, signUpAttemptMessage(existing.email, existing.name, await userLocale(tx, existing.id)));
        return { ok: true as const, data: { email: input.email } };
      }

      const [organization] = await tx
        .insert(organizations)
        .values({
          partnerType: "indirect-reseller",
          legalName: input.legalName,
          partnerId: input.partnerId,
          country: input.country,
          region: regionIdOf(input.country),
          cspTenantId: input.cspTenantId,
        })
        .returning({ id: organizations.id });
      const [admin] = await tx
        .insert(users)
        .values({ email: input.email, name: input.adminName, passwordHash, organizationId: organization!.id, role: "admin" })
        .returning({ id: users.id, email: users.email, name: users.name });
      await writeAudit(tx, { userId: admin!.id, organizationId: organization!.id }, {
        action: "organization.signed-up",
        entityType: "organization",
        entityId: organization!.id,
        after: { legalName: input.legalName, partnerId: input.partnerId, country: input.country, admin: input.email },
      });
      await issueEmailVerification(tx, admin!, nextPath);
      return { ok: true as const, data: { email: input.email } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, error: "This Partner ID, CSP tenant or email was registered at the same moment by someone else. Check them and try again." };
    }
    return { ok: false, error: describeDatabaseError(error) };
  }
}
