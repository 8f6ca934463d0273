import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * "The name contains this text", ignoring case and accents: both sides go through search_text() (lower case,
 * unaccented; drizzle/…_name-search-sql.sql), and the trigram index on search_text(name) answers the LIKE. `%` and `_`
 * typed in a search are letters, not wildcards.
 */
export function nameContains(column: AnyColumn, text: string): SQL {
  const literal = text.replace(/[\\%_]/g, (character) => `\\${character}`);
  return sql`search_text(${column}) like '%' || search_text(${literal}) || '%'`;
}
