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
  return a.length === b.length && a.every((party, index) => party === b[index]);
}

/** The chain a sale by this partner type implies when the proposal names none. */
export function impliedSaleChain(seller: PartnerType): Party[] {
  if (seller === "direct-bill") return [...DIRECT_CHAIN];
  if (seller === "indirect-reseller") return [...INDIRECT_CHAIN];
  return ["microsoft", "indirect-provider", "customer"];
}

/** The supported chain(s) to show, each step marked with the first rule that fails there. */
export function markChains(ids: readonly SupportedChain["id"][], findings: readonly Finding[]): SupportedChain[] {
  return ids.map((id) => ({
    id,
    steps: (id === "direct-bill" ? DIRECT_CHAIN : INDIRECT_CHAIN).map((party) => {
      const blocking = findings.find((finding) => finding.outcome === "fail" && finding.party === party);
      return blocking ? { party, blocked: blocking.ruleId } : { party };
    }),
  }));
}

export function chainsForPartyType(type: PartnerType): SupportedChain["id"][] {
  return type === "direct-bill" ? ["direct-bill"] : ["indirect"];
}
