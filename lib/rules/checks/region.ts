// SAME-REGION-SALE and SAME-REGION-RELATIONSHIP. An unknown country fails: it is never read as "allowed".
import { citing, fail, msg, p, pass } from "../findings";
import { regionOf, type RegionLookup } from "../regions";
import type { Finding, Partner } from "../types";

const SAME_REGION_SALE = citing("SAME-REGION-SALE");
const SAME_REGION_RELATIONSHIP = citing("SAME-REGION-RELATIONSHIP");

function regionIdOf(lookup: RegionLookup): string | null {
  return lookup.ok ? lookup.region.id : null;
}

/** The customer's tenant country must be in the seller's CSP region. */
export function checkSameRegionSale(seller: Partner, customerCountry: string): Finding {
  const sellerRegion = regionOf(seller.country);
  const customerRegion = regionOf(customerCountry);
  const facts = {
    sellerCountry: sellerRegion.country,
    sellerRegion: regionIdOf(sellerRegion),
    customerCountry: customerRegion.country,
    customerRegion: regionIdOf(customerRegion),
  };
  if (!customerRegion.ok) {
    return fail(SAME_REGION_SALE, msg("saleUnknownCustomer", { country: customerRegion.country }), facts, "customer");
  }
  if (!sellerRegion.ok) {
    return fail(SAME_REGION_SALE, msg("saleUnknownSeller", { country: sellerRegion.country }), facts, seller.type);
  }
  if (sellerRegion.region.id !== customerRegion.region.id) {
    return fail(
      SAME_REGION_SALE,
      msg("saleOtherRegion", { customerPlace: p.place(customerCountry), seller: p.party(seller.type), sellerPlace: p.place(seller.country) }),
      facts,
      "customer",
    );
  }
  return pass(SAME_REGION_SALE, msg("salePass", { customerPlace: p.place(customerCountry), seller: p.party(seller.type), sellerCountry: sellerRegion.country }), facts, "customer");
}

/** Provider and reseller must be in the same CSP region. */
export function checkSameRegionRelationship(provider: Partner, reseller: Partner): Finding {
  const providerRegion = regionOf(provider.country);
  const resellerRegion = regionOf(reseller.country);
  const facts = {
    providerCountry: providerRegion.country,
    providerRegion: regionIdOf(providerRegion),
    resellerCountry: resellerRegion.country,
    resellerRegion: regionIdOf(resellerRegion),
  };
  if (!providerRegion.ok || !resellerRegion.ok) {
    const unknown = !providerRegion.ok ? providerRegion.country : resellerRegion.country;
    return fail(SAME_REGION_RELATIONSHIP, msg("relUnknown", { country: unknown }), facts, !providerRegion.ok ? "indirect-provider" : "indirect-reseller");
  }
  if (providerRegion.region.id !== resellerRegion.region.id) {
    return fail(
      SAME_REGION_RELATIONSHIP,
      msg("relOtherRegion", { providerPlace: p.place(provider.country), resellerPlace: p.place(reseller.country) }),
      facts,
      "indirect-reseller",
    );
  }
  return pass(SAME_REGION_RELATIONSHIP, msg("relPass", { provider: providerRegion.country, reseller: resellerRegion.country, region: p.region(providerRegion.region.id) }), facts, "indirect-reseller");
}
