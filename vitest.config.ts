import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The longest files first (the authorization matrix's parts and the hostile-input sweep, minutes each), so that they
 * do not start last and leave one worker busy while the other has nothing left. Vitest orders by the last run's
 * durations when it has them, but CI starts from a fresh install, without them.
 */
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (file: TestSpecification) => file.moduleId.includes("/test/authorization/");
    return [...sorted.filter(long), ...sorted.filter((file) => !long(file))];
  }
}

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server environment; tests run the server code directly.
      "server-only": fileURLToPath(new URL("./test/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    // Migrates one database per run, which every test file's own database is a copy of (test/database.ts).
    globalSetup: ["test/database-template.ts"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    // Signs the test sessions' re-issue proofs and sign-in tickets.
    env: { AUTH_SECRET: "vitest-auth-secret-not-used-anywhere-else" },
    // Two workers even on two cores (Vitest's default leaves one core to itself): a test file spends most of its
    // time in its own database (PGlite runs in the worker; PostgreSQL in its server), and the main process is idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    // A file's set-up (migrating and seeding its database) shares the cores with the other file's.
    hookTimeout: 120_000,
  },
});
