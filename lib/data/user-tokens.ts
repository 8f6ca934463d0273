import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { signInThrottles, userTokens } from "@/lib/db/schema";

/**
 * Single-use, expiring links mailed to someone (confirm an address, reset a password, move to a new address, join a
 * team). The link carries 32 random bytes; only their SHA-256 is stored, so a database leak spends no link.
 */
export const hashUserToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashUserToken(token) };
}

export type UserTokenPurpose = "verify-email" | "reset-password" | "change-email" | "join-customer";

/** A new link of this purpose for the user; earlier unused ones of the same purpose stop working. */
export async function issueUserToken(
  tx: Tx,
  input: { userId: string; purpose: UserTokenPurpose; minutes: number; nextPath?: string | null; newEmail?: string | null },
): Promise<string> {
  await spendOpenTokens(tx, input.userId, input.purpose);
  const { token, tokenHash } = newToken();
  await tx.insert(userTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    tokenHash,
    nextPath: input.nextPath ?? null,
    newEmail: input.newEmail ?? null,
    expiresAt: sql`now() + make_interval(mins => ${input.minutes})`,
  });
  return token;
}

/** Marks every unused link of this purpose as used (a newer one replaced them, or the change they offered is done). */
export async function spendOpenTokens(tx: Tx, userId: string, purpose: UserTokenPurpose): Promise<void> {
  await tx
    .update(userTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
}

/**
 * Uses a link: one conditional update, so it works once even when followed twice at the same moment. Null when the
 * token is unknown, of another purpose, used, replaced or expired.
 */
export async function spendUserToken(tx: Tx, token: string, purpose: UserTokenPurpose) {
  const [used] = await tx
    .update(userTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(userTokens.tokenHash, hashUserToken(token)),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: userTokens.userId, nextPath: userTokens.nextPath, newEmail: userTokens.newEmail });
  return used ?? null;
}

export type Allowance = "ok" | "too-soon" | "too-many";

/**
 * Counts one use of something limited per hour (mailing a link), under a key in the throttle table: "too-soon" when
 * the last use was under `gapSeconds` ago, "too-many" once `perHour` uses fall in the current hour. One upsert, so
 * concurrent requests on several app instances add up.
 */
export async function takeAllowance(tx: Tx, key: string, limits: { perHour: number; gapSeconds: number }): Promise<Allowance> {
  const [before] = await tx
    .select({ recent: sql<boolean>`${signInThrottles.lastFailureAt} > now() - make_interval(secs => ${limits.gapSeconds})` })
    .from(signInThrottles)
    .where(eq(signInThrottles.key, key));
  if (before?.recent) return "too-soon";
  const expired = sql`${signInThrottles.lastFailureAt} < now() - interval '1 hour'`;
  const [row] = await tx
    .insert(signInThrottles)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${signInThrottles.failures} + 1 end`,
        lastFailureAt: sql`now()`,
      },
    })
    .returning({ count: signInThrottles.failures });
  return (row?.count ?? 0) > limits.perHour ? "too-many" : "ok";
}
