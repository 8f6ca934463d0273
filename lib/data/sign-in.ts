import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { signInThrottles, users } from "@/lib/db/schema";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";

/** Failures allowed before each further attempt must wait; the wait doubles per failure, up to the cap. A client
 * address (an office behind one NAT) gets more slack than one account. */
export const FREE_FAILURES = { account: 5, client: 30 } as const;
const BASE_DELAY_SECONDS = 2;
const MAX_DELAY_SECONDS = 15 * 60;

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

type ThrottleKey = { key: string; freeFailures: number };

function throttleKeys(email: string, clientAddress: string): ThrottleKey[] {
  return [
    { key: `account:${email.toLowerCase()}`, freeFailures: FREE_FAILURES.account },
    { key: `client:${clientAddress}`, freeFailures: FREE_FAILURES.client },
  ];
}

async function isThrottled(keys: ThrottleKey[]): Promise<boolean> {
  const db = await getDb();
  for (const { key } of keys) {
    const [row] = await db
      .select({ key: signInThrottles.key })
      .from(signInThrottles)
      .where(and(eq(signInThrottles.key, key), gt(signInThrottles.lockedUntil, sql`now()`)));
    if (row) return true;
  }
  return false;
}

async function recordFailure(keys: ThrottleKey[]): Promise<void> {
  const db = await getDb();
  for (const { key, freeFailures } of keys) {
    // One statement per key, so concurrent failures on several app instances add up instead of overwriting.
    await db
      .insert(signInThrottles)
      .values({ key, failures: 1 })
      .onConflictDoUpdate({
        target: signInThrottles.key,
        set: {
          failures: sql`${signInThrottles.failures} + 1`,
          lastFailureAt: sql`now()`,
          lockedUntil: sql`case when ${signInThrottles.failures} + 1 > ${freeFailures}
            then now() + make_interval(secs => least(${MAX_DELAY_SECONDS}, ${BASE_DELAY_SECONDS} * power(2, ${signInThrottles.failures} + 1 - ${freeFailures})))
            else null end`,
        },
      });
  }
}

/**
 * Checks an email and password. Unknown email, wrong password and a throttled account all give `null` after about the
 * same work, so the answer tells nobody which emails exist.
 */
export async function checkCredentials(
  email: string,
  password: string,
  clientAddress: string,
): Promise<SignedInUser | null> {
  const keys = throttleKeys(email, clientAddress);
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));

  const throttled = await isThrottled(keys);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid || throttled) {
    await recordFailure(keys);
    return null;
  }
  await db.delete(signInThrottles).where(eq(signInThrottles.key, keys[0]!.key));
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
