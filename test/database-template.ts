import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "@/lib/db/open";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data folder (a tar file), which every test file's in-memory database starts from. */
    pgliteTemplate: string;
    /** A migrated, empty database on the TEST_DATABASE_URL server, which every test file's database is copied from. */
    postgresTemplate: string;
  }
}

/**
 * Vitest global set-up: the migrations run once per run, here, instead of once per test file (on PGlite they were
 * most of a file's set-up). Every test file still gets a database of its own (test/database.ts), a copy of this one:
 * on PGlite a load of the dumped data folder, on PostgreSQL `create database … template`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const folder = mkdtempSync(path.join(tmpdir(), "csp-test-template-"));
    const file = path.join(folder, "pglite.tar");
    const database = await openDatabase({ PGLITE_DIR: "memory://" }, { migrate: true });
    const client = (database.db as unknown as { $client: { dumpDataDir: (compression: "none") => Promise<Blob> } }).$client;
    writeFileSync(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
    await database.close();
    project.provide("pgliteTemplate", file);
    project.provide("postgresTemplate", "");
    return async () => rmSync(folder, { recursive: true, force: true });
  }
  const name = `csp_template_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ DATABASE_URL: url.toString(), PGLITE_DIR: "unused" }, { migrate: false });
  await migrateDatabase(database);
  await database.close(); // a template must have no connections while it is copied
  project.provide("pgliteTemplate", "");
  project.provide("postgresTemplate", name);
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
