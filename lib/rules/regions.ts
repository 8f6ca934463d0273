// The country -> CSP region table, as data. The region is always derived from a country, never entered by hand.
import table from "./regions.json";
import { catalogueOf } from "./messages/catalogues";

export type RegionId = (typeof table.regions)[number]["id"];

export interface Region {
  id: RegionId;
  name: string;
  defaultCurrency: string;
  countries: readonly string[];
}

export const REGIONS: readonly Region[] = table.regions as Region[];
/** Date the table reflects (the article's date). */
export const REGIONS_AS_OF: string = table.asOf;

const regionByCountry = new Map<string, Region>();
for (const region of REGIONS) for (const country of region.countries) regionByCountry.set(country, region);

export type RegionLookup = { ok: true; country: string; region: Region } | { ok: false; country: string };

/** Each known code's answer, built once: a lookup by an upper-case code allocates nothing. */
const lookupByCountry = new Map<string, RegionLookup>();
for (const [country, region] of regionByCountry) lookupByCountry.set(country, Object.freeze({ ok: true, country, region }));

/** The CSP region of a country code (case-insensitive). An unknown code is reported, never guessed. */
export function regionOf(country: string): RegionLookup {
  const known = lookupByCountry.get(country);
  if (known !== undefined) return known;
  const code = country.toUpperCase();
  return lookupByCountry.get(code) ?? { ok: false, country: code };
}

export function isKnownCountry(country: string): boolean {
  return regionByCountry.has(country.toUpperCase());
}

/** All country codes the table knows, sorted. */
export const COUNTRY_CODES: readonly string[] = [...regionByCountry.keys()].sort();

// Codes Partner Center uses that are not ISO 3166-1, so Intl has no name for them.
const EXTRA_NAMES: Record<string, string> = { XK: "Kosovo", XS: "Saba", XE: "Sint Eustatius" };

export interface CountryOption {
  code: string;
  name: string;
  regionId: RegionId;
  regionName: string;
}

/**
 * Countries for a select box, sorted by name. Names come from the runtime's Intl data rather than a table of our
 * own, which keeps the library small; codes Intl does not know fall back to a name we hold, then to the code.
 */
export function countryOptions(locale = "en"): CountryOption[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  } catch {
    names = undefined;
  }
  const options = COUNTRY_CODES.map((code): CountryOption => {
    const region = regionByCountry.get(code) as Region;
    const intlName = names?.of(code);
    const name = EXTRA_NAMES[code] ?? (intlName && intlName !== code ? intlName : code);
    const regionName = locale === "nl" ? ((catalogueOf("nl").regions as Record<string, string>)[region.id] ?? region.name) : region.name;
    return { code, name, regionId: region.id, regionName };
  });
  return options.sort((a, b) => a.name.localeCompare(b.name, locale));
}
