// The checker's "when does this verdict flip?": spans of equal verdict over all dates, from version boundaries and
// the dates the facts name.
import { describe, expect, it } from "vitest";
import { directBill, provider, reseller } from "@/test/rules/fixtures";
import { boundaries, describeSpan, spanOn, verdictSpans } from "./timeline";
import type { Proposal } from "./types";

describe("verdict over time", () => {
  it("a reseller short of USD 1,000 is allowed until the day before its first checked anniversary", () => {
    const proposal: Proposal = { action: "transact-new-business", on: "2023-09-01", actor: provider(), reseller: reseller({ resellerSince: "2021-04-01", anniversaryRevenueUsd: 10 }), relationship: "active" };
    expect(describeSpan(spanOn(proposal))).toBe("allowed until 2024-03-31");
    expect(verdictSpans(proposal)).toEqual([
      { from: null, until: "2024-03-31", allowed: true },
      { from: "2024-04-01", until: null, allowed: false },
    ]);
  });

  it("a sale by a reseller whose MPA comes later is blocked until the day before it", () => {
    const proposal: Proposal = { action: "sell", on: "2020-03-01", actor: reseller({ mpaAcceptedOn: "2020-04-15" }), provider: provider(), relationship: "active", customer: { country: "DE" } };
    expect(verdictSpans(proposal)).toEqual([
      { from: null, until: "2020-01-31", allowed: true },
      { from: "2020-02-01", until: "2020-04-14", allowed: false },
      { from: "2020-04-15", until: null, allowed: true },
    ]);
    expect(describeSpan(spanOn(proposal))).toBe("blocked from 2020-02-01 until 2020-04-14");
  });

  it("a direct-bill enrollment without the revenue fact stays allowed (with the fact named); with too little revenue it flips on 2020-10-27", () => {
    const proposal: Proposal = { action: "enroll", on: "2020-09-01", actor: directBill({ trailingRevenueUsd: 5_000 }), as: "direct-bill" };
    expect(describeSpan(spanOn(proposal))).toBe("allowed until 2020-10-26");
  });

  it("a verdict that never changes reads 'on any date'", () => {
    const proposal: Proposal = { action: "sell", on: "2020-05-12", actor: reseller(), relationship: "active", customer: { country: "BR" } };
    expect(verdictSpans(proposal)).toEqual([{ from: null, until: null, allowed: false }]);
    expect(describeSpan(spanOn(proposal))).toBe("blocked on any date");
  });

  it("includes the facts' dates and their one-year marks among the boundaries", () => {
    const dates = boundaries({ action: "sell", on: "2024-01-01", actor: directBill({ assessedOn: "2024-02-29" }), customer: { country: "FR" } });
    expect(dates).toContain("2024-02-29");
    expect(dates).toContain("2025-03-01");
    expect(dates).toContain("2020-01-15");
  });
});
