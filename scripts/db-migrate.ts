// `npm run db:migrate`: applies the committed migrations to the configured database (PGlite folder or DATABASE_URL).
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { runScript } from "./run-script";

await runScript(async () => {
  const database = await openDatabase(env(), { migrate: true });
  await database.close();
  console.log(`Migrated the ${database.driver} database.`);
});
