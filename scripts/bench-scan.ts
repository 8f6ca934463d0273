// `npm run bench:scan`: the compliance scan over the large distributor's book of 1,000,000 subscriptions, on the
// configured database (DATABASE_URL for PostgreSQL; the goal, under 5 s, is set there). Seeds the large volume first
// when it is missing (set-based SQL, as `npm run db:seed:large` does) and tops its book up to 1,000,000 subscriptions.
// Prints the time and where it went (reading rows, looking up facts, evaluating, storing findings).
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { setDatabaseForTests } from "@/lib/db/client";
import { complianceScans, organizations, subscriptions } from "@/lib/db/schema";
import { LARGE_PROVIDER, seedLargeVolume } from "@/lib/db/seed/seed-large";
import { LARGE_SUBSCRIPTIONS, seedLargeSubscriptions } from "@/lib/db/seed/seed-large-subscriptions";
import { runComplianceScan } from "@/lib/data/compliance-scan-run";
import { rowsOf } from "@/lib/data/compliance-scan-sql";
import { runScript } from "./run-script";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * CPU time (ms) of this database's server processes, when the server runs on this machine (/proc readable): with the
 * process's own CPU time, what the scan costs whatever the neighbours on a shared machine are doing.
 */
async function serverCpuMs(db: Db): Promise<number | null> {
  const rows = await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`);
  const pids = rowsOf<{ pid: number }>(rows);
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

await runScript(async () => {
  const config = env();
  const database = await openDatabase(config, { migrate: true });
  setDatabaseForTests(database);
  const { db } = database;
  try {
    console.log(`Database: ${database.driver}${database.driver === "postgres" ? "" : " (embedded; the goal is set on PostgreSQL)"}`);
    const seedStarted = performance.now();
    // Freshly loaded tables have no statistics and no visibility map until autovacuum gets to them (it may be off, as
    // on this machine): without the map, every index-only pass over the book reads the heap too (listing the pairs
    // took 0.5 s instead of 0.13 s). `npm run db:seed:large` ends the same way.
    const settle = () => db.execute(sql`vacuum analyze`);
    if (await seedLargeVolume(database, config.SEED_PASSWORD)) {
      await settle();
      console.log(`Seeded the large volume in ${seconds(performance.now() - seedStarted)}.`);
    }
    const [provider] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, LARGE_PROVIDER.partnerId));
    const [{ book } = { book: 0 }] = await db.select({ book: sql<number>`count(*)::int` }).from(subscriptions).where(eq(subscriptions.billingPartnerId, provider!.id));
    if (book < LARGE_SUBSCRIPTIONS) {
      const started = performance.now();
      await db.transaction((tx) => seedLargeSubscriptions(tx, provider!.id, LARGE_SUBSCRIPTIONS - book));
      await settle();
      console.log(`Added ${(LARGE_SUBSCRIPTIONS - book).toLocaleString("en")} subscriptions in ${seconds(performance.now() - started)}.`);
    }
    // Without autovacuum (some servers, like this machine's, run with it off), every run's deleted findings stay in
    // the table as dead rows, and each run reads and writes through more of them: vacuum as autovacuum would.
    const [{ autovacuum } = { autovacuum: "on" }] = rowsOf<{ autovacuum: string }>(await db.execute(sql`select current_setting('autovacuum') as autovacuum`));
    const vacuum = async () => {
      if (autovacuum === "off") await db.execute(sql`vacuum (analyze) compliance_findings, compliance_scans, provider_reseller_relationships, relationship_status_changes`);
    };
    if (autovacuum === "off") console.log("Autovacuum is off on this server: the bench vacuums the tables a scan writes before each run, as autovacuum would.");
    // A scan left running by an interrupted bench would block the next one.
    await db.update(complianceScans).set({ status: "failed", finishedAt: sql`now()`, error: "Interrupted bench" }).where(eq(complianceScans.status, "running"));
    for (const run of [1, 2]) {
      await vacuum();
      const [scan] = await db.insert(complianceScans).values({ organizationId: provider!.id }).returning({ id: complianceScans.id });
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const serverBefore = database.driver === "postgres" ? await serverCpuMs(db) : null;
      const outcome = (await runComplianceScan(db, scan!.id))!;
      const took = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const serverAfter = database.driver === "postgres" ? await serverCpuMs(db) : null;
      const { read, facts, check, store, compare } = outcome.timings;
      console.log(
        `Run ${run}: ${outcome.subscriptionsChecked.toLocaleString("en")} subscriptions in ${seconds(took)} ` +
          `(${Math.round(outcome.subscriptionsChecked / (took / 1000)).toLocaleString("en")}/s); ${outcome.findings.toLocaleString("en")} findings; ` +
          `${outcome.evaluations.toLocaleString("en")} rule evaluations; new ${outcome.newCount ?? "-"}, fixed ${outcome.fixedCount ?? "-"}`,
      );
      console.log(
        `  wall clock: database classifying and reading ${seconds(read)}, partners and histories ${seconds(facts)}, evaluating ${seconds(check)}, ` +
          `storing findings ${seconds(store)}, comparing with the last scan ${seconds(compare)}, the rest ${seconds(took - read - facts - check - store - compare)}`,
      );
      // On a shared machine the wall clock measures the neighbours too; this process's own CPU time does not.
      const own = (cpu.user + cpu.system) / 1000;
      console.log(`  CPU time of this process (user + system): ${seconds(own)}`);
      if (serverBefore !== null && serverAfter !== null) {
        const server = serverAfter - serverBefore;
        console.log(`  CPU time of the database server's processes for this database: ${seconds(server)}; together ${seconds(own + server)} (the wall clock on an idle machine)`);
      }
    }
  } finally {
    setDatabaseForTests(undefined);
    await database.close();
  }
});
