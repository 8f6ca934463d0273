import { describe, expect, it } from "vitest";
import { IDLE_TIMEOUT_SECONDS, MAX_SESSION_SECONDS, reissueProof, sessionState, verifyReissueProof } from "./session-policy";

const now = 1_800_000_000;

describe("session lifetime", () => {
  it("keeps a session that is in use and younger than the maximum", () => {
    expect(sessionState({ issuedAt: now - 3600, lastSeen: now - 60 }, now)).toBe("valid");
  });
  it("ends a session idle for longer than the idle timeout", () => {
    expect(sessionState({ issuedAt: now - 3600, lastSeen: now - IDLE_TIMEOUT_SECONDS - 1 }, now)).toBe("idle");
    expect(sessionState({ issuedAt: now - 3600, lastSeen: now - IDLE_TIMEOUT_SECONDS }, now)).toBe("valid");
  });
  it("ends a session older than the absolute maximum however busy it is", () => {
    expect(sessionState({ issuedAt: now - MAX_SESSION_SECONDS - 1, lastSeen: now }, now)).toBe("expired");
  });
  it("refuses tokens without times or issued in the future", () => {
    expect(sessionState({}, now)).toBe("expired");
    expect(sessionState({ issuedAt: now + 3600, lastSeen: now + 3600 }, now)).toBe("expired");
  });
});

describe("session re-issue proof", () => {
  const secret = "a-test-secret-of-enough-length";
  it("grants the version it was made for, to that user only, for a minute", () => {
    const proof = reissueProof(secret, "user-1", 7, now);
    expect(verifyReissueProof(secret, "user-1", proof, now + 30)).toBe(7);
    expect(verifyReissueProof(secret, "user-2", proof, now)).toBeNull();
    expect(verifyReissueProof(secret, "user-1", proof, now + 61)).toBeNull();
    expect(verifyReissueProof("another-secret-entirely", "user-1", proof, now)).toBeNull();
  });
  it("refuses a proof whose version was altered, and junk", () => {
    const proof = reissueProof(secret, "user-1", 7, now);
    expect(verifyReissueProof(secret, "user-1", proof.replace(/^7/, "8"), now)).toBeNull();
    for (const junk of [undefined, null, 7, "", "7.1.x", { proof }]) expect(verifyReissueProof(secret, "user-1", junk, now)).toBeNull();
  });
});
