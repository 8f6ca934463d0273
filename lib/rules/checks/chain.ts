// SUPPORTED-CHAIN: a sale follows Microsoft -> direct-bill -> customer or Microsoft -> provider -> reseller -> customer.
import { chainId } from "../chains";
import { fail, pass } from "../findings";
import { partyLabel } from "../labels";
import type { Finding, Party, Partner, PartnerType } from "../types";

function describeChain(chain: readonly Party[]): string {
  return chain.map(partyLabel).join(" -> ");
}

/** Checks a sales chain, and that the selling partner is the one just before the customer. */
export function checkSaleChain(chain: readonly Party[], seller: PartnerType): Finding {
  const facts = { chain: chain.join(">"), seller };
  const id = chainId(chain);
  if (id === null) {
    const resellerIndex = chain.indexOf("indirect-reseller");
    const providerIndex = chain.indexOf("indirect-provider");
    if (resellerIndex > 0 && chain[resellerIndex - 1] === "microsoft") {
      return fail("SUPPORTED-CHAIN", `In ${describeChain(chain)} the indirect reseller buys straight from Microsoft; a reseller always buys through an indirect provider.`, facts, "indirect-reseller");
    }
    if (providerIndex >= 0 && chain[providerIndex + 1] === "customer") {
      return fail("SUPPORTED-CHAIN", `In ${describeChain(chain)} the indirect provider sells straight to the customer; a provider reaches customers only through an indirect reseller.`, facts, "indirect-reseller");
    }
    return fail("SUPPORTED-CHAIN", `${describeChain(chain)} is not one of the two supported chains.`, facts, chain.includes(seller) ? seller : "customer");
  }
  if (chain[chain.length - 2] !== seller) {
    return fail("SUPPORTED-CHAIN", `The chain ${describeChain(chain)} has someone else selling to the customer, but the seller here is a ${partyLabel(seller)}.`, facts, seller);
  }
  return pass("SUPPORTED-CHAIN", `${describeChain(chain)} is a supported chain.`, facts, seller);
}

/** A provider–reseller action needs exactly one indirect provider and one indirect reseller. */
export function checkProviderResellerPair(a: Partner, b: Partner, what: string): Finding {
  const facts = { firstType: a.type, secondType: b.type };
  const types = [a.type, b.type].sort().join("+");
  if (types === "indirect-provider+indirect-reseller") {
    return pass("SUPPORTED-CHAIN", `An indirect provider and an indirect reseller: ${what} fits the supported chain.`, facts, "indirect-reseller");
  }
  return fail(
    "SUPPORTED-CHAIN",
    `${what} needs an indirect provider and an indirect reseller, but the parties are a ${partyLabel(a.type)} and a ${partyLabel(b.type)}.`,
    facts,
    a.type === "indirect-provider" ? "indirect-reseller" : "indirect-provider",
  );
}

/** Actions only an indirect provider performs toward its reseller. */
export function checkProviderActsForReseller(provider: Partner, reseller: Partner, what: string): Finding {
  const facts = { actorType: provider.type, resellerType: reseller.type };
  if (provider.type !== "indirect-provider") {
    return fail("SUPPORTED-CHAIN", `Only an indirect provider can ${what}; the acting partner is a ${partyLabel(provider.type)}.`, facts, "indirect-provider");
  }
  if (reseller.type !== "indirect-reseller") {
    return fail("SUPPORTED-CHAIN", `A provider can ${what} only for an indirect reseller; the other partner is a ${partyLabel(reseller.type)}.`, facts, "indirect-reseller");
  }
  return pass("SUPPORTED-CHAIN", `An indirect provider acting for its indirect reseller can ${what}.`, facts, "indirect-provider");
}
