// Requests under the later program versions, with the verdict each must get. Printed in docs/api.md by
// scripts/api-examples.ts and posted by the API tests, like the sample-scenario examples.
import type { Proposal, RuleId } from "@/lib/rules/types";
import { directBill, provider, reseller } from "./fixtures";
import type { ScenarioExample } from "./scenario-examples";

export interface DatedExample extends ScenarioExample {
  version: string;
  missingFacts?: string[];
}

const lowRevenueReseller = reseller({ resellerSince: "2021-05-15", anniversaryRevenueUsd: 400 });
const failing = (...ids: RuleId[]) => ids;

export const DATED_EXAMPLES: DatedExample[] = [
  {
    title: "2020-07-01 on: a provider ends a reseller relationship itself",
    proposal: { action: "end-relationship", on: "2020-07-01", actor: provider(), counterparty: reseller(), relationship: "active", requestedBy: "partner" },
    allowed: true,
    failing: [],
    version: "2020-07-01",
  },
  {
    title: "2020-10-27 on: a direct-bill enrollment short of USD 300,000",
    proposal: { action: "enroll", on: "2021-03-01", actor: directBill({ trailingRevenueUsd: 120_000 }), as: "direct-bill" },
    allowed: false,
    failing: failing("DIRECT-BILL-REQUIREMENTS"),
    version: "2020-10-27",
  },
  {
    title: "2023-04-24 on: a direct-bill enrollment that does not say how long it was a reseller, nor its assessment",
    proposal: { action: "enroll", on: "2023-06-01", actor: directBill({ trailingRevenueUsd: 400_000 }), as: "direct-bill" },
    allowed: true,
    failing: [],
    version: "2023-04-24",
    missingFacts: ["actor.resellerSince", "actor.assessedOn"],
  },
  {
    title: "2024-04-01 on: a provider transacts with a reseller that had USD 400 at its anniversary",
    proposal: { action: "transact-new-business", on: "2024-06-01", actor: provider(), reseller: lowRevenueReseller, relationship: "active" } satisfies Proposal,
    allowed: false,
    failing: failing("RESELLER-READINESS"),
    version: "2024-04-01",
  },
];
