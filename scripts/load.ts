// `npm run load`: a load test on loopback against a production build. Starts `next start` on a fresh embedded
// database, signs in as a provider admin, then runs autocannon for a fixed time on the public evaluate API and on the
// signed-in reseller list; prints requests/s, p50/p99 latency and errors, and stops the server.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import autocannon from "autocannon";
import { ON, provider, reseller } from "@/test/rules/fixtures";
import { signInOverHttp } from "./http-sign-in";

const port = Number(process.env.LOAD_PORT ?? 3104);
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 10);
const origin = `http://127.0.0.1:${port}`;
const password = "csp-demo-2026";
const folder = ".data/load";
const env = { ...process.env, PGLITE_DIR: folder, DATABASE_URL: "", SEED_PASSWORD: password, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };

function step(command: string, args: string[]) {
  const result = spawnSync(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

if (!existsSync(".next/BUILD_ID")) step("npx", ["next", "build"]);
rmSync(folder, { recursive: true, force: true });
step("npx", ["tsx", "scripts/db-seed.ts"]);

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "ignore", detached: true });
let stopped = false;
const stop = () => {
  if (stopped || !server.pid) return;
  stopped = true;
  process.kill(-server.pid, "SIGTERM");
};
process.on("exit", stop);

try {
  for (let i = 0; ; i++) {
    if (await fetch(`${origin}/api/v1/health`).then((r) => r.ok).catch(() => false)) break;
    if (i > 120) throw new Error("The server did not start.");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const cookie = await signInOverHttp(origin, "anna@contoso-distribution.example", password);
  const check = await fetch(`${origin}/resellers`, { headers: { cookie } });
  if (!check.ok || !(await check.text()).includes("Resellers")) throw new Error(`Signed-in reseller list answered ${check.status}`);

  const proposal = JSON.stringify({ action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller() });
  const results = [
    await measure("POST /api/v1/evaluate", { url: `${origin}/api/v1/evaluate`, method: "POST", headers: { "content-type": "application/json" }, body: proposal }),
    await measure("GET /resellers (signed in)", { url: `${origin}/resellers`, headers: { cookie } }),
  ];
  console.table(results);
  if (results.some((r) => r.errors > 0)) process.exitCode = 1;
} finally {
  stop();
}

async function measure(name: string, options: autocannon.Options) {
  const result = await autocannon({ connections, duration: seconds, ...options });
  return {
    endpoint: name,
    "requests/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
