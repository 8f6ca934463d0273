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
  api_tokens: "select row(id, organization_id, name, token_hash, prefix, scopes, created_by_user_id, created_at, expires_at, revoked_at)::text as row from public.api_tokens",
  audit_events: "select t::text as row from public.audit_events t where action <> 'api.request'",
};

/** The tables of `public` (the matrix's backup lives in a schema of its own), in one comma-separated string. */
const TABLE_LIST = "select coalesce(string_agg(c.relname::text, ',' order by c.relname), '') from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')";

/**
 * The fingerprint is one PL/pgSQL function, made once per database for the tables it has then: one round trip per
 * fingerprint, with its plan prepared once (the matrix takes two per cell, several thousand in all). It also answers
 * the table list, so a table added or dropped since is seen (and the function made again), and the transaction
 * snapshot it was taken in (see `databaseFingerprint`).
 */
const SCHEMA = "test_fingerprint";
const SNAPSHOT = "select pg_current_snapshot()::text";
const made = new WeakMap<object, string>();
const last = new WeakMap<object, { snapshot: string; fingerprint: Record<string, string> }>();

async function makeFingerprintFunction(db: OpenDatabase["db"]): Promise<string> {
  const [listRow] = await rowsOf(db, sql.raw(`select (${TABLE_LIST}) as tables`));
  const tableList = String(listRow?.tables ?? "");
  const tables = tableList ? tableList.split(",") : [];
  const parts = tables.map((name) => {
    const rows = callBookkeeping[name] ?? `select t::text as row from public."${name}" t`;
    return `select '${name}'::text, count(*)::text || ':' || coalesce(md5(string_agg(r.row, '|' order by r.row)), '') from (${rows}) r`;
  });
  parts.push(`select '(tables)'::text, (${TABLE_LIST})`, `select '(snapshot)'::text, (${SNAPSHOT})`);
  await db.execute(sql.raw(`create schema if not exists ${SCHEMA}`));
  await db.execute(
    sql.raw(`create or replace function ${SCHEMA}.fingerprint() returns table(fp_table text, fp_value text) language plpgsql as $fingerprint$
begin
  return query ${parts.join("\n    union all ")};
end
$fingerprint$`),
  );
  made.set(db, tableList);
  return tableList;
}

/**
 * A fingerprint of every row of every table: equal before and after means nothing was written.
 *
 * PostgreSQL gives every transaction that writes a row a transaction id, and a snapshot (`pg_current_snapshot()`:
 * the next id, and the ids still running) moves on with each one. So while the snapshot is the one the last
 * fingerprint was taken in, no row can have changed since, and that fingerprint is the answer: a refused call that
 * wrote nothing costs one small query instead of reading every table. Any write (even one that leaves the rows as
 * they were, or one to another database of the same server) moves the snapshot, and every table is read again.
 */
export async function databaseFingerprint({ db }: Pick<OpenDatabase, "db">): Promise<Record<string, string>> {
  const previous = last.get(db);
  if (previous) {
    const [now] = await rowsOf(db, sql.raw(`${SNAPSHOT} as snapshot`));
    if (String(now?.snapshot) === previous.snapshot) return { ...previous.fingerprint };
  }
  const tableList = made.get(db) ?? (await makeFingerprintFunction(db));
  const rows = await rowsOf(db, sql.raw(`select fp_table, fp_value from ${SCHEMA}.fingerprint()`));
  const fingerprint: Record<string, string> = {};
  for (const row of rows) fingerprint[String(row.fp_table)] = String(row.fp_value);
  if (fingerprint["(tables)"] !== tableList) {
    await makeFingerprintFunction(db);
    return databaseFingerprint({ db });
  }
  const snapshot = fingerprint["(snapshot)"]!;
  delete fingerprint["(tables)"];
  delete fingerprint["(snapshot)"];
  last.set(db, { snapshot, fingerprint });
  return { ...fingerprint };
}
