import { regionOf } from "@/lib/rules/regions";

/** The region id to store beside a country; an unknown country is refused, never stored with a guess. */
export function regionIdOf(country: string): string {
  const lookup = regionOf(country);
  if (!lookup.ok) throw new Error(`Unknown country code ${country}`);
  return lookup.region.id;
}
