import { describe, expect, it } from "vitest";
import { parsePartnerId } from "./partner-id";
import { partnerIdSchema } from "./schema";

describe("parsePartnerId", () => {
  it.each(["123456", "1234567", "1234567890", "  4567890 "])("accepts %j", (raw) => {
    expect(parsePartnerId(raw)).toEqual({ ok: true, partnerId: raw.trim() });
    expect(partnerIdSchema.safeParse(raw).success).toBe(true);
  });

  it.each([
    ["", "Enter a Partner ID."],
    ["12345", "A Partner ID has 6 to 10 digits."],
    ["12345678901", "A Partner ID has 6 to 10 digits."],
    ["12a4567", "A Partner ID has digits only."],
    ["-123456", "A Partner ID has digits only."],
    ["123 456", "A Partner ID has digits only."],
  ])("rejects %j", (raw, message) => {
    expect(parsePartnerId(raw)).toEqual({ ok: false, message });
    expect(partnerIdSchema.safeParse(raw).success).toBe(false);
  });
});

describe("the letter O (dead end 4)", () => {
  it("says the letter O is not a zero", () => {
    expect(parsePartnerId("52OO004")).toEqual({ ok: false, message: "A Partner ID has digits only: the letter O is not a zero." });
    expect(parsePartnerId("52a0004")).toEqual({ ok: false, message: "A Partner ID has digits only." });
  });
});
