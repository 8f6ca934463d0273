// `npm run db:seed`: migrates, loads the demo data once, and prints the demo sign-ins.
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { printDemoSignIns } from "@/lib/db/seed/demo-sign-ins";
import { connectDemoProviderToSimulator } from "@/lib/db/seed/partner-center-demo";
import { runScript } from "./run-script";

await runScript(async () => {
  const config = env();
  const database = await openDatabase(config, { migrate: true });
  try {
    const wrote = await seedDemoData(database, config.SEED_PASSWORD);
    console.log(wrote ? "Loaded the demo data." : "The demo data is already there.");
    if (await connectDemoProviderToSimulator(database, config)) console.log(`Connected the demo provider to the Partner Center simulator at ${config.PARTNER_CENTER_URL}.`);
  } finally {
    await database.close();
  }
  printDemoSignIns(config.SEED_PASSWORD);
});
