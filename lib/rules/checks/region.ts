// SAME-REGION-SALE and SAME-REGION-RELATIONSHIP. An unknown country fails: it is never read as "allowed".
import { fail, pass } from "../findings";
import { partyLabel, placeLabel } from "../labels";
import { regionOf } from "../regions";
import type { Finding, Partner } from "../types";

function regionFacts(prefix: string, country: string) {
  const lookup = regionOf(country);
  return { [`${prefix}Country`]: lookup.country, [`${prefix}Region`]: lookup.ok ? lookup.region.id : null };
}

/** The customer's tenant country must be in the seller's CSP region. */
export function checkSameRegionSale(seller: Partner, customerCountry: string): Finding {
  const sellerRegion = regionOf(seller.country);
  const customerRegion = regionOf(customerCountry);
  const facts = { ...regionFacts("seller", seller.country), ...regionFacts("customer", customerCountry) };
  if (!customerRegion.ok) {
    return fail("SAME-REGION-SALE", `We do not know the country code "${customerRegion.country}" of the customer's tenant, so we cannot confirm the sale stays in one region.`, facts, "customer");
  }
  if (!sellerRegion.ok) {
    return fail("SAME-REGION-SALE", `We do not know the seller's country code "${sellerRegion.country}", so we cannot confirm the sale stays in one region.`, facts, seller.type);
  }
  if (sellerRegion.region.id !== customerRegion.region.id) {
    return fail(
      "SAME-REGION-SALE",
      `The customer's tenant is in ${placeLabel(customerCountry)} but the ${partyLabel(seller.type)} is in ${placeLabel(seller.country)}; a partner sells only within its own region.`,
      facts,
      "customer",
    );
  }
  return pass("SAME-REGION-SALE", `The customer's tenant is in ${placeLabel(customerCountry)}, the same region as the ${partyLabel(seller.type)} in ${sellerRegion.country}.`, facts, "customer");
}

/** Provider and reseller must be in the same CSP region. */
export function checkSameRegionRelationship(provider: Partner, reseller: Partner): Finding {
  const providerRegion = regionOf(provider.country);
  const resellerRegion = regionOf(reseller.country);
  const facts = { ...regionFacts("provider", provider.country), ...regionFacts("reseller", reseller.country) };
  if (!providerRegion.ok || !resellerRegion.ok) {
    const unknown = !providerRegion.ok ? providerRegion.country : resellerRegion.country;
    return fail("SAME-REGION-RELATIONSHIP", `We do not know the country code "${unknown}", so we cannot confirm both partners are in one region.`, facts, !providerRegion.ok ? "indirect-provider" : "indirect-reseller");
  }
  if (providerRegion.region.id !== resellerRegion.region.id) {
    return fail(
      "SAME-REGION-RELATIONSHIP",
      `The provider is in ${placeLabel(provider.country)} and the reseller in ${placeLabel(reseller.country)}; they can work together only within one region.`,
      facts,
      "indirect-reseller",
    );
  }
  return pass("SAME-REGION-RELATIONSHIP", `Provider (${providerRegion.country}) and reseller (${resellerRegion.country}) are both in region ${providerRegion.region.name}.`, facts, "indirect-reseller");
}
