// Every dated change of the program, on both sides of its date: the day before it keeps the older answer, the day
// it takes effect gives the new one. Each finding cites the version (effective date and source) it applied.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { directBill, failingRules, provider, reseller } from "@/test/rules/fixtures";
import type { Finding, Partner, Proposal, RuleId, Verdict } from "./types";
import { PROGRAM_VERSIONS, RULE_VERSION_AT, ruleHistory, undatedChanges, versionOn } from "./versions";
import table from "./regions.json";

/** The findings of one rule, in order (the dated requirement comes after the article's check of the same rule). */
const findingsOf = (verdict: Verdict, ruleId: RuleId): Finding[] => verdict.findings.filter((finding) => finding.ruleId === ruleId);
const last = (verdict: Verdict, ruleId: RuleId): Finding => findingsOf(verdict, ruleId).at(-1)!;

describe("the versions", () => {
  it("are the article's program and the four later changes, oldest first, each with a dated source", () => {
    expect(PROGRAM_VERSIONS.map((version) => version.effective)).toEqual(["2020-02-01", "2020-07-01", "2020-10-27", "2023-04-24", "2024-04-01"]);
    expect(PROGRAM_VERSIONS[0]!.source.date).toBe("2020-05-12");
    for (const version of PROGRAM_VERSIONS) {
      expect(version.source.document).not.toBe("");
      expect(version.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(version.changes.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["2019-06-30", "2020-02-01"],
    ["2020-06-30", "2020-02-01"],
    ["2020-07-01", "2020-07-01"],
    ["2020-10-26", "2020-07-01"],
    ["2020-10-27", "2020-10-27"],
    ["2023-04-23", "2020-10-27"],
    ["2023-04-24", "2023-04-24"],
    ["2024-03-31", "2023-04-24"],
    ["2024-04-01", "2024-04-01"],
    ["2031-01-01", "2024-04-01"],
  ])("on %s the version in force is %s", (on, id) => {
    expect(versionOn(on).id).toBe(id);
    expect(evaluate({ action: "manage-customer-subscriptions", on, actor: reseller(), customer: { country: "DE" } }).version.id).toBe(id);
  });

  it("cites on each finding the latest change to its rule, not just the version in force", () => {
    const verdict = evaluate({ action: "enroll", on: "2024-06-01", actor: directBill(), as: "direct-bill" });
    expect(verdict.version.effective).toBe("2024-04-01");
    for (const finding of findingsOf(verdict, "DIRECT-BILL-REQUIREMENTS")) {
      expect(finding.version).toEqual({ id: "2023-04-24", effective: "2023-04-24", source: expect.objectContaining({ date: "2023-04-24" }) });
    }
    expect(findingsOf(verdict, "MPA-REQUIRED")[0]!.version.effective).toBe("2020-02-01");
    expect(RULE_VERSION_AT.at(-1)!["TERMINATION-VIA-SUPPORT"].effective).toBe("2020-07-01");
  });

  it("gives each rule its history", () => {
    expect(ruleHistory("DIRECT-BILL-REQUIREMENTS").map((entry) => entry.version.effective)).toEqual(["2020-02-01", "2020-10-27", "2023-04-24"]);
    expect(ruleHistory("SAME-REGION-SALE").map((entry) => entry.version.effective)).toEqual(["2020-02-01"]);
  });

  it("lists the region-table changes known only as a range, without a version of their own", () => {
    const changes = undatedChanges(table.laterChanges);
    expect(changes.length).toBe(table.laterChanges.length);
    expect(changes[0]).toMatchObject({ from: "2021-07", to: "2023-08" });
    expect(PROGRAM_VERSIONS.some((version) => version.effective.startsWith("2021-07") || version.effective.startsWith("2023-08"))).toBe(false);
  });

  it("keeps applying the region table of the article after the range (Russia stays a region)", () => {
    expect(evaluate({ action: "sell", on: "2025-01-01", actor: directBill({ country: "NO", assessedOn: "2024-09-01" }), customer: { country: "RU" } }).allowed).toBe(false);
    expect(failingRules(evaluate({ action: "sell", on: "2025-01-01", actor: directBill({ country: "RU", assessedOn: "2024-09-01" }), customer: { country: "RU" } }))).toEqual([]);
  });
});

describe("2020-07-01: a provider ends a reseller relationship itself", () => {
  const end = (on: string, actor: Partner, counterparty: Partner): Proposal => ({ action: "end-relationship", on, actor, counterparty, relationship: "active", requestedBy: "partner" });

  it("2020-06-30: the provider's request goes to program support", () => {
    const verdict = evaluate(end("2020-06-30", provider(), reseller()));
    expect(verdict.allowed).toBe(true);
    expect(verdict.routedTo).toBe("program-support");
    expect(last(verdict, "TERMINATION-VIA-SUPPORT").outcome).toBe("info");
  });

  it("2020-07-01: the provider ends it itself; customers and admin rights stay with it", () => {
    const verdict = evaluate(end("2020-07-01", provider(), reseller()));
    expect(verdict.allowed).toBe(true);
    expect(verdict.routedTo).toBeUndefined();
    const finding = last(verdict, "TERMINATION-VIA-SUPPORT");
    expect(finding.outcome).toBe("pass");
    expect(finding.explanation).toContain("admin rights stay");
    expect(finding.version.effective).toBe("2020-07-01");
  });

  it("a reseller still asks program support after the change", () => {
    expect(evaluate(end("2021-03-01", reseller(), provider())).routedTo).toBe("program-support");
  });

  it("an ended relationship cannot be ended again, before or after", () => {
    for (const on of ["2020-06-30", "2020-07-01"]) {
      expect(evaluate({ ...end(on, provider(), reseller()), relationship: "terminated" } as Proposal).allowed).toBe(false);
    }
  });
});

describe("2020-10-27: direct-bill enrollment needs USD 300,000 as a reseller", () => {
  const enroll = (on: string, overrides: Partial<Partner> = {}): Proposal => ({ action: "enroll", on, actor: directBill(overrides), as: "direct-bill" });

  it.each([
    ["2020-10-26", {}, true],
    ["2020-10-26", { trailingRevenueUsd: 10_000 }, true],
    ["2020-10-27", { trailingRevenueUsd: 10_000 }, false],
    ["2020-10-27", { trailingRevenueUsd: 299_999 }, false],
    ["2020-10-27", { trailingRevenueUsd: 300_000 }, true],
  ] as const)("on %s with %o: allowed %s", (on, facts, allowed) => {
    expect(evaluate(enroll(on, facts)).allowed).toBe(allowed);
  });

  it("names the revenue fact when it is missing, and does not pass the rule", () => {
    const verdict = evaluate(enroll("2020-10-27"));
    const finding = last(verdict, "DIRECT-BILL-REQUIREMENTS");
    expect(finding.outcome).toBe("info");
    expect(finding.missing).toEqual(["actor.trailingRevenueUsd"]);
    expect(verdict.missingFacts).toEqual(["actor.trailingRevenueUsd"]);
    expect(finding.explanation).toContain("actor.trailingRevenueUsd");
  });

  it("says how short the revenue is, and cites the version", () => {
    const finding = last(evaluate(enroll("2021-01-01", { trailingRevenueUsd: 120_000 })), "DIRECT-BILL-REQUIREMENTS");
    expect(finding.outcome).toBe("fail");
    expect(finding.explanation).toContain("USD 120,000");
    expect(finding.version).toMatchObject({ effective: "2020-10-27", source: { date: "2020-10-27" } });
  });
});

describe("2023-04-24: direct-bill also needs 12 months as a reseller and a yearly assessment", () => {
  const qualified = { trailingRevenueUsd: 400_000, resellerSince: "2021-01-10", assessedOn: "2023-01-05" };
  const enroll = (on: string, overrides: Partial<Partner> = {}): Proposal => ({ action: "enroll", on, actor: directBill({ ...qualified, ...overrides }), as: "direct-bill" });
  const sell = (on: string, overrides: Partial<Partner> = {}): Proposal => ({ action: "sell", on, actor: directBill(overrides), customer: { country: "FR" } });

  it.each([
    ["2023-04-23", { resellerSince: "2023-01-01" }, true],
    ["2023-04-24", { resellerSince: "2023-01-01" }, false],
    ["2023-04-23", { assessedOn: null }, true],
    ["2023-04-24", { assessedOn: null }, false],
    ["2023-04-24", { assessedOn: "2022-04-24" }, false],
    ["2023-04-24", { assessedOn: "2022-04-25" }, true],
    ["2023-04-24", {}, true],
  ] as const)("enrolling on %s with %o: allowed %s", (on, facts, allowed) => {
    expect(evaluate(enroll(on, facts)).allowed).toBe(allowed);
  });

  it("missing tenure and assessment are named, not guessed", () => {
    const verdict = evaluate({ action: "enroll", on: "2023-05-01", actor: directBill({ trailingRevenueUsd: 400_000 }), as: "direct-bill" });
    expect(verdict.missingFacts).toEqual(["actor.resellerSince", "actor.assessedOn"]);
    expect(findingsOf(verdict, "DIRECT-BILL-REQUIREMENTS").map((finding) => finding.outcome)).toEqual(["pass", "info"]);
  });

  it("a direct-bill partner with a lapsed assessment is restricted from new sales from 2023-04-24 on", () => {
    expect(evaluate(sell("2023-04-23", { assessedOn: "2021-01-01" })).allowed).toBe(true);
    const verdict = evaluate(sell("2023-04-24", { assessedOn: "2021-01-01" }));
    expect(verdict.allowed).toBe(false);
    expect(last(verdict, "DIRECT-BILL-REQUIREMENTS").explanation).toContain("restricted");
    expect(last(verdict, "DIRECT-BILL-REQUIREMENTS").explanation).toContain("existing subscriptions keep running");
    expect(evaluate(sell("2023-04-24", { assessedOn: "2023-02-01" })).allowed).toBe(true);
  });

  it("a restricted direct-bill partner cannot sell for a partner's own use either", () => {
    const proposal: Proposal = { action: "buy-for-own-use", on: "2024-01-10", actor: provider({ country: "FR" }), seller: directBill({ assessedOn: null }), tenant: { type: "customer", id: "own" }, actorCspTenantId: "csp" };
    expect(failingRules(evaluate(proposal))).toEqual(["DIRECT-BILL-REQUIREMENTS"]);
  });
});

describe("2024-04-01: an indirect reseller needs USD 1,000 at its anniversary", () => {
  const standing = { resellerSince: "2021-05-15", anniversaryRevenueUsd: 400 };
  const transact = (on: string, overrides: Partial<Partner> = {}): Proposal => ({ action: "transact-new-business", on, actor: provider(), reseller: reseller({ ...standing, ...overrides }), relationship: "active" });

  it.each([
    ["2024-03-31", {}, true, "the day before the change"],
    ["2024-04-01", {}, true, "in force, but the anniversary (2023-05-15) came before it"],
    ["2024-05-14", {}, true, "the day before its first anniversary under the rule"],
    ["2024-05-15", {}, false, "at the anniversary, USD 400 is under USD 1,000"],
    ["2024-05-15", { anniversaryRevenueUsd: 1_000 }, true, "USD 1,000 is enough"],
    ["2024-05-15", { resellerSince: "2023-06-01" }, true, "enrolled after 2023-04-01: first anniversary still to come"],
    ["2024-06-01", { resellerSince: "2023-06-01" }, false, "enrolled after 2023-04-01: checked after March 2024"],
    ["2025-01-01", { deauthorisedOn: "2024-12-01", anniversaryRevenueUsd: 5_000 }, false, "de-authorised and not enrolled again"],
    ["2025-01-01", { deauthorisedOn: "2023-12-01", resellerSince: "2024-12-20", anniversaryRevenueUsd: undefined }, true, "enrolled again since, no anniversary yet"],
  ] as const)("on %s with %o: allowed %s (%s)", (on, facts, allowed, _why) => {
    expect(evaluate(transact(on, facts)).allowed).toBe(allowed);
  });

  it("the same applies when the reseller sells, and when a provider records it on a subscription", () => {
    const low = reseller(standing);
    expect(evaluate({ action: "sell", on: "2024-03-31", actor: low, provider: provider(), relationship: "active", customer: { country: "DE" } }).allowed).toBe(true);
    expect(failingRules(evaluate({ action: "sell", on: "2024-06-01", actor: low, provider: provider(), relationship: "active", customer: { country: "DE" } }))).toEqual(["RESELLER-READINESS"]);
    expect(failingRules(evaluate({ action: "associate-reseller-subscription", on: "2024-06-01", actor: provider(), reseller: low, relationship: "active" }))).toEqual(["RESELLER-READINESS"]);
  });

  it("without the enrollment date or the anniversary revenue, names the fact and does not pass the rule", () => {
    const noSince = evaluate({ action: "transact-new-business", on: "2024-06-01", actor: provider(), reseller: reseller(), relationship: "active" });
    expect(noSince.missingFacts).toEqual(["reseller.resellerSince"]);
    expect(last(noSince, "RESELLER-READINESS")).toMatchObject({ outcome: "info", missing: ["reseller.resellerSince"] });
    const noRevenue = evaluate(transact("2024-06-01", { anniversaryRevenueUsd: undefined }));
    expect(noRevenue.missingFacts).toEqual(["reseller.anniversaryRevenueUsd"]);
  });

  it.each([
    ["2024-03-31", "2024-01-10", true],
    ["2024-04-01", "2024-01-10", false],
    ["2025-01-09", "2024-01-10", false],
    ["2025-01-10", "2024-01-10", true],
  ] as const)("re-enrolling on %s after de-authorisation on %s: allowed %s", (on, deauthorisedOn, allowed) => {
    expect(evaluate({ action: "enroll", on, actor: reseller({ enrolled: false, deauthorisedOn }), as: "indirect-reseller" }).allowed).toBe(allowed);
  });
});
