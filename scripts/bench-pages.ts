// `npm run bench:pages [-- --seconds 10 --rounds 1 --no-build]`: how fast the signed-in list pages answer at scale,
// against the framework's own floor, in one run on this machine. Builds with the bench-only routes (BENCH_ROUTES=1:
// an empty dynamic page, an empty page in the signed-in layout, an empty POST route; see next.config.js) into
// .next-bench, starts `next start` on the configured database (DATABASE_URL, else PGLITE_DIR) which must hold the
// large volume (`npm run db:seed:large -- --resellers 100000 --customers 1000000`), signs in, then runs autocannon
// (10 connections) on each real page and on its floor in alternation, and prints requests/s, p50, p99, errors and the
// ratios. `--only audit,customers` measures just the targets whose name contains one of those words (to iterate on
// one page); `--profile DIR` has the server write a CPU profile (node --cpu-prof) into DIR when it stops. A benchmark, not a test: it prints figures and fails only when a request errs.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import { env as readEnv } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema";
import { ensureLargeResellerAdmin, LARGE_PROVIDER, LARGE_RESELLER_ADMIN } from "@/lib/db/seed/seed-large";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { VERIFY_CHUNK_SIZE } from "@/lib/validation/resellers";
import { ON, provider, reseller } from "@/test/rules/fixtures";
import { signInOverHttp } from "./http-sign-in";
import { runScript } from "./run-script";

const { values: args } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, rounds: { type: "string", default: "1" }, connections: { type: "string", default: "10" }, only: { type: "string" }, profile: { type: "string" }, "no-build": { type: "boolean", default: false } },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const port = Number(process.env.BENCH_PORT ?? 3230);
const origin = `http://127.0.0.1:${port}`;
const distDir = ".next-bench";
const SUPPORT_EMAIL = "sam@program-support.example";

type Target = { name: string; floor: "page" | "post"; options: autocannon.Options; goal: number };
type Measured = { rps: number; p50: number; p99: number; errors: number; requests: number };

await runScript(async () => {
  const config = readEnv();
  const serverEnv = { ...process.env, BENCH_ROUTES: "1", AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  const driver = await prepareDatabase(config);
  // The daily jobs first: on the large volume the re-authorization warnings take minutes, and a server starting its
  // job runner mid-bench would measure them too (on PGlite's one connection, every request waits behind them).
  if (spawnSync("npm", ["run", "-s", "jobs:run"], { stdio: "inherit" }).status !== 0) throw new Error("npm run jobs:run failed");

  if (!args["no-build"] || !existsSync(join(distDir, "BUILD_ID"))) {
    console.log("Building with the bench-only routes (BENCH_ROUTES=1) into .next-bench …");
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env: serverEnv, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const verifyActionId = findActionId("verifyPartnerIds", "app/(app)/resellers/verify/page");

  const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [];
  const server = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port)], { env: serverEnv, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  process.on("exit", stop);
  try {
    await waitForServer();
    const admin = await signInOverHttp(origin, LARGE_PROVIDER.adminEmail, config.SEED_PASSWORD);
    const support = await signInOverHttp(origin, SUPPORT_EMAIL, config.SEED_PASSWORD);
    // Customers are a seller's list (a reseller's or a direct-bill partner's), not a provider's.
    const resellerAdmin = await signInOverHttp(origin, LARGE_RESELLER_ADMIN.email, config.SEED_PASSWORD);
    const get = (path: string, cookie = admin): autocannon.Options => ({ url: `${origin}${path}`, headers: { cookie } });
    // Page 300 as a reader reaches it: by page 299's "Next" link, which carries the keyset cursor.
    const deepPage = await nextLinkOf(`${origin}/resellers?readiness=not-mpa-signed&page=299`, admin);
    // 500 lines, as the verify page sends them (10 such chunks make 5,000 results): known resellers, unknown IDs, a few malformed.
    const chunk = Array.from({ length: VERIFY_CHUNK_SIZE }, (_, i) => (i % 50 === 49 ? `bad-${i}` : String((i % 5 === 4 ? 9000000 : 8000001) + i * 3)));
    const proposal = JSON.stringify({ action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller() });

    const floors = { page: get("/bench-empty"), post: { url: `${origin}/api/bench-empty`, method: "POST", headers: { "content-type": "application/json", cookie: admin }, body: proposal } } satisfies Record<Target["floor"], autocannon.Options>;
    const allTargets: Target[] = [
      { name: "empty page in the signed-in layout", floor: "page", options: get("/bench-in-layout"), goal: 1.3 },
      { name: "GET /resellers", floor: "page", options: get("/resellers"), goal: 2 },
      { name: "GET /resellers?q=works (search)", floor: "page", options: get("/resellers?q=works"), goal: 2 },
      { name: "GET /resellers?status=live&readiness=not-mpa-signed&page=300 (page 299's next link)", floor: "page", options: get(deepPage), goal: 2 },
      { name: "GET /customers (a reseller)", floor: "page", options: get("/customers", resellerAdmin), goal: 2 },
      { name: "GET /customers?q=customer (a reseller)", floor: "page", options: get("/customers?q=customer", resellerAdmin), goal: 2 },
      { name: "GET /audit-log", floor: "page", options: get("/audit-log"), goal: 2 },
      { name: "GET /support/directory (support)", floor: "page", options: get("/support/directory", support), goal: 2 },
      { name: "GET /resellers/verify", floor: "page", options: get("/resellers/verify"), goal: 2 },
      {
        name: `POST verify action (${VERIFY_CHUNK_SIZE} IDs; ×10 = 5,000 results)`,
        floor: "post",
        options: {
          url: `${origin}/resellers/verify`,
          method: "POST",
          headers: { cookie: admin, "next-action": verifyActionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin },
          body: JSON.stringify([{ lines: chunk, firstLine: 1 }]),
        },
        goal: 2,
      },
      { name: "POST /api/v1/evaluate", floor: "post", options: { url: `${origin}/api/v1/evaluate`, method: "POST", headers: { "content-type": "application/json" }, body: proposal }, goal: 1.1 },
    ];
    const only = args.only?.split(",").map((word) => word.trim().toLowerCase()).filter(Boolean);
    const targets = only ? allTargets.filter((target) => only.some((word) => target.name.toLowerCase().includes(word))) : allTargets;
    if (targets.length === 0) throw new Error(`--only ${args.only} matches no target.`);

    for (const target of [...targets.map((t) => t.options), ...Object.values(floors)]) await check(target);
    // Warm-up: JIT, connection pools, query plans.
    for (const target of [...Object.values(floors), ...targets.map((t) => t.options)]) await run({ ...target, duration: 2 });

    const samples = new Map<string, { page: Measured[]; floor: Measured[] }>();
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        // The floor right before its page, so both see the same machine.
        const floor = await run(floors[target.floor]);
        const page = await run(target.options);
        const entry = samples.get(target.name) ?? { page: [], floor: [] };
        entry.floor.push(floor);
        entry.page.push(page);
        samples.set(target.name, entry);
      }
    }

    console.log(`\n${driver}, ${connections} connections, ${seconds} s per run, ${rounds} round(s); ratio = floor ÷ page for requests/s, page ÷ floor for p50`);
    const rows = targets.map((target) => {
      const { page, floor } = samples.get(target.name)!;
      const p = mean(page);
      const f = mean(floor);
      const rpsRatio = f.rps / p.rps;
      const p50Ratio = p.p50 / Math.max(f.p50, 1);
      return {
        route: target.name,
        "req/s": Math.round(p.rps),
        "p50 ms": p.p50,
        "p99 ms": p.p99,
        errors: p.errors,
        [`floor (${target.floor}) req/s`]: Math.round(f.rps),
        "floor p50": f.p50,
        "× req/s": rpsRatio.toFixed(2),
        "× p50": p50Ratio.toFixed(2),
        goal: `≤${target.goal}×`,
        met: rpsRatio <= target.goal && p50Ratio <= target.goal ? "yes" : "no",
      };
    });
    console.table(rows);
    console.log(markdownTable(rows));
    if (rows.some((row) => row.errors > 0)) process.exitCode = 1;
  } finally {
    stop();
  }
});

/** Checks the large volume is there and adds the demo data (for the program-support sign-in) and a reseller's admin; closes before the server opens it. */
async function prepareDatabase(config: ReturnType<typeof readEnv>): Promise<string> {
  const database = await openDatabase(config, { migrate: true });
  try {
    const [large] = await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, LARGE_PROVIDER.partnerId));
    if (!large) throw new Error("No large volume in this database: run `npm run db:seed:large -- --resellers 100000 --customers 1000000` first.");
    await seedDemoData(database, config.SEED_PASSWORD);
    await ensureLargeResellerAdmin(database, config.SEED_PASSWORD);
    return database.driver === "postgres" ? "PostgreSQL" : "PGlite";
  } finally {
    await database.close();
  }
}

/** The id Next gave a server action, read from the build's manifest (the page posts it in the `Next-Action` header). */
function findActionId(exportedName: string, page: string): string {
  const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const ids = Object.entries(manifest.node).filter(([, entry]) => page in entry.workers);
  const named = ids.filter(([, entry]) => entry.exportedName === exportedName);
  if (named.length === 1) return named[0]![0];
  // Older manifests carry no names: find the id next to the name in the page's client chunks.
  for (const [id] of ids) {
    for (const file of readdirSync(join(distDir, "static", "chunks"), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".js")) continue;
      const text = readFileSync(join(distDir, "static", "chunks", file), "utf8");
      const at = text.indexOf(id);
      if (at >= 0 && text.slice(at, at + 300).includes(`"${exportedName}"`)) return id;
    }
  }
  throw new Error(`No server action ${exportedName} found for ${page}`);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; ; i++) {
    if (await fetch(`${origin}/api/v1/health`).then((r) => r.ok).catch(() => false)) return;
    if (i > 240) throw new Error("The server did not start.");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The pager's rel="next" link on a page (its href, unescaped). */
async function nextLinkOf(url: string, cookie: string): Promise<string> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const href = /<a [^>]*href="([^"]+)"[^>]*rel="next"|<a [^>]*rel="next"[^>]*href="([^"]+)"/.exec(html);
  if (!href) throw new Error(`No next link on ${url}`);
  return (href[1] ?? href[2]!).replaceAll("&amp;", "&");
}

/** One request first: a page that redirects (signed out) or fails would otherwise be measured as fast. */
async function check(options: autocannon.Options): Promise<void> {
  const response = await fetch(options.url, { method: options.method ?? "GET", headers: options.headers as Record<string, string>, body: options.body as string | undefined, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${options.method ?? "GET"} ${options.url} answered ${response.status}: ${body.slice(0, 300)}`);
}

async function run(options: autocannon.Options): Promise<Measured> {
  const result = await autocannon({ connections, duration: seconds, ...options });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, requests: result.requests.total };
}

function mean(runs: Measured[]): Measured {
  const avg = (pick: (m: Measured) => number) => runs.reduce((sum, m) => sum + pick(m), 0) / runs.length;
  return { rps: avg((m) => m.rps), p50: Math.round(avg((m) => m.p50)), p99: Math.round(avg((m) => m.p99)), errors: avg((m) => m.errors), requests: avg((m) => m.requests) };
}

function markdownTable(rows: Record<string, string | number>[]): string {
  const headers = Object.keys(rows[0]!);
  return [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${headers.map((h) => row[h]).join(" | ")} |`)].join("\n");
}
