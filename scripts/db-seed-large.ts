// `npm run db:seed:large [-- --resellers 100000 --customers 1000000 --subscriptions 1000000]`: adds one distributor
// with that many resellers and customers (20,000 and 200,000 by default) to the configured database (DATABASE_URL,
// else the embedded one), for the scale goals. Set-based SQL; runs once, then VACUUM ANALYZE, and says how long it took.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { DEFAULT_LARGE_VOLUME, LARGE_PROVIDER, seedLargeVolume, type LargeVolume } from "@/lib/db/seed/seed-large";
import { runScript } from "./run-script";

function volumeFromArgs(): LargeVolume {
  const { values } = parseArgs({ options: { resellers: { type: "string" }, customers: { type: "string" }, subscriptions: { type: "string" } } });
  const count = (name: keyof LargeVolume, min: number) => {
    const raw = values[name];
    if (raw === undefined) return DEFAULT_LARGE_VOLUME[name];
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isInteger(value) || value < min || value > 10_000_000) throw new Error(`--${name} must be a whole number from ${min} to 10,000,000 (got "${raw}").`);
    return value;
  };
  return { resellers: count("resellers", 1), customers: count("customers", 0), subscriptions: count("subscriptions", 0) };
}

await runScript(async () => {
  const volume = volumeFromArgs();
  const config = env();
  const database = await openDatabase(config, { migrate: true });
  try {
    const started = performance.now();
    const wrote = await seedLargeVolume(database, config.SEED_PASSWORD, volume, (line) => console.log(line));
    if (wrote) {
      const analyzing = performance.now();
      // VACUUM too: a bulk load leaves no visibility map, so index-only scans (the list counts) would visit the heap
      // and the planner's probes of index endpoints would check every fresh tuple until something vacuums.
      await database.db.execute(sql`vacuum analyze`);
      console.log(`vacuum analyze: ${((performance.now() - analyzing) / 1000).toFixed(1)} s`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const n = (value: number) => value.toLocaleString("en");
    console.log(
      wrote
        ? `Seeded ${LARGE_PROVIDER.legalName} on ${database.driver}: ${n(volume.resellers)} resellers, ${n(volume.customers)} customers, ${n(volume.subscriptions)} subscriptions in ${seconds}s.`
        : "The large volume is already there (its size is set when it is first seeded).",
    );
    console.log(`Sign in as ${LARGE_PROVIDER.adminEmail} (password: the demo password) to browse it.`);
  } finally {
    await database.close();
  }
});
