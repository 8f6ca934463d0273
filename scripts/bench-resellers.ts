// `npm run bench:resellers`: median and p95 server time of the reseller list page's queries (a filter and a search,
// with the funnel) and of verifying 5,000 Partner IDs (10 chunks of 500, as the page sends them), against the
// configured database with the large volume (`npm run db:seed:large`). Informational; goal: list < 150 ms median.
// Runs with the `react-server` condition so the server-only data layer can be imported outside Next.
import { eq } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { setDatabaseForTests } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { LARGE_PROVIDER } from "@/lib/db/seed/seed-large";
import type { Actor } from "@/lib/data/actor";
import { listResellersOfProvider, readinessFunnel } from "@/lib/data/relationships";
import { verifyPartnerIds } from "@/lib/data/verify-mpa";
import { parseResellerListQuery, VERIFY_CHUNK_SIZE } from "@/lib/validation/resellers";
import { runScript } from "./run-script";

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${samples.length} runs)`;
}

async function time(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await task(); // warm-up: connections, plans, caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

await runScript(async () => {
  const config = env();
  const database = await openDatabase(config, { migrate: true });
  setDatabaseForTests(database);
  try {
    const [provider] = await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, LARGE_PROVIDER.partnerId));
    if (!provider) throw new Error("No large volume here: run `npm run db:seed:large` first.");
    const actor: Actor = {
      userId: "00000000-0000-4000-8000-000000000000",
      email: LARGE_PROVIDER.adminEmail,
      name: "Bench",
      role: "admin",
      organizationId: provider.id,
      organizationName: LARGE_PROVIDER.legalName,
      partnerType: "indirect-provider",
      customerId: null,
      customerName: null,
      audience: "indirect-provider",
      twoFactorEnabled: false,
      mustEnrolTwoFactor: false,
      emailVerified: true,
    locale: null,
    };
    console.log(`Database: ${database.driver}${database.driver === "postgres" ? "" : " (embedded)"}`);

    const filtered = parseResellerListQuery({ q: "cloud", status: "active", readiness: "mpa-signed" });
    const deepPage = parseResellerListQuery({ status: "live", readiness: "not-mpa-signed", sort: "partner-id", page: "100" });
    const defaultView = parseResellerListQuery({});
    const list = await listResellersOfProvider(actor, filtered);
    console.log(`list "cloud", active, MPA signed: ${list.total} matches, page of ${list.rows.length}`);
    console.log(`  list page (list + funnel, as the page runs them): ${stats(await time(30, () => Promise.all([listResellersOfProvider(actor, filtered), readinessFunnel(actor)])))}`);
    console.log(`  list query alone:                                 ${stats(await time(30, () => listResellersOfProvider(actor, filtered)))}`);
    console.log(`  funnel alone:                                     ${stats(await time(30, () => readinessFunnel(actor)))}`);
    console.log(`  default view (all live, by name), page 1:         ${stats(await time(30, () => listResellersOfProvider(actor, defaultView)))}`);
    console.log(`  MPA not signed, by Partner ID, page 100:          ${stats(await time(30, () => listResellersOfProvider(actor, deepPage)))}`);

    // 5,000 lines: known resellers, unknown IDs and a few malformed ones, sent in chunks like the page does.
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 50 === 49 ? `bad-${i}` : String((i % 5 === 4 ? 9000000 : 8000001) + i * 3)));
    const verifyAll = async () => {
      for (let start = 0; start < lines.length; start += VERIFY_CHUNK_SIZE) {
        await verifyPartnerIds(database.db, actor, lines.slice(start, start + VERIFY_CHUNK_SIZE), start + 1);
      }
    };
    console.log(`verify 5,000 Partner IDs (10 chunks of ${VERIFY_CHUNK_SIZE}): ${stats(await time(10, verifyAll))}`);
  } finally {
    setDatabaseForTests(undefined);
    await database.close();
  }
});
