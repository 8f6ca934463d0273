import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import regionTable from "@/lib/rules/regions.json";
import { countryRegions } from "./schema";

/** Mirrors the rules library's country -> region table into the database, so foreign keys can check stored regions. */
export async function loadCountryRegions(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>): Promise<void> {
  const rows = regionTable.regions.flatMap((region) =>
    region.countries.map((country) => ({ country, region: region.id })),
  );
  await db
    .insert(countryRegions)
    .values(rows)
    .onConflictDoUpdate({ target: countryRegions.country, set: { region: sql`excluded.region` } });
}
