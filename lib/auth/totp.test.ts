import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUri, totp, totpStep } from "./totp";

const rfcKey = Buffer.from("12345678901234567890");

describe("HOTP (RFC 4226 appendix D)", () => {
  const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  it.each(expected.map((code, counter) => [counter, code]))("counter %i gives %s", (counter, code) => {
    expect(hotp(rfcKey, counter)).toBe(code);
  });
});

describe("TOTP (RFC 6238 appendix B, SHA-1, 8 digits)", () => {
  const vectors: [number, string][] = [
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ];
  it.each(vectors)("at %i seconds gives %s", (seconds, code) => {
    expect(hotp(rfcKey, totpStep(seconds), 8)).toBe(code);
  });
  it("uses the base32 secret apps store", () => {
    expect(totp(base32Encode(rfcKey), 59)).toBe("287082");
  });
  it("reads the secrets already stored (unpadded upper-case base32 of 20 bytes), also as typed by hand", () => {
    expect(base32Encode(rfcKey)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1111111109)).toBe("081804");
    expect(totp("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq", 1111111109)).toBe("081804");
  });
});

describe("matching a code", () => {
  const secret = newTotpSecret();
  const now = 1_800_000_000;

  it("accepts the current, previous and next step, and nothing further", () => {
    expect(matchTotp(secret, totp(secret, now), now, null)).toBe(totpStep(now));
    expect(matchTotp(secret, totp(secret, now - 30), now, null)).toBe(totpStep(now) - 1);
    expect(matchTotp(secret, totp(secret, now + 30), now, null)).toBe(totpStep(now) + 1);
    expect(matchTotp(secret, totp(secret, now - 90), now, null)).toBeNull();
  });

  it("refuses a code already used (replay) and malformed codes", () => {
    expect(matchTotp(secret, totp(secret, now), now, totpStep(now))).toBeNull();
    for (const code of ["", "12345", "1234567", "abcdef", " 123456"]) expect(matchTotp(secret, code, now, null)).toBeNull();
  });

  it("round-trips base32 and makes 160-bit secrets", () => {
    expect(Buffer.from(base32Decode(base32Encode(rfcKey)))).toEqual(rfcKey);
    expect(base32Decode(secret)).toHaveLength(20);
  });

  it("builds the otpauth URI with issuer and account", () => {
    const secret = base32Encode(rfcKey);
    const uri = new URL(otpauthUri(secret, "lea@litware.example"));
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe("otpauth://totp/CSP Partner Hub:lea@litware.example");
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret, issuer: "CSP Partner Hub", algorithm: "SHA1", digits: "6", period: "30" });
  });
});
