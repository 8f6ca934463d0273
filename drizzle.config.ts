import { defineConfig } from "drizzle-kit";

// `generate` needs no connection; `migrate` in this project goes through `npm run db:migrate` (lib/db/migrate.ts),
// which knows both drivers and holds the PGlite folder lock.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
  casing: "snake_case",
});
