// `npm run db:seed:large`: adds one distributor with 20,000 resellers and 200,000 customers to the configured
// database (DATABASE_URL, else the embedded one), for the reseller list's scale goal. Runs once; then ANALYZE.
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { LARGE_PROVIDER, seedLargeVolume } from "@/lib/db/seed/seed-large";
import { runScript } from "./run-script";

await runScript(async () => {
  const config = env();
  const database = await openDatabase(config, { migrate: true });
  try {
    const started = performance.now();
    const wrote = await seedLargeVolume(database, config.SEED_PASSWORD);
    if (wrote) await database.db.execute(sql`analyze`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(wrote ? `Seeded ${LARGE_PROVIDER.legalName}: 20,000 resellers, 200,000 customers in ${seconds}s.` : "The large volume is already there.");
    console.log(`Sign in as ${LARGE_PROVIDER.adminEmail} (password: the demo password) to browse it.`);
  } finally {
    await database.close();
  }
});
