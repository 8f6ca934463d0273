// The database goes away and comes back, without touching the machine's Postgres: a second production server (same
// build) talks to a throw-away database through a TCP relay that the test cuts and restores.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { expect, test } from "@playwright/test";
import { TcpProxy } from "./support/tcp-proxy";
import { DEMO_PASSWORD, demo } from "./support/sign-in";

const serverUrl = new URL(process.env.E2E_FAULT_POSTGRES_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const basePort = Number(process.env.E2E_PORT ?? 3100);
const appPort = basePort + 1;
const proxyPort = basePort + 30_000 < 65_000 ? basePort + 30_000 : basePort + 1000;
const origin = `http://127.0.0.1:${appPort}`;
const databaseName = `csp_fault_${randomBytes(5).toString("hex")}`;

let app: ChildProcess | undefined;
const proxy = new TcpProxy(proxyPort, { host: serverUrl.hostname, port: Number(serverUrl.port || 5432) });
const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });

let serverLog = "";
function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so that stopping it stops everything it started.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"], detached: true });
  // Always drain the pipe (a full pipe would block the server); keep the tail for a failure message.
  child.stderr!.on("data", (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-4000)));
  return child;
}

async function waitFor(check: () => Promise<boolean>, what: string, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const health = async () => (await fetch(`${origin}/api/v1/health`)).status;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  await admin.unsafe(`create database ${databaseName}`);
  const direct = new URL(serverUrl);
  direct.pathname = `/${databaseName}`;
  test.setTimeout(120_000);
  const seeded = run("npx", ["tsx", "scripts/db-seed.ts"], { DATABASE_URL: direct.toString(), SEED_PASSWORD: DEMO_PASSWORD });
  expect(await new Promise((resolve) => seeded.on("exit", resolve))).toBe(0);
  await proxy.open();
  const viaProxy = new URL(direct);
  viaProxy.host = `127.0.0.1:${proxyPort}`;
  app = run(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(appPort)], {
    DATABASE_URL: viaProxy.toString(),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitFor(async () => (await health()) === 200, "the second server");
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("server log", { body: serverLog });
});

test.afterAll(async () => {
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  await proxy.cut();
  await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
});

test("pages show a friendly error and the API answers 503 while the database is away; both recover by themselves", async ({ page }) => {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill(demo.providerMember);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Resellers" })).toBeVisible();

  await proxy.cut();
  expect(await health()).toBe(503);
  await page.goto(`${origin}/settings`);
  await expect(page.getByRole("heading", { name: "This page is not available right now" })).toBeVisible();
  await expect(page.getByText("Nothing you saved is lost")).toBeVisible();

  await proxy.open();
  await waitFor(async () => (await health()) === 200, "recovery", 20);
  await page.getByRole("button", { name: "Try again" }).click();
  await page.goto(`${origin}/settings`);
  await expect(page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
});

test("a server action during the outage says nothing was changed, and works once the database is back", async ({ page }) => {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill(demo.providerAdmin);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
  await page.goto(`${origin}/settings`);
  await page.getByLabel("Display name").fill("Anna (outage)");
  await proxy.cut();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/not available right now|Nothing was changed/).first()).toBeVisible();
  await proxy.open();
  await waitFor(async () => (await health()) === 200, "recovery", 20);
  await page.goto(`${origin}/settings`);
  await expect(page.getByTestId("whoami")).not.toContainText("Anna (outage)");
  await page.getByLabel("Display name").fill("Anna after outage");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your display name was saved.")).toBeVisible();
});
