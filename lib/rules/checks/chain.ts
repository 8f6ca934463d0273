// SUPPORTED-CHAIN: a sale follows Microsoft -> direct-bill -> customer or Microsoft -> provider -> reseller -> customer.
import { DIRECT_CHAIN, INDIRECT_CHAIN, chainId } from "../chains";
import { fail, msg, p, pass } from "../findings";
import type { Finding, MessageRef, Party, Partner, PartnerType } from "../types";

const DIRECT_FACT = DIRECT_CHAIN.join(">");
const INDIRECT_FACT = INDIRECT_CHAIN.join(">");

/** Checks a sales chain, and that the selling partner is the one just before the customer. */
export function checkSaleChain(chain: readonly Party[], seller: PartnerType): Finding {
  const id = chainId(chain);
  const facts = { chain: id === "direct-bill" ? DIRECT_FACT : id === "indirect" ? INDIRECT_FACT : chain.join(">"), seller };
  if (id === null) {
    const resellerIndex = chain.indexOf("indirect-reseller");
    const providerIndex = chain.indexOf("indirect-provider");
    if (resellerIndex > 0 && chain[resellerIndex - 1] === "microsoft") {
      return fail("SUPPORTED-CHAIN", msg("chainResellerFromMicrosoft", { chain: p.chain(chain) }), facts, "indirect-reseller");
    }
    if (providerIndex >= 0 && chain[providerIndex + 1] === "customer") {
      return fail("SUPPORTED-CHAIN", msg("chainProviderToCustomer", { chain: p.chain(chain) }), facts, "indirect-reseller");
    }
    return fail("SUPPORTED-CHAIN", msg("chainUnsupported", { chain: p.chain(chain) }), facts, chain.includes(seller) ? seller : "customer");
  }
  if (chain[chain.length - 2] !== seller) {
    return fail("SUPPORTED-CHAIN", msg("chainOtherSeller", { chain: p.chain(chain), seller: p.party(seller) }), facts, seller);
  }
  return pass("SUPPORTED-CHAIN", msg("chainSupported", { chain: p.chain(chain) }), facts, seller);
}

/** A provider–reseller action needs exactly one indirect provider and one indirect reseller. */
export function checkProviderResellerPair(a: Partner, b: Partner, what: MessageRef): Finding {
  const facts = { firstType: a.type, secondType: b.type };
  const pair =
    (a.type === "indirect-provider" && b.type === "indirect-reseller") || (a.type === "indirect-reseller" && b.type === "indirect-provider");
  if (pair) {
    return pass("SUPPORTED-CHAIN", msg("pairFits", { what: p.message(what) }), facts, "indirect-reseller");
  }
  return fail(
    "SUPPORTED-CHAIN",
    msg("pairWrong", { what: p.message(what), first: p.party(a.type), second: p.party(b.type) }),
    facts,
    a.type === "indirect-provider" ? "indirect-reseller" : "indirect-provider",
  );
}

/** Actions only an indirect provider performs toward its reseller. */
export function checkProviderActsForReseller(provider: Partner, reseller: Partner, what: MessageRef): Finding {
  const facts = { actorType: provider.type, resellerType: reseller.type };
  if (provider.type !== "indirect-provider") {
    return fail("SUPPORTED-CHAIN", msg("actsNotProvider", { what: p.message(what), actor: p.party(provider.type) }), facts, "indirect-provider");
  }
  if (reseller.type !== "indirect-reseller") {
    return fail("SUPPORTED-CHAIN", msg("actsNotReseller", { what: p.message(what), other: p.party(reseller.type) }), facts, "indirect-reseller");
  }
  return pass("SUPPORTED-CHAIN", msg("actsOk", { what: p.message(what) }), facts, "indirect-provider");
}
