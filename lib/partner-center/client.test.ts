import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createPartnerCenterClient, PartnerCenterError } from "./client";
import { agreementStatus, customerCollection, partnerCenterErrorBody, relationshipCollection, validateResellersResponse } from "./schemas";
import { startPartnerCenterSimulator, type PartnerCenterSimulator } from "./simulator";
import { DEMO_PROVIDER_TOKEN, demoSimulatorData, demoTenants } from "./simulator-data";

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, "fixtures", name), "utf8"));

let simulator: PartnerCenterSimulator;
const waits: number[] = [];

beforeAll(async () => {
  simulator = await startPartnerCenterSimulator(demoSimulatorData());
});
afterAll(async () => {
  await simulator.close();
});
beforeEach(() => {
  waits.length = 0;
  simulator.requests.length = 0;
});

const client = (token = DEMO_PROVIDER_TOKEN, extra: Partial<Parameters<typeof createPartnerCenterClient>[0]> = {}) =>
  createPartnerCenterClient({
    baseUrl: simulator.url,
    getAccessToken: async () => token,
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  });

async function raw(pathAndQuery: string, init: RequestInit = {}) {
  const response = await fetch(`${simulator.url}${pathAndQuery}`, {
    ...init,
    headers: { Authorization: `Bearer ${DEMO_PROVIDER_TOKEN}`, "Content-Type": "application/json", ...init.headers },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** The field names of a documented example item and of the simulator's item must be the same. */
function sameFields(documented: unknown, simulated: unknown, ignore: string[] = []) {
  const keys = (value: unknown) => Object.keys(value as object).filter((k) => !ignore.includes(k)).sort();
  expect(keys(simulated)).toEqual(keys(documented));
}

describe("Partner Center shapes (documented examples)", () => {
  it.each([
    ["indirect-resellers.json", relationshipCollection],
    ["customer-relationships.json", relationshipCollection],
    ["agreement-status-signed.json", agreementStatus],
    ["agreement-status-2203.json", partnerCenterErrorBody],
    ["validate-resellers.json", validateResellersResponse],
    ["customers.json", customerCollection],
  ] as [string, z.ZodType][])("%s has the shape the client expects", (name, schema) => {
    expect(schema.safeParse(fixture(name)).success).toBe(true);
  });

  it("the schemas refuse an answer missing a field the client relies on", () => {
    const resellers = fixture("indirect-resellers.json") as { items: Record<string, unknown>[] };
    delete resellers.items[0]!.mpnId;
    expect(relationshipCollection.safeParse(resellers).success).toBe(false);
    expect(agreementStatus.safeParse({ signed: true }).success).toBe(false);
  });
});

describe("the simulator answers with the documented shapes", () => {
  it("indirect resellers: the documented fields, nothing invented", async () => {
    const { status, body } = await raw("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf");
    expect(status).toBe(200);
    const documented = (fixture("indirect-resellers.json") as { items: unknown[] }).items[0];
    const simulated = relationshipCollection.parse(body);
    expect(simulated.items.length).toBeGreaterThan(0);
    for (const item of simulated.items) sameFields(documented, item);
    sameFields(fixture("indirect-resellers.json"), body);
  });

  it("customers and a customer's resellers", async () => {
    const customers = await raw("/v1/customers?size=2");
    const documented = fixture("customers.json") as { items: { companyProfile: unknown }[] };
    const parsed = customerCollection.parse(customers.body);
    sameFields(documented.items[1], parsed.items[0], ["links"]);
    sameFields(documented.items[1]!.companyProfile, parsed.items[0]!.companyProfile, ["links"]);
    expect(parsed.links?.next?.headers[0]?.key).toBe("MS-ContinuationToken");

    const relationships = await raw(`/v1/customers/${demoSimulatorData().customers[0]!.id}/relationships`);
    const documentedRelationship = (fixture("customer-relationships.json") as { items: unknown[] }).items[0];
    sameFields(documentedRelationship, relationshipCollection.parse(relationships.body).items[0]);
  });

  it("agreement status: 200 and the documented error bodies", async () => {
    const signed = await raw("/v1/compliance/csp/agreementstatus?mpnId=5200004");
    expect(signed).toEqual({ status: 200, body: fixture("agreement-status-signed.json") });
    const notNumeric = await raw("/v1/compliance/csp/agreementstatus?mpnId=52000O4");
    expect(notNumeric.status).toBe(400);
    sameFields(fixture("agreement-status-2203.json"), partnerCenterErrorBody.parse(notNumeric.body));
    expect(notNumeric.body).toMatchObject({ code: 2000, description: "MPN Id must be numeric." });
    expect((await raw("/v1/compliance/csp/agreementstatus")).body).toMatchObject({ code: 2001 });
    expect((await raw("/v1/compliance/csp/agreementstatus?tenantId=not-a-guid")).body).toMatchObject({ code: 2000, description: "Tenant Id must be a GUID." });
  });

  it("partner-of-record validation", async () => {
    const { body } = await raw("/v1/partners/validateresellers", { method: "POST", body: JSON.stringify({ partnerIds: ["5200004", "9999999"] }) });
    const documented = fixture("validate-resellers.json") as { validationResults: unknown[] };
    const parsed = validateResellersResponse.parse(body);
    sameFields(documented.validationResults[0], parsed.validationResults[0]);
    sameFields(documented.validationResults[1], parsed.validationResults[1]);
  });

  it("refuses a caller without a known token", async () => {
    const response = await fetch(`${simulator.url}/v1/customers`, { headers: { Authorization: "Bearer stolen" } });
    expect(response.status).toBe(401);
  });
});

describe("the client against the simulator", () => {
  it("reads the provider's resellers and sends the tracing headers Partner Center asks for", async () => {
    const pc = client();
    const resellers = await pc.indirectResellers();
    expect(resellers.map((r) => [r.mpnId, r.state])).toEqual([
      ["5200004", "Active"],
      ["5200003", "Active"],
      ["5200005", "Inactive"],
      ["5200050", "Active"],
    ]);
    const [request] = simulator.requests;
    expect(request!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(request!.correlationId).toBe(pc.correlationId);
  });

  it("answers MPA status with Partner Center's reason codes", async () => {
    const pc = client();
    expect(await pc.agreementStatus({ mpnId: "5200003" })).toEqual({ signed: true });
    expect(await pc.agreementStatus({ mpnId: "1234567" })).toMatchObject({ signed: false, code: 2200 });
    expect(await pc.agreementStatus({ mpnId: "5200006" })).toMatchObject({ signed: false, code: 2201 }); // Brazil vs Europe
    expect(await pc.agreementStatus({ mpnId: "4100001" })).toMatchObject({ signed: false, code: 2204 }); // a provider
    expect(await pc.agreementStatus({ tenantId: "00000000-0000-4000-8000-999999999999" })).toMatchObject({ signed: false, code: 2205 });
    expect(await pc.agreementStatus({ tenantId: demoTenants.lamna })).toEqual({ signed: true });
  });

  it("reports 2203 and 2206 for a reseller that has not signed", async () => {
    const data = demoSimulatorData();
    data.partners.find((p) => p.mpnId === "5200050")!.mpaSigned = false;
    const unsigned = await startPartnerCenterSimulator(data);
    try {
      const pc = createPartnerCenterClient({ baseUrl: unsigned.url, getAccessToken: async () => DEMO_PROVIDER_TOKEN });
      expect(await pc.agreementStatus({ mpnId: "5200050" })).toMatchObject({ signed: false, code: 2203 });
      expect(await pc.agreementStatus({ tenantId: demoTenants.lamna })).toMatchObject({ signed: false, code: 2206 });
    } finally {
      await unsigned.close();
    }
  });

  it("validates partners of record in bulk", async () => {
    const results = await client().validateResellers(["5200004", "4100001"]);
    expect(results).toEqual([
      { partnerId: "5200004", isValidPartnerIdOnRecord: true },
      expect.objectContaining({ partnerId: "4100001", isValidPartnerIdOnRecord: false, errorCode: 900400 }),
    ]);
  });

  it("pages through customers with continuation tokens", async () => {
    const pages: string[][] = [];
    for await (const page of client().customers(2)) pages.push(page.map((c) => c.companyProfile.companyName));
    expect(pages).toEqual([["Fourth Coffee Roasters", "Margie's Travel"], ["Lucerne Publishing"]]);
    expect(await client().customerRelationships(demoSimulatorData().customers[0]!.id)).toEqual([
      expect.objectContaining({ mpnId: "5200004", name: "Litware Solutions SARL" }),
    ]);
  });

  it("waits as long as Retry-After says when throttled, then succeeds", async () => {
    simulator.injectFault({ status: 429, count: 2, retryAfterSeconds: 3 });
    expect(await client().indirectResellers()).toHaveLength(4);
    expect(waits).toEqual([3000, 3000]);
    expect(simulator.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it("backs off on 503 without Retry-After, and gives up with a retryable error after the last attempt", async () => {
    simulator.injectFault({ status: 503, count: 1 });
    expect(await client().indirectResellers()).toHaveLength(4);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(500);

    simulator.injectFault({ status: 503, count: 4 });
    const failure = await client().indirectResellers().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PartnerCenterError);
    expect(failure).toMatchObject({ status: 503, retryable: true });
    expect(waits.slice(1)).toHaveLength(3);
    expect(waits[2]!).toBeGreaterThan(waits[1]! / 2); // the wait grows
  });

  it("does not retry refused credentials, and says to reconnect", async () => {
    const failure = await client("expired-token").indirectResellers().catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 401, retryable: false, message: expect.stringContaining("reconnect") });
    expect(simulator.requests).toHaveLength(1);
  });

  it("times out a Partner Center that never answers", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const pc = createPartnerCenterClient({ baseUrl: `http://127.0.0.1:${port}`, getAccessToken: async () => "t", timeoutMs: 200, maxAttempts: 2, sleep: async () => {} });
      await expect(pc.indirectResellers()).rejects.toMatchObject({ retryable: true, message: "Partner Center did not answer in time." });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
