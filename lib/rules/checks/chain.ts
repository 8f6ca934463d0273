// SUPPORTED-CHAIN: a sale follows Microsoft -> direct-bill -> customer or Microsoft -> provider -> reseller -> customer.
import { DIRECT_CHAIN, INDIRECT_CHAIN, chainId } from "../chains";
import { citing, fail, msg, p, pass } from "../findings";
import type { Finding, MessageParam, MessageRef, Party, Partner, PartnerType } from "../types";

const SUPPORTED_CHAIN = citing("SUPPORTED-CHAIN");

const DIRECT_FACT = DIRECT_CHAIN.join(">");
const INDIRECT_FACT = INDIRECT_CHAIN.join(">");

/** The supported chains as message values, built once and frozen: a message shares one rather than copying the chain. */
const SUPPORTED_CHAIN_PARAMS: Readonly<Record<"direct-bill" | "indirect", MessageParam>> = {
  "direct-bill": frozenChain(DIRECT_CHAIN),
  indirect: frozenChain(INDIRECT_CHAIN),
};

function frozenChain(chain: readonly Party[]): MessageParam {
  return Object.freeze({ kind: "chain", value: Object.freeze([...chain]) as Party[] });
}

/** Checks a sales chain, and that the selling partner is the one just before the customer. */
export function checkSaleChain(chain: readonly Party[], seller: PartnerType): Finding {
  const id = chainId(chain);
  const facts = { chain: id === "direct-bill" ? DIRECT_FACT : id === "indirect" ? INDIRECT_FACT : chain.join(">"), seller };
  if (id === null) {
    const resellerIndex = chain.indexOf("indirect-reseller");
    const providerIndex = chain.indexOf("indirect-provider");
    if (resellerIndex > 0 && chain[resellerIndex - 1] === "microsoft") {
      return fail(SUPPORTED_CHAIN, msg("chainResellerFromMicrosoft", { chain: p.chain(chain) }), facts, "indirect-reseller");
    }
    if (providerIndex >= 0 && chain[providerIndex + 1] === "customer") {
      return fail(SUPPORTED_CHAIN, msg("chainProviderToCustomer", { chain: p.chain(chain) }), facts, "indirect-reseller");
    }
    return fail(SUPPORTED_CHAIN, msg("chainUnsupported", { chain: p.chain(chain) }), facts, chain.includes(seller) ? seller : "customer");
  }
  if (chain[chain.length - 2] !== seller) {
    return fail(SUPPORTED_CHAIN, msg("chainOtherSeller", { chain: SUPPORTED_CHAIN_PARAMS[id], seller: p.party(seller) }), facts, seller);
  }
  return pass(SUPPORTED_CHAIN, msg("chainSupported", { chain: SUPPORTED_CHAIN_PARAMS[id] }), facts, seller);
}

/** A provider–reseller action needs exactly one indirect provider and one indirect reseller. */
export function checkProviderResellerPair(a: Partner, b: Partner, what: MessageRef): Finding {
  const facts = { firstType: a.type, secondType: b.type };
  const pair =
    (a.type === "indirect-provider" && b.type === "indirect-reseller") || (a.type === "indirect-reseller" && b.type === "indirect-provider");
  if (pair) {
    return pass(SUPPORTED_CHAIN, msg("pairFits", { what: p.message(what) }), facts, "indirect-reseller");
  }
  return fail(
    SUPPORTED_CHAIN,
    msg("pairWrong", { what: p.message(what), first: p.party(a.type), second: p.party(b.type) }),
    facts,
    a.type === "indirect-provider" ? "indirect-reseller" : "indirect-provider",
  );
}

/** Actions only an indirect provider performs toward its reseller. */
export function checkProviderActsForReseller(provider: Partner, reseller: Partner, what: MessageRef): Finding {
  const facts = { actorType: provider.type, resellerType: reseller.type };
  if (provider.type !== "indirect-provider") {
    return fail(SUPPORTED_CHAIN, msg("actsNotProvider", { what: p.message(what), actor: p.party(provider.type) }), facts, "indirect-provider");
  }
  if (reseller.type !== "indirect-reseller") {
    return fail(SUPPORTED_CHAIN, msg("actsNotReseller", { what: p.message(what), other: p.party(reseller.type) }), facts, "indirect-reseller");
  }
  return pass(SUPPORTED_CHAIN, msg("actsOk", { what: p.message(what) }), facts, "indirect-provider");
}
