// `npm run bench:import`: how long the preview of a 10,000-row reseller import takes (parse the file, decide every
// row through the single invitation's checks, keep the preview), against parsing alone as the baseline in the same
// run. Goal: under 2 s. On a throw-away in-memory database with the demo data, or on DATABASE_URL's server when set
// (the preview is written in a transaction that is rolled back, so nothing is left behind).
// Runs with the `react-server` condition so the server-only data layer can be imported outside Next.
import { eq } from "drizzle-orm";
import { openDatabase } from "@/lib/db/open";
import { setDatabaseForTests } from "@/lib/db/client";
import { organizations, users } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import type { Actor } from "@/lib/data/actor";
import { createImportPreview } from "@/lib/data/imports";
import { decideResellerRows } from "@/lib/data/import-decisions";
import { parseImportCsv } from "@/lib/import/parse-csv";
import { resellerColumns } from "@/lib/import/columns";
import { runScript } from "./run-script";

/** Thrown to roll the preview back once timed, so the bench leaves nothing behind. */
class RolledBack extends Error {}

const ROWS = 10_000;
const RUNS = 5;

/** A file like a distributor's export: mostly new resellers in the provider's region, and every kind of bad row. */
function sampleFile(): Uint8Array {
  const countries = ["DE", "FR", "NL", "AT", "IT", "ES", "US", "ZZ"];
  const lines = ["Name;Partner ID;Country;Email"];
  for (let i = 0; i < ROWS; i++) {
    const partnerId = i % 97 === 0 ? "12ab" : i % 89 === 0 ? String(5_300_000 + i - 1) : String(5_300_000 + i);
    lines.push(`"Reseller ${i}, GmbH";${partnerId};${countries[i % countries.length]};admin${i}@reseller-${i}.example`);
  }
  return new TextEncoder().encode(lines.join("\r\n"));
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

await runScript(async () => {
  const config = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: "unused" } : { PGLITE_DIR: "memory://" };
  const database = await openDatabase(config, { migrate: true });
  setDatabaseForTests(database);
  try {
    await seedDemoData(database, "bench-password");
    const [provider] = await database.db.select({ id: organizations.id, name: organizations.legalName }).from(organizations).where(eq(organizations.partnerId, "4100001"));
    const [admin] = await database.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.organizationId, provider!.id)).limit(1);
    const actor: Actor = {
      userId: admin!.id, email: admin!.email, name: "Bench", role: "admin", organizationId: provider!.id, organizationName: provider!.name,
      partnerType: "indirect-provider", customerId: null, customerName: null, audience: "indirect-provider", twoFactorEnabled: false,
      mustEnrolTwoFactor: false, emailVerified: true,
    locale: null,
    };
    const file = sampleFile();
    console.log(`Database: ${database.driver}; file: ${ROWS.toLocaleString("en")} rows, ${(file.byteLength / 1_000_000).toFixed(2)} MB`);

    const parseTimes: number[] = [];
    const decideTimes: number[] = [];
    const previewTimes: number[] = [];
    let counts = { go: 0, already: 0, refused: 0 };
    for (let run = 0; run <= RUNS; run++) {
      let started = performance.now();
      const parsed = parseImportCsv(file, resellerColumns);
      if (!parsed.ok) throw new Error(parsed.message);
      const parseMs = performance.now() - started;
      started = performance.now();
      await decideResellerRows(database.db, provider!.id, parsed.rows);
      const decideMs = performance.now() - started;
      started = performance.now();
      await database.db
        .transaction(async (tx) => {
          const preview = await createImportPreview(tx, actor, "resellers", { name: "bench.csv", bytes: file });
          counts = { go: preview.go, already: preview.already, refused: preview.refused };
          throw new RolledBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RolledBack)) throw error;
        });
      const previewMs = performance.now() - started;
      if (run === 0) continue; // warm-up
      parseTimes.push(parseMs);
      decideTimes.push(decideMs);
      previewTimes.push(previewMs);
    }
    const parseMedian = median(parseTimes);
    const previewMedian = median(previewTimes);
    console.log(`Rows decided: ${counts.go} to invite, ${counts.already} already linked, ${counts.refused} refused`);
    console.log(`Baseline, parsing alone:                  median ${parseMedian.toFixed(0)} ms (${RUNS} runs)`);
    console.log(`Deciding the parsed rows alone:           median ${median(decideTimes).toFixed(0)} ms`);
    console.log(`Preview (parse + decide + keep the rows): median ${previewMedian.toFixed(0)} ms, max ${Math.max(...previewTimes).toFixed(0)} ms (${RUNS} runs)`);
    console.log(`Ratio preview / parsing: ${(previewMedian / parseMedian).toFixed(1)}x. Goal: preview under 2000 ms: ${previewMedian < 2000 ? "met" : "NOT met"}.`);
  } finally {
    setDatabaseForTests(undefined);
    await database.close();
  }
});

