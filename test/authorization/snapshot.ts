import { sql } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";

type Row = Record<string, unknown>;

/** Rows of a raw query on either driver (PGlite answers `{ rows }`, postgres.js an array). */
export async function rowsOf(db: OpenDatabase["db"], query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
}

/** A fingerprint of every row of every table: equal before and after means nothing was written. */
export async function databaseFingerprint({ db }: Pick<OpenDatabase, "db">): Promise<Record<string, string>> {
  const tables = await rowsOf(db, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const fingerprint: Record<string, string> = {};
  for (const { table_name } of tables) {
    const name = String(table_name);
    const [row] = await rowsOf(db, sql.raw(`select count(*)::text as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from "${name}" t`));
    fingerprint[name] = `${row?.n}:${row?.h}`;
  }
  return fingerprint;
}
