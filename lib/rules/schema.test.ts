import { describe, expect, it } from "vitest";
import { z } from "zod";
import { proposalJsonSchema, proposalSchema } from "./schema";
import { ON, provider, reseller } from "@/test/rules/fixtures";

const valid = { action: "transact-new-business", on: ON, actor: provider(), reseller: reseller(), relationship: "active" };

describe("proposalSchema", () => {
  it("accepts a complete proposal unchanged", () => {
    expect(proposalSchema.parse(valid)).toEqual(valid);
  });

  it("accepts the minimum a form needs to fill", () => {
    expect(proposalSchema.safeParse({ action: "enroll", on: ON, actor: { type: "direct-bill", country: "fr" }, as: "direct-bill" }).success).toBe(true);
  });

  it.each([
    ["an unknown action", { ...valid, action: "resell" }, "action"],
    ["an impossible date", { ...valid, on: "2020-02-30" }, "on"],
    ["a three-letter country", { ...valid, actor: provider({ country: "NLD" }) }, "actor"],
    ["an unknown relationship status", { ...valid, relationship: "paused" }, "relationship"],
    ["a missing reseller", { action: "transact-new-business", on: ON, actor: provider() }, "reseller"],
    ["end-relationship without a status", { action: "end-relationship", on: ON, actor: provider(), counterparty: reseller(), requestedBy: "partner" }, "relationship"],
  ])("rejects %s with a field error", (_name, input, field) => {
    const result = proposalSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(z.flattenError(result.error).fieldErrors)).toContain(field);
  });

  it("generates a JSON Schema with one branch per action", () => {
    const schema = proposalJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const branches = (schema.oneOf ?? schema.anyOf) as { properties: { action: { const: string } } }[];
    expect(branches.map((branch) => branch.properties.action.const).sort()).toEqual(
      ["associate-reseller-subscription", "buy-for-own-use", "end-relationship", "enroll", "link-provider-reseller", "manage-customer-subscriptions", "sell", "transact-new-business"],
    );
  });
});
