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

function stepOf(party: Party, failing: readonly Finding[]): Step {
  for (const finding of failing) {
    if (finding.party !== party) continue;
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

/** Each chain's steps with none blocked, for the many verdicts where no rule fails: copied rather than searched for. */
const OPEN_STEPS: Readonly<Record<SupportedChain["id"], readonly Step[]>> = {
  "direct-bill": DIRECT_CHAIN.map((party) => OPEN_STEP[party]),
  indirect: INDIRECT_CHAIN.map((party) => OPEN_STEP[party]),
};

/**
 * The supported chain(s) to show, each step marked with the first rule that fails there. Given the verdict's failing
 * findings in order (none, or one or two), so each step searches those rather than every finding.
 */
export function markChains(ids: readonly SupportedChain["id"][], failing: readonly Finding[] | undefined): SupportedChain[] {
  const chains: SupportedChain[] = [];
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    if (failing === undefined) {
      chains.push({ id, steps: OPEN_STEPS[id].slice() });
      continue;
    }
    const parties = id === "direct-bill" ? DIRECT_CHAIN : INDIRECT_CHAIN;
    const steps: Step[] = [];
    for (let step = 0; step < parties.length; step++) steps.push(stepOf(parties[step]!, failing));
    chains.push({ id, steps });
  }
  return chains;
}

// The chains a verdict shows, one shared array per case: `evaluate` only reads them.
export const DIRECT_BILL_ONLY: readonly SupportedChain["id"][] = Object.freeze(["direct-bill"]);
export const INDIRECT_ONLY: readonly SupportedChain["id"][] = Object.freeze(["indirect"]);
export const BOTH_CHAINS: readonly SupportedChain["id"][] = Object.freeze(["direct-bill", "indirect"]);

export function chainsForPartyType(type: PartnerType): readonly SupportedChain["id"][] {
  return type === "direct-bill" ? DIRECT_BILL_ONLY : INDIRECT_ONLY;
}
