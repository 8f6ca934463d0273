import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, openPglite, type OpenDatabase } from "@/lib/db/open";
import { setDatabaseForTests } from "@/lib/db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throw-away database on the
 * PostgreSQL server of TEST_DATABASE_URL when it is set (CI runs the suite both ways). The data layer uses it too.
 * It is a copy of the database the global set-up migrated once (test/database-template.ts), not migrated again.
 */
export async function createTestDatabase(): Promise<OpenDatabase & { drop: () => Promise<void>; url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const template = inject("pgliteTemplate");
    const database = template ? await openPglite("memory://", new Blob([readFileSync(template)])) : await openDatabase({ PGLITE_DIR: "memory://" }, { migrate: true });
    setDatabaseForTests(database);
    return { ...database, drop: async () => { setDatabaseForTests(undefined); await database.close(); } };
  }
  const name = `csp_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const template = inject("postgresTemplate");
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ DATABASE_URL: url.toString(), PGLITE_DIR: "unused" }, { migrate: !template });
  setDatabaseForTests(database);
  return {
    ...database,
    /** For tests that open a second connection, as another app server would. */
    url: url.toString(),
    drop: async () => {
      setDatabaseForTests(undefined);
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
