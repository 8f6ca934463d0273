import "server-only";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env } from "@/lib/env";
import * as schema from "./schema";
import { openDatabase, type OpenDatabase } from "./open";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What a transaction callback receives; the data layer writes through it so that a change and its audit event commit together. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// On globalThis: `next dev` evaluates this module again per bundle layer and per reload, and each copy must share
// one connection (for PGlite, a second instance on the same folder would lose rows).
const holder = globalThis as unknown as { __cspDatabase?: Promise<OpenDatabase> };

/** The app's database, opened and migrated on first use (never as a side effect of importing a module). */
export async function getDb(): Promise<Db> {
  holder.__cspDatabase ??= openDatabase(env(), { migrate: true }).catch((error: unknown) => {
    holder.__cspDatabase = undefined; // let the next request try again, e.g. once Postgres is back
    throw error;
  });
  return (await holder.__cspDatabase).db;
}

/** For tests: run the data layer against a database the test made. */
export function setDatabaseForTests(database: OpenDatabase | undefined): void {
  holder.__cspDatabase = database ? Promise.resolve(database) : undefined;
}
