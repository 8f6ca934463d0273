// The public JSON API, called the way Next calls the route handlers.
import { describe, expect, it } from "vitest";
import { ON, provider, reseller } from "@/lib/rules/testing/fixtures";
import { SCENARIO_EXAMPLES } from "@/lib/rules/testing/scenario-examples";
import { POST } from "./evaluate/route";
import { GET as getSchema } from "./evaluate/schema/route";
import { GET as getRules } from "./rules/route";

function post(body: string, contentType: string | null = "application/json"): Promise<Response> {
  const headers = new Headers();
  if (contentType) headers.set("content-type", contentType);
  return POST(new Request("http://localhost/api/v1/evaluate", { method: "POST", headers, body }));
}

const scenario8 = { action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller({ country: "IN" }) };

describe("POST /api/v1/evaluate", () => {
  it("answers 200 with the verdict", async () => {
    const response = await post(JSON.stringify(scenario8));
    expect(response.status).toBe(200);
    const verdict = await response.json();
    expect(verdict.allowed).toBe(false);
    expect(verdict.findings.find((f: { ruleId: string }) => f.ruleId === "SAME-REGION-RELATIONSHIP").outcome).toBe("fail");
  });

  it("accepts a charset parameter on the content type", async () => {
    expect((await post(JSON.stringify({ ...scenario8, counterparty: reseller() }), "application/json; charset=utf-8")).status).toBe(200);
  });

  it("answers 400 for malformed JSON", async () => {
    const response = await post("{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "The body is not valid JSON.", fieldErrors: {} });
  });

  it("answers 400 with field errors for an invalid proposal", async () => {
    const response = await post(JSON.stringify({ ...scenario8, on: "12 May 2020", actor: { type: "wholesaler", country: "NL" } }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("The proposal is not valid.");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["actor", "on"]);
  });

  it("answers 400 for JSON that is not an object", async () => {
    const response = await post("null");
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors).toBeDefined();
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], [null]])("answers 415 for content type %s", async (contentType) => {
    const response = await post(JSON.stringify(scenario8), contentType);
    expect(response.status).toBe(415);
    expect((await response.json()).error).toContain("application/json");
  });

  it("answers 413 for an oversized body", async () => {
    const response = await post(JSON.stringify({ ...scenario8, padding: "x".repeat(70_000) }));
    expect(response.status).toBe(413);
  });
});

describe("GET /api/v1/rules", () => {
  it("lists the catalogue", async () => {
    const response = getRules();
    expect(response.status).toBe(200);
    const { rules } = await response.json();
    expect(rules).toHaveLength(15);
    expect(rules[0]).toMatchObject({ id: "MPA-REQUIRED", section: expect.stringContaining("CSP program requirements") });
  });
});

describe("GET /api/v1/evaluate/schema", () => {
  it("returns the proposal's JSON Schema", async () => {
    const response = getSchema();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    const schema = await response.json();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(JSON.stringify(schema)).toContain("buy-for-own-use");
  });
});

describe("the API answers the article's sample scenarios (the examples of docs/api.md)", () => {
  it.each(SCENARIO_EXAMPLES)("$title", async ({ proposal, allowed, failing }) => {
    const response = await post(JSON.stringify(proposal));
    expect(response.status).toBe(200);
    const verdict = await response.json();
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.findings.filter((f: { outcome: string }) => f.outcome === "fail").map((f: { ruleId: string }) => f.ruleId)).toEqual(failing);
  });
});
