// Words for parties and places, used in explanations.
import { regionOf } from "./regions";
import type { Party } from "./types";

const PARTY_LABELS: Record<Party, string> = {
  microsoft: "Microsoft",
  "indirect-provider": "indirect provider",
  "indirect-reseller": "indirect reseller",
  "direct-bill": "direct-bill partner",
  customer: "customer",
};

export function partyLabel(party: Party): string {
  return PARTY_LABELS[party];
}

/** "DE (region Europe)" or "QQ (unknown country code)". */
export function placeLabel(country: string): string {
  const lookup = regionOf(country);
  return lookup.ok ? `${lookup.country} (region ${lookup.region.name})` : `${lookup.country} (unknown country code)`;
}

export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "1 other partner", "2 other partners" (the rules stay free of the app's helpers, so a small one here). */
export function countOf(count: number, singular: string): string {
  return `${count} ${new Intl.PluralRules("en").select(count) === "one" ? singular : `${singular}s`}`;
}
