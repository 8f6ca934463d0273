import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SMTP_PORT } from "./e2e/support/mail-config";

const port = Number(process.env.E2E_PORT ?? 3100);
// One secret per run, shared with the test workers (they inherit the environment), so a spec can look for it in the
// client bundle.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium: no browser download here. Flags keep it off the (closed) network.
const chromium = "/usr/bin/chromium";
const launchOptions = existsSync(chromium)
  ? {
      executablePath: chromium,
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  // A real SMTP server for the app's mail; specs read what it received (e2e/support/mail.ts).
  globalSetup: "./e2e/support/mail-server.ts",
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 7_500 },
  use: {
    baseURL,
    // Recording a trace costs every test a DOM snapshot and a screenshot per step, and "retain-on-failure" records
    // one for every test only to throw away those that pass. In CI (one retry) a failing test's retry records one;
    // a local run (no retries) keeps recording each test, for the trace of whichever fails.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // A production build (scripts/e2e-build.sh; `npm test` runs it ahead, beside Vitest on PostgreSQL, and sets
    // E2E_PREBUILT=1) on its own fresh embedded database, migrated and seeded before it starts.
    command: `rm -rf .data/e2e && ${process.env.E2E_PREBUILT === "1" ? "" : "bash scripts/e2e-build.sh && "}npm run db:seed && npm run start -- -p ${port}`,
    url: `${baseURL}/sign-in`,
    // A production build takes 2–4 minutes alone, and more on a busy machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PGLITE_DIR: ".data/e2e",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      SEED_PASSWORD: "csp-demo-2026",
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      APP_URL: baseURL,
      // e2e/webhooks.spec.ts receives the app's webhooks on a loopback server of its own.
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: "1",
    },
  },
});
