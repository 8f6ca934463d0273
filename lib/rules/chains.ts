// The two supported end-to-end chains, and how a verdict marks the step where a rule blocks.
import type { Finding, Party, PartnerType, SupportedChain } from "./types";

export const DIRECT_CHAIN: readonly Party[] = ["microsoft", "direct-bill", "customer"];
export const INDIRECT_CHAIN: readonly Party[] = ["microsoft", "indirect-provider", "indirect-reseller", "customer"];

export function chainId(chain: readonly Party[]): SupportedChain["id"] | null {
  if (sameChain(chain, DIRECT_CHAIN)) return "direct-bill";
  if (sameChain(chain, INDIRECT_CHAIN)) return "indirect";
  return null;
}

function sameChain(a: readonly Party[], b: readonly Party[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

const PROVIDER_TO_CUSTOMER: readonly Party[] = ["microsoft", "indirect-provider", "customer"];

/** `impliedSaleChain` without the copy, for callers that only read it. */
export function impliedSaleChainOf(seller: PartnerType): readonly Party[] {
  if (seller === "direct-bill") return DIRECT_CHAIN;
  if (seller === "indirect-reseller") return INDIRECT_CHAIN;
  return PROVIDER_TO_CUSTOMER;
}

/** The chain a sale by this partner type implies when the proposal names none. */
export function impliedSaleChain(seller: PartnerType): Party[] {
  if (seller === "direct-bill") return [...DIRECT_CHAIN];
  if (seller === "indirect-reseller") return [...INDIRECT_CHAIN];
  return ["microsoft", "indirect-provider", "customer"];
}

type Step = SupportedChain["steps"][number];

/** A step is one of a few values: each is built once and frozen, so marking a chain allocates only its arrays. */
const OPEN_STEP: Readonly<Record<Party, Step>> = {
  microsoft: Object.freeze({ party: "microsoft" }),
  "indirect-provider": Object.freeze({ party: "indirect-provider" }),
  "indirect-reseller": Object.freeze({ party: "indirect-reseller" }),
  "direct-bill": Object.freeze({ party: "direct-bill" }),
  customer: Object.freeze({ party: "customer" }),
};
const BLOCKED_STEP = new Map<Party, Map<string, Step>>();
for (const party of INDIRECT_CHAIN.concat(DIRECT_CHAIN)) BLOCKED_STEP.set(party, new Map());

function stepOf(party: Party, findings: readonly Finding[]): Step {
  for (const finding of findings) {
    if (finding.outcome !== "fail" || finding.party !== party) continue;
    const blocked = BLOCKED_STEP.get(party)!;
    let step = blocked.get(finding.ruleId);
    if (step === undefined) {
      step = Object.freeze({ party, blocked: finding.ruleId });
      blocked.set(finding.ruleId, step);
    }
    return step;
  }
  return OPEN_STEP[party];
}

/** The supported chain(s) to show, each step marked with the first rule that fails there. */
export function markChains(ids: readonly SupportedChain["id"][], findings: readonly Finding[]): SupportedChain[] {
  const chains: SupportedChain[] = [];
  for (const id of ids) {
    const parties = id === "direct-bill" ? DIRECT_CHAIN : INDIRECT_CHAIN;
    const steps: Step[] = [];
    for (const party of parties) steps.push(stepOf(party, findings));
    chains.push({ id, steps });
  }
  return chains;
}

export function chainsForPartyType(type: PartnerType): SupportedChain["id"][] {
  return type === "direct-bill" ? ["direct-bill"] : ["indirect"];
}
