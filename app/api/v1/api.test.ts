// The public JSON API, called the way Next calls the route handlers.
import { describe, expect, it } from "vitest";
import { ON, provider, reseller } from "@/test/rules/fixtures";
import { SCENARIO_EXAMPLES } from "@/test/rules/scenario-examples";
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

  /** A body that would stream 10 MB in 16 kB chunks, and records how much of it was pulled and whether it was cancelled. */
  function endlessBody() {
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const seen = { pulledBytes: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (seen.pulledBytes >= 10 * 1024 * 1024) return controller.close();
          seen.pulledBytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel() {
          seen.cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, seen };
  }

  const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    POST(new Request("http://localhost/api/v1/evaluate", { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit));

  it("answers 413 for a streamed body past 64 kB, cancelling it after reading only a little", async () => {
    const { stream, seen } = endlessBody();
    const response = await streamed(stream);
    expect(response.status).toBe(413);
    expect(seen.cancelled).toBe(true);
    expect(seen.pulledBytes).toBeLessThanOrEqual(128 * 1024);
  });

  it("answers 413 from a Content-Length over 64 kB before reading the body", async () => {
    const { stream, seen } = endlessBody();
    const response = await streamed(stream, { "content-length": String(10 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(seen.pulledBytes).toBe(0);
  });

  it("still reads a streamed body under the limit in several chunks", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(scenario8));
    const half = Math.floor(bytes.length / 2);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
        controller.enqueue(bytes.slice(half));
        controller.close();
      },
    });
    expect((await streamed(body)).status).toBe(200);
  });
});

describe("GET /api/v1/rules", () => {
  it("lists the catalogue", async () => {
    const response = getRules();
    expect(response.status).toBe(200);
    const { rules } = await response.json();
    expect(rules).toHaveLength(16);
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
