import { eq, sql } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { verifyReissueProof } from "@/lib/auth/session-policy";
import { env } from "@/lib/env";

// The session `auth()` returns in tests; `test/setup.ts` mocks "@/auth" and "@/lib/auth/read-session" to read it.
let current: { user: { id: string }; sessionVersion: number; sessionId: string } | null = null;

export function currentTestSession() {
  return current;
}

/** Acts as the user with this email in what follows (server actions and getActor see them signed in). */
export async function signInAs({ db }: OpenDatabase, email: string, sessionId: string = crypto.randomUUID()): Promise<string> {
  const [user] = await db
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user) throw new Error(`No test user ${email}`);
  current = { user: { id: user.id }, sessionVersion: user.sessionVersion, sessionId };
  return user.id;
}

export function signOutOfTests(): void {
  current = null;
}

/** What `unstable_update` does in the app, for the test session: move to a new version only with a valid proof. */
export function updateTestSession(data: unknown): void {
  if (!current) return;
  const version = verifyReissueProof(env().AUTH_SECRET ?? "", current.user.id, (data as { reissue?: unknown })?.reissue);
  if (version !== null) current = { ...current, sessionVersion: version };
}
