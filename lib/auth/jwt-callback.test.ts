// The jwt callback Auth.js runs on every request (in the proxy and in auth()): it ends idle and expired sessions
// and moves a session to a new version only with a server-made proof.
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authConfig } from "@/auth.config";
import { env } from "@/lib/env";
import { IDLE_TIMEOUT_SECONDS, MAX_SESSION_SECONDS, nowInSeconds, reissueProof } from "./session-policy";

type JwtArgs = Parameters<typeof authConfig.callbacks.jwt>[0];
const jwt = (args: Partial<JwtArgs>) => authConfig.callbacks.jwt({ token: {} as JWT, ...args } as JwtArgs);
const token = (ageSeconds: number, idleSeconds: number): JWT => {
  const now = nowInSeconds();
  return { userId: "u1", sessionVersion: 3, issuedAt: now - ageSeconds, lastSeen: now - idleSeconds };
};

describe("the session token on each request", () => {
  it("stamps sign-in time and last-seen at sign-in", async () => {
    const signedIn = await jwt({ user: { id: "u1", sessionVersion: 3 }, token: {} as JWT });
    expect(signedIn).toMatchObject({ userId: "u1", sessionVersion: 3 });
    expect(signedIn!.issuedAt).toBe(signedIn!.lastSeen);
  });

  it("renews last-seen while in use, and ends the session when idle or too old", async () => {
    const renewed = await jwt({ token: token(3600, 600) });
    expect(renewed!.lastSeen).toBeGreaterThanOrEqual(nowInSeconds() - 1);
    expect(await jwt({ token: token(3600, IDLE_TIMEOUT_SECONDS + 5) })).toBeNull();
    expect(await jwt({ token: token(MAX_SESSION_SECONDS + 5, 0) })).toBeNull();
  });

  it("takes a new session version from an update only with a valid proof", async () => {
    const secret = env().AUTH_SECRET!;
    const forged = await jwt({ token: token(60, 0), trigger: "update", session: { sessionVersion: 9, reissue: "9.99999999999.forged" } });
    expect(forged!.sessionVersion).toBe(3);
    const foreign = await jwt({ token: token(60, 0), trigger: "update", session: { reissue: reissueProof(secret, "someone-else", 9) } });
    expect(foreign!.sessionVersion).toBe(3);
    const proved = await jwt({ token: token(60, 0), trigger: "update", session: { reissue: reissueProof(secret, "u1", 4) } });
    expect(proved!.sessionVersion).toBe(4);
  });
});
