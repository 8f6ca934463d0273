import { sql } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";
import { rowsOf } from "./snapshot";

/**
 * The tables matrix cells write to (besides audit events), with their keys, in the order their new rows
 * can be deleted (children first). A copy taken once, in a schema of its own (the fingerprint reads only `public`),
 * lets `restoreTables` put every row back and drop the rows a cell added: one pass per table, cheap on small data.
 */
const restored: { table: string; key: string[]; deleteNew: boolean }[] = [
  { table: "import_rows", key: ["import_id", "line"], deleteNew: true },
  { table: "imports", key: ["id"], deleteNew: true },
  { table: "api_tokens", key: ["id"], deleteNew: true },
  { table: "webhook_deliveries", key: ["id"], deleteNew: true },
  { table: "webhook_endpoints", key: ["id"], deleteNew: true },
  { table: "compliance_scans", key: ["id"], deleteNew: true },
  { table: "jobs", key: ["id"], deleteNew: true },
  { table: "partner_center_connections", key: ["organization_id"], deleteNew: true },
  { table: "order_requests", key: ["id"], deleteNew: true },
  { table: "mpa_reminders", key: ["provider_id", "reseller_id"], deleteNew: true },
  { table: "team_invitations", key: ["id"], deleteNew: true },
  { table: "user_sessions", key: ["session_id"], deleteNew: true },
  { table: "subscriptions", key: ["id"], deleteNew: true },
  { table: "management_relationships", key: ["id"], deleteNew: true },
  { table: "customer_consent_requests", key: ["id"], deleteNew: true },
  { table: "customer_partners", key: ["customer_id", "partner_organization_id"], deleteNew: true },
  { table: "tenants", key: ["id"], deleteNew: true },
  { table: "customers", key: ["id"], deleteNew: true },
  { table: "termination_requests", key: ["id"], deleteNew: true },
  { table: "invitations", key: ["id"], deleteNew: true },
  { table: "provider_reseller_relationships", key: ["id"], deleteNew: true },
  // New organizations (sign-ups) stay: their audit events, which cannot be changed, point at them.
  { table: "organizations", key: ["id"], deleteNew: false },
  // Roles and removals made by cells are put back; users who joined a team stay (audit events name them).
  { table: "users", key: ["id"], deleteNew: false },
];

export const BACKUP_SCHEMA = "matrix_backup";
const BACKUP = BACKUP_SCHEMA;

export async function backUpTables({ db }: Pick<OpenDatabase, "db">): Promise<void> {
  await db.execute(sql.raw(`drop schema if exists ${BACKUP} cascade`));
  await db.execute(sql.raw(`create schema ${BACKUP}`));
  for (const { table } of restored) await db.execute(sql.raw(`create table ${BACKUP}.${table} as table public.${table}`));
}

/** Statements that put the backed-up rows back (first, so no kept row points at a new one) and delete new rows. */
export async function restoreStatements({ db }: Pick<OpenDatabase, "db">): Promise<string[]> {
  const updates: string[] = [];
  const deletes: string[] = [];
  for (const { table, key, deleteNew } of restored) {
    const columns = (await rowsOf(db, sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`)).map(
      (row) => `"${String(row.column_name)}"`,
    );
    const matches = key.map((column) => `b.${column} = t.${column}`).join(" and ");
    updates.push(
      `update public.${table} t set (${columns.join(", ")}) = row(${columns.map((c) => `b.${c}`).join(", ")}) from ${BACKUP}.${table} b where ${matches} and row(t.*) is distinct from row(b.*)`,
    );
    if (deleteNew) deletes.push(`delete from public.${table} t where not exists (select 1 from ${BACKUP}.${table} b where ${matches})`);
  }
  return [...updates, ...deletes];
}
