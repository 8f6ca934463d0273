import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { apiRateLimits } from "@/lib/db/schema";
import { env } from "@/lib/env";

export type RateLimitAnswer = { allowed: true; remaining: number; limit: number } | { allowed: false; retryAfterSeconds: number; limit: number };

/**
 * Counts one request of a token in its fixed window (one minute by default) with ONE upsert: the row lock makes
 * concurrent requests, from any app server, count one after another, and a request in a new window starts it afresh.
 * The window is the database's clock, so every server agrees on it.
 */
export async function consumeApiRequest(
  tokenId: string,
  options: { limit?: number; windowSeconds?: number; /** Another connection (tests: a second app server). */ db?: Db } = {},
): Promise<RateLimitAnswer> {
  const limit = options.limit ?? env().API_RATE_LIMIT_PER_MINUTE;
  const windowSeconds = options.windowSeconds ?? 60;
  const db = options.db ?? (await getDb());
  const windowStart = sql`to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds})`;
  const [row] = await db
    .insert(apiRateLimits)
    .values({ tokenId, windowStart, requests: 1 })
    .onConflictDoUpdate({
      target: apiRateLimits.tokenId,
      set: {
        requests: sql`case when ${apiRateLimits.windowStart} = excluded.window_start then ${apiRateLimits.requests} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({
      requests: apiRateLimits.requests,
      secondsLeft: sql<number>`ceil(extract(epoch from (${apiRateLimits.windowStart} + make_interval(secs => ${windowSeconds}) - now())))`.mapWith(Number),
    });
  const requests = row!.requests;
  if (requests > limit) return { allowed: false, retryAfterSeconds: Math.max(1, row!.secondsLeft), limit };
  return { allowed: true, remaining: limit - requests, limit };
}
