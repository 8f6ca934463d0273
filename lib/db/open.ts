import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Env } from "@/lib/env";
import * as schema from "./schema";
import { acquireFolderLock, releaseFolderLock } from "./folder-lock";
import { loadCountryRegions } from "./country-regions";

export type OpenDatabase = {
  db: PgDatabase<PgQueryResultHKT, typeof schema>;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Opens PGlite (default) or PostgreSQL (`DATABASE_URL`) behind one Drizzle type; migrates when asked. */
export async function openDatabase(
  config: Pick<Env, "DATABASE_URL" | "PGLITE_DIR">,
  options: { migrate: boolean },
): Promise<OpenDatabase> {
  const opened = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL) : await openPglite(config.PGLITE_DIR);
  if (options.migrate) await migrateDatabase(opened);
  return opened;
}

/** PGlite in `folder` (`memory://` for none); `loadDataDir` starts it from a dumped data folder (the tests' template). */
export async function openPglite(folder: string, loadDataDir?: Blob): Promise<OpenDatabase> {
  const inMemory = folder.startsWith("memory://");
  if (!inMemory) acquireFolderLock(folder);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  // Name search (drizzle/…_name-search-sql.sql) uses trigram indexes and accent folding; PGlite loads them as extensions.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const extensions = { pg_trgm, unaccent };
  const client = inMemory ? new PGlite({ extensions, loadDataDir }) : new PGlite(path.resolve(folder), { extensions, loadDataDir });
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as OpenDatabase["db"];
  return {
    db,
    driver: "pglite",
    close: async () => {
      await client.close();
      if (!inMemory) releaseFolderLock(folder);
    },
  };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 5 });
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as OpenDatabase["db"];
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

export async function migrateDatabase(opened: OpenDatabase): Promise<void> {
  if (opened.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(opened.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(opened.db as never, { migrationsFolder });
  }
  await loadCountryRegions(opened.db);
}
