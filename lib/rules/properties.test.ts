// Properties that must hold for every proposal, not just the hand-picked ones.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ruleById } from "./catalogue";
import { evaluate } from "./evaluate";
import { regionOf } from "./regions";
import { proposalSchema } from "./schema";
import { countryArb, customerArb, isoDateArb, partnerArb, proposalArb } from "@/test/rules/arbitraries";
import { boundaries } from "./timeline";
import { versionIndexOn } from "./versions";
import type { Partner, Proposal } from "./types";

const RUNS = { numRuns: 500 };

function sameKnownRegion(a: string, b: string): boolean {
  const ra = regionOf(a);
  const rb = regionOf(b);
  return ra.ok && rb.ok && ra.region.id === rb.region.id;
}

describe("properties of evaluate", () => {
  it("every generated proposal is accepted by the schema and evaluates without throwing", () => {
    fc.assert(
      fc.property(proposalArb, (proposal) => {
        expect(proposalSchema.safeParse(proposal).success).toBe(true);
        const verdict = evaluate(proposal);
        expect(verdict.action).toBe(proposal.action);
      }),
      RUNS,
    );
  });

  it("is deterministic: the same input gives the same verdict", () => {
    fc.assert(
      fc.property(proposalArb, (proposal) => {
        expect(evaluate(structuredClone(proposal))).toEqual(evaluate(proposal));
      }),
      RUNS,
    );
  });

  it("allowed exactly when no finding fails; a blocked verdict names a failing rule and its catalogue remedies", () => {
    fc.assert(
      fc.property(proposalArb, (proposal) => {
        const verdict = evaluate(proposal);
        const failing = verdict.findings.filter((finding) => finding.outcome === "fail");
        expect(verdict.allowed).toBe(failing.length === 0);
        if (!verdict.allowed) expect(failing.length).toBeGreaterThan(0);
        const remedyIds = new Set(verdict.remedies.map((remedy) => remedy.id));
        for (const finding of failing) {
          for (const remedy of ruleById(finding.ruleId).remedies) expect(remedyIds.has(remedy.id)).toBe(true);
        }
        for (const chain of verdict.chains) {
          for (const step of chain.steps) if (step.blocked) expect(failing.map((f) => f.ruleId)).toContain(step.blocked);
        }
      }),
      RUNS,
    );
  });

  it("a sale to a customer outside the seller's region (or in an unknown country) is never allowed", () => {
    const sale = fc.record({ on: isoDateArb, actor: partnerArb, customer: customerArb, relationship: fc.constant("active" as const) });
    fc.assert(
      fc.property(sale, ({ on, actor, customer, relationship }) => {
        fc.pre(!sameKnownRegion(actor.country, customer.country));
        expect(evaluate({ action: "sell", on, actor, customer, relationship }).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  it("a purchase into a tenant outside the seller's region is never allowed", () => {
    fc.assert(
      fc.property(isoDateArb, partnerArb, partnerArb, countryArb, (on, actor, seller, country) => {
        fc.pre(!sameKnownRegion(seller.country, country));
        const proposal: Proposal = { action: "buy-for-own-use", on, actor, seller, tenant: { type: "customer", id: "own", country } };
        expect(evaluate(proposal).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  it("a provider–reseller relationship across regions is never allowed", () => {
    const pair = fc.tuple(isoDateArb, partnerArb, partnerArb, fc.constantFrom("link-provider-reseller", "transact-new-business", "associate-reseller-subscription"));
    fc.assert(
      fc.property(pair, ([on, a, b, action]) => {
        fc.pre(!sameKnownRegion(a.country, b.country));
        const provider: Partner = { ...a, type: "indirect-provider" };
        const reseller: Partner = { ...b, type: "indirect-reseller" };
        const proposal: Proposal =
          action === "link-provider-reseller"
            ? { action, on, actor: provider, counterparty: reseller }
            : { action, on, actor: provider, reseller, relationship: "active" };
        expect(evaluate(proposal).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  it("selling to oneself or an affiliate is never allowed", () => {
    fc.assert(
      fc.property(proposalArb, fc.constantFrom("same-organization", "same-affiliation-group") as fc.Arbitrary<"same-organization" | "same-affiliation-group">, (proposal, affiliation) => {
        fc.pre(proposal.action === "sell" || proposal.action === "buy-for-own-use");
        const verdict = evaluate({ ...proposal, affiliation } as Proposal);
        expect(verdict.allowed).toBe(false);
        expect(verdict.findings.some((f) => f.ruleId === "NO-SELF-OR-AFFILIATE-SALE" && f.outcome === "fail")).toBe(true);
      }),
      RUNS,
    );
  });

  it("multi-partner and multi-channel findings never fail", () => {
    fc.assert(
      fc.property(proposalArb, (proposal) => {
        const permissive = evaluate(proposal).findings.filter((f) => f.ruleId === "MULTI-PARTNER" || f.ruleId === "MULTI-CHANNEL");
        for (const finding of permissive) expect(finding.outcome).not.toBe("fail");
      }),
      RUNS,
    );
  });

  describe("a verdict never depends on anything but the proposal and the version in force on its date", () => {
    afterEach(() => vi.useRealTimers());

    /** What a verdict decides, without the explanations (which quote the date). */
    const decision = (proposal: Proposal) => {
      const verdict = evaluate(proposal);
      return { allowed: verdict.allowed, version: verdict.version, findings: verdict.findings.map((f) => [f.ruleId, f.outcome, f.version.id, f.missing ?? []]) };
    };

    it("not on the clock, nor on what was evaluated before", () => {
      fc.assert(
        fc.property(proposalArb, fc.array(proposalArb, { maxLength: 3 }), (proposal, others) => {
          const fresh = evaluate(structuredClone(proposal));
          vi.useFakeTimers({ now: new Date("2031-07-04T12:00:00Z") });
          for (const other of others) evaluate(other);
          const later = evaluate(structuredClone(proposal));
          vi.useRealTimers();
          expect(later).toEqual(fresh);
        }),
        { numRuns: 200 },
      );
    });

    it("moving the date within one version, past no date the facts name, changes no decision", () => {
      fc.assert(
        fc.property(proposalArb, isoDateArb, (proposal, other) => {
          const [from, to] = [proposal.on, other].sort() as [string, string];
          fc.pre(versionIndexOn(from) === versionIndexOn(to));
          fc.pre(!boundaries(proposal).some((date) => from < date && date <= to));
          expect(decision({ ...proposal, on: other } as Proposal)).toEqual(decision(proposal));
        }),
        RUNS,
      );
    });

    it("the version a verdict cites is the one in force on its date, and every finding cites a version no later", () => {
      fc.assert(
        fc.property(proposalArb, (proposal) => {
          const verdict = evaluate(proposal);
          expect(verdict.version.effective <= proposal.on || versionIndexOn(proposal.on) === 0).toBe(true);
          for (const finding of verdict.findings) expect(finding.version.effective <= verdict.version.effective).toBe(true);
        }),
        RUNS,
      );
    });

    it("a rule that lacks a fact never passes, and the verdict names the fact", () => {
      fc.assert(
        fc.property(proposalArb, (proposal) => {
          const verdict = evaluate(proposal);
          const missing = verdict.findings.flatMap((finding) => finding.missing ?? []);
          for (const finding of verdict.findings) if (finding.missing) expect(finding.outcome).toBe("info");
          expect(verdict.missingFacts ?? []).toEqual(missing);
        }),
        RUNS,
      );
    });
  });
});
