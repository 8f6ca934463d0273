import { sql } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";

type Row = Record<string, unknown>;

/** Rows of a raw query on either driver (PGlite answers `{ rows }`, postgres.js an array). */
export async function rowsOf(db: OpenDatabase["db"], query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
}

/**
 * The bookkeeping of every partner API call, which a refused call writes too (that is its point): the token's request
 * count, its last use and the call's audit event. The fingerprint leaves them out; tests of the API check them.
 */
const callBookkeeping: Record<string, string> = {
  api_rate_limits: "select null::text as row where false",
  api_tokens: "select row(id, organization_id, name, token_hash, prefix, scopes, created_by_user_id, created_at, expires_at, revoked_at)::text as row from api_tokens",
  audit_events: "select t::text as row from audit_events t where action <> 'api.request'",
};

/** A fingerprint of every row of every table: equal before and after means nothing was written. */
export async function databaseFingerprint({ db }: Pick<OpenDatabase, "db">): Promise<Record<string, string>> {
  const tables = await rowsOf(db, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const fingerprint: Record<string, string> = {};
  for (const { table_name } of tables) {
    const name = String(table_name);
    const rows = callBookkeeping[name] ?? `select t::text as row from "${name}" t`;
    const [row] = await rowsOf(db, sql.raw(`select count(*)::text as n, coalesce(md5(string_agg(r.row, '|' order by r.row)), '') as h from (${rows}) r`));
    fingerprint[name] = `${row?.n}:${row?.h}`;
  }
  return fingerprint;
}
