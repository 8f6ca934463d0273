import "server-only";
import { unstable_update } from "@/auth";
import { env } from "@/lib/env";
import { reissueProof } from "./session-policy";

/**
 * After the user changed their own password or two-factor setting (which ended all their sessions), keeps the
 * session of the browser that made the change: its token moves to the new session version.
 */
export async function reissueSession(userId: string, sessionVersion: number): Promise<void> {
  const secret = env().AUTH_SECRET;
  if (!secret) return;
  await unstable_update({ reissue: reissueProof(secret, userId, sessionVersion) } as never);
}
