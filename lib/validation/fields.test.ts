import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTERS_MESSAGE, freeText, hasControlCharacters, searchParamWithControlCharacters } from "./fields";
import { displayNameSchema } from "./auth";
import { addCustomerSchema, customerListSchema } from "./customers";
import { acceptMpaSchema, onboardingDetailsSchema } from "./readiness";
import { rejectOnboardingSchema } from "./onboarding";
import { requestRelationshipEndSchema } from "./providers";
import { acceptMpaSchema as resellerMpaSchema, newSubscriptionSchema, parseResellerListQuery, terminationDecisionSchema, terminationRequestSchema } from "./resellers";

const hostile = {
  nul: "Acme\u0000 Ltd",
  escape: "Acme\u001b[31m Ltd",
  c1: "Acme\u0085 Ltd",
  rightToLeftOverride: "Acme \u202eevil\u202c Ltd",
  isolate: "Acme \u2066evil\u2069 Ltd",
};
const ID = "00000000-0000-4000-8000-000000000001";

/** The field error a schema gives for this value in this field, with the rest of a valid input. */
function fieldErrorFor(schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, valid: Record<string, unknown>, field: string, value: string) {
  const result = schema.safeParse({ ...valid, [field]: value });
  if (result.success) return null;
  return result.error!.issues.find((issue) => issue.path[0] === field)?.message ?? null;
}

describe("F9: names and free text refuse control and bidi-override characters", () => {
  it("one helper: single-line text refuses controls, line breaks and bidi overrides; multi-line keeps line breaks", () => {
    for (const value of Object.values(hostile)) expect(hasControlCharacters(value), JSON.stringify(value)).toBe(true);
    expect(hasControlCharacters("Line one\nline two")).toBe(true);
    expect(hasControlCharacters("Line one\r\nline two\tindented", { multiline: true })).toBe(false);
    expect(hasControlCharacters("Zoë Ångström, Ünïcödé & Co. — «ok» 北京 مرحبا")).toBe(false);
    expect(freeText({ max: 10 }).safeParse("a\u202eb").error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
  });

  const forms = [
    { name: "display name", schema: displayNameSchema, valid: { name: "Ada" }, fields: ["name"] },
    { name: "customer", schema: addCustomerSchema, valid: { name: "Acme", country: "FR" }, fields: ["name"] },
    { name: "MPA signer", schema: acceptMpaSchema, valid: { signerName: "A", signerTitle: "B", signerEmail: "a@example.com", confirm: "on" }, fields: ["signerName", "signerTitle"] },
    { name: "MPA signer (reseller schema)", schema: resellerMpaSchema, valid: { signerName: "A", signerTitle: "B", signerEmail: "a@example.com" }, fields: ["signerName", "signerTitle"] },
    { name: "onboarding details", schema: onboardingDetailsSchema, valid: { address: "1 Street", website: "https://a.example", phone: "+33 1 23 45 67 89" }, fields: ["address"] },
    { name: "onboarding rejection", schema: rejectOnboardingSchema, valid: { organizationId: ID, reason: "No website" }, fields: ["reason"] },
    { name: "relationship end", schema: requestRelationshipEndSchema, valid: { relationshipId: ID, reason: "Moving on" }, fields: ["reason"] },
    { name: "termination request", schema: terminationRequestSchema, valid: { resellerId: ID, reason: "Ending" }, fields: ["reason"] },
    { name: "termination decision", schema: terminationDecisionSchema, valid: { requestId: ID, decision: "approve", note: "" }, fields: ["note"] },
    {
      name: "subscription",
      schema: newSubscriptionSchema,
      valid: { resellerId: ID, customerId: "", customerName: "Bakery", customerCountry: "FR", offerName: "M365", publisher: "first-party", quantity: 1, requestKey: "00000000-0000-4000-8000-000000000002" },
      fields: ["customerName", "offerName"],
    },
  ];
  for (const form of forms) {
    it(`F9: the ${form.name} form refuses them with a field error`, () => {
      expect(form.schema.safeParse(form.valid).success).toBe(true);
      for (const field of form.fields) {
        for (const value of Object.values(hostile)) expect(fieldErrorFor(form.schema, form.valid, field, value), `${field}: ${JSON.stringify(value)}`).toBe(CONTROL_CHARACTERS_MESSAGE);
      }
    });
  }
});

describe("F9: list searches ignore a search with control characters", () => {
  it("the reseller and customer lists fall back to no search", () => {
    expect(parseResellerListQuery({ q: "lit\u0000ware", status: "all" })).toMatchObject({ q: "", status: "all" });
    expect(parseResellerListQuery({ q: "litware" }).q).toBe("litware");
    expect(customerListSchema.parse({ q: "\u202ecoffee" }).q).toBeUndefined();
    expect(customerListSchema.parse({ q: "coffee" }).q).toBe("coffee");
  });

  it("route handlers can name the parameter to refuse", () => {
    expect(searchParamWithControlCharacters(new URLSearchParams("q=lit%00ware&status=all"))).toBe("q");
    expect(searchParamWithControlCharacters(new URLSearchParams("status=all%1b"))).toBe("status");
    expect(searchParamWithControlCharacters(new URLSearchParams("q=litware&status=all"))).toBeNull();
  });
});
