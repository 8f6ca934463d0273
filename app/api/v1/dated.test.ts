// The public API under the later program versions: the new facts are in the schema, verdicts cite their version,
// and a missing fact is named.
import { describe, expect, it } from "vitest";
import { DATED_EXAMPLES } from "@/test/rules/dated-examples";
import { POST } from "./evaluate/route";
import { GET as getSchema } from "./evaluate/schema/route";
import { GET as getRules } from "./rules/route";

const post = (body: unknown) =>
  POST(new Request("http://localhost/api/v1/evaluate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));

describe("the API under the later versions (the dated examples of docs/api.md)", () => {
  it.each(DATED_EXAMPLES)("$title", async ({ proposal, allowed, failing, version, missingFacts }) => {
    const response = await post(proposal);
    expect(response.status).toBe(200);
    const verdict = await response.json();
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.findings.filter((f: { outcome: string }) => f.outcome === "fail").map((f: { ruleId: string }) => f.ruleId)).toEqual(failing);
    expect(verdict.version.id).toBe(version);
    expect(verdict.missingFacts).toEqual(missingFacts);
    for (const finding of verdict.findings) expect(finding.version.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses a negative revenue with a field error, and an impossible assessment date", async () => {
    const base = DATED_EXAMPLES[1]!.proposal;
    const negative = await post({ ...base, actor: { ...base.actor, trailingRevenueUsd: -1 } });
    expect(negative.status).toBe(400);
    expect((await negative.json()).fieldErrors).toHaveProperty("actor");
    expect((await post({ ...base, actor: { ...base.actor, assessedOn: "2023-02-30" } })).status).toBe(400);
  });

  it("the JSON Schema describes the new partner facts", async () => {
    const text = JSON.stringify(await (await getSchema()).json());
    for (const fact of ["resellerSince", "trailingRevenueUsd", "anniversaryRevenueUsd", "assessedOn", "deauthorisedOn"]) expect(text).toContain(fact);
  });

  it("GET /api/v1/rules lists the versions with their sources, and the undated region changes", async () => {
    const body = await getRules().json();
    expect(body.versions.map((version: { effective: string }) => version.effective)).toEqual(["2020-02-01", "2020-07-01", "2020-10-27", "2023-04-24", "2024-04-01"]);
    expect(body.undatedChanges[0]).toMatchObject({ from: "2021-07", to: "2023-08" });
    expect(body.rules).toHaveLength(16);
  });
});
