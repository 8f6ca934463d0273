import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { signInThrottles, users } from "@/lib/db/schema";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";

/** Failures allowed before each further attempt must wait; the wait doubles per failure, up to the cap. A client
 * address (an office behind one NAT) gets more slack than one account. */
export const FREE_FAILURES = { account: 5, client: 30 } as const;
const BASE_DELAY_SECONDS = 2;
const MAX_DELAY_SECONDS = 15 * 60;

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number; twoFactor: boolean };

export type ThrottleKey = { key: string; freeFailures: number };

/** One account's failures: wrong passwords and wrong two-factor codes, at sign-in and wherever the user re-enters them. */
export function accountThrottleKey(email: string): ThrottleKey {
  return { key: `account:${email.toLowerCase()}`, freeFailures: FREE_FAILURES.account };
}

export function throttleKeys(email: string, clientAddress: string): ThrottleKey[] {
  return [accountThrottleKey(email), { key: `client:${clientAddress}`, freeFailures: FREE_FAILURES.client }];
}

export async function isThrottled(keys: ThrottleKey[]): Promise<boolean> {
  return (await secondsThrottled(await getDb(), keys)) > 0;
}

/**
 * How long until the keys may be tried again (0 when they may now). Takes the executor so that an action can ask
 * inside its transaction (PGlite has one connection: a second one would wait for the transaction forever).
 */
export async function secondsThrottled(db: Db | Tx, keys: ThrottleKey[]): Promise<number> {
  let longest = 0;
  for (const { key } of keys) {
    const [row] = await db
      .select({ seconds: sql<number>`ceil(extract(epoch from ${signInThrottles.lockedUntil} - now()))::int` })
      .from(signInThrottles)
      .where(and(eq(signInThrottles.key, key), gt(signInThrottles.lockedUntil, sql`now()`)));
    if (row) longest = Math.max(longest, Number(row.seconds));
  }
  return longest;
}

export async function recordFailure(keys: ThrottleKey[]): Promise<void> {
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
 * Checks an email and password (the first factor). Unknown email, wrong password and a throttled account all give
 * `null` after about the same work, so the answer tells nobody which emails exist. A success does not clear the
 * account's failures yet: `completeSignIn` does, once every factor has passed, so that knowing the password does not
 * reset the count of wrong two-factor codes.
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
      totpEnabledAt: users.totpEnabledAt,
      removedAt: users.removedAt,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));

  const throttled = await isThrottled(keys);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  // A user removed from their organization signs in no more, and is answered like an unknown email.
  if (!user || !valid || throttled || user.removedAt !== null) {
    await recordFailure(keys);
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, twoFactor: user.totpEnabledAt !== null };
}

/** Every factor passed: the account's failure count starts again. */
export async function completeSignIn(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInThrottles).where(eq(signInThrottles.key, `account:${email.toLowerCase()}`));
}

/**
 * The client address for throttling: the last entry of X-Forwarded-For. Behind a reverse proxy that appends the address
 * it saw (the supported deployment), that entry is the real client; earlier entries come from the client and could be
 * anything. Next fills the header from the socket only when nobody sent one.
 */
export function clientAddressOf(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return (entries.at(-1) ?? "local").slice(0, 64);
}
