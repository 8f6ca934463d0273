// Prints evaluations per second over a mix of every proposal kind, and the gzipped browser bundle size of the
// rules library. Informational: it never fails the build. Goals: >= 1,000,000 evaluations/s on one core, < 15 kB gzipped.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { evaluate, type Proposal } from "../lib/rules/index";
import { ON, directBill, provider, reseller } from "../test/rules/fixtures";

const mix: Proposal[] = [
  { action: "sell", on: ON, actor: reseller(), provider: provider(), relationship: "active", customer: { country: "DE", otherPartners: 1 } },
  { action: "sell", on: ON, actor: reseller(), relationship: "active", customer: { country: "BR" } },
  { action: "sell", on: ON, actor: directBill(), customer: { country: "FR" }, affiliation: "same-affiliation-group" },
  { action: "buy-for-own-use", on: ON, actor: reseller(), seller: reseller({ partnerId: "2000055" }), sellerProvider: provider(), relationship: "active", tenant: { type: "customer" }, actorCspTenantId: "csp" },
  { action: "buy-for-own-use", on: ON, actor: provider(), seller: directBill(), tenant: { type: "customer", id: "own" }, actorCspTenantId: "csp" },
  { action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller({ country: "IN" }) },
  { action: "associate-reseller-subscription", on: ON, actor: provider(), reseller: reseller({ mpaAcceptedOn: null }), relationship: "active", customer: { country: "AT" } },
  { action: "transact-new-business", on: "2020-01-31", actor: provider(), reseller: reseller(), relationship: "invited" },
  { action: "manage-customer-subscriptions", on: ON, actor: reseller(), customer: { country: "DE", otherPartners: 2 } },
  { action: "enroll", on: ON, actor: directBill({ directBill: { apiIntegration: true, billing: false, support: true, managedServices: true } }), as: "direct-bill" },
  { action: "end-relationship", on: ON, actor: reseller(), counterparty: provider(), relationship: "active", requestedBy: "partner" },
];

// The same kinds under the latest program version, with the facts its dated rules read (and one without them).
const LATER = "2025-06-02";
const standing = { resellerSince: "2021-05-15", anniversaryRevenueUsd: 4_000 };
const laterMix: Proposal[] = [
  ...mix.map((proposal) => ({ ...proposal, on: LATER }) as Proposal),
  { action: "transact-new-business", on: LATER, actor: provider(), reseller: reseller(standing), relationship: "active" },
  { action: "sell", on: LATER, actor: reseller(standing), provider: provider(), relationship: "active", customer: { country: "DE" } },
  { action: "sell", on: LATER, actor: directBill({ assessedOn: "2024-11-01" }), customer: { country: "FR" } },
  { action: "enroll", on: LATER, actor: directBill({ trailingRevenueUsd: 350_000, resellerSince: "2022-01-01", assessedOn: "2025-01-01" }), as: "direct-bill" },
];

/**
 * Evaluations per second of wall-clock time, and per second of this process's CPU time (user + system, all threads,
 * so garbage collection counts too). On a shared machine the wall-clock figure drops with the load; the CPU-time one
 * is what one core does.
 */
function measureThroughput(mix: Proposal[]): { wall: number; cpu: number } {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += evaluate(mix[i % mix.length] as Proposal).findings.length; // warm-up
  const durationMs = 1_500;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let count = 0;
  while (performance.now() - start < durationMs) {
    for (let i = 0; i < 1_000; i++) sink += evaluate(mix[(count + i) % mix.length] as Proposal).findings.length;
    count += 1_000;
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  if (sink < 0) console.log(sink); // keep the work observable so it is not optimised away
  return { wall: count / elapsed, cpu: count / ((cpu.user + cpu.system) / 1e6) };
}

const perSecondText = ({ wall, cpu }: { wall: number; cpu: number }) =>
  `${Math.round(wall).toLocaleString("en")} evaluations/s (${Math.round(cpu).toLocaleString("en")} per CPU-second)`;

async function bundleSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const perSecond = measureThroughput(mix);
console.log(`evaluate(): ${perSecondText(perSecond)} over ${mix.length} proposal kinds (goal >= 1,000,000 on one core)`);
const laterPerSecond = measureThroughput(laterMix);
console.log(`evaluate() under the ${LATER} version: ${perSecondText(laterPerSecond)} over ${laterMix.length} proposals`);
try {
  const library = await bundleSize("../lib/rules/index.ts");
  console.log(`browser bundle lib/rules/index.ts: ${kB(library.raw)} minified, ${kB(library.gzip)} gzipped (goal < 15 kB, region table included)`);
  const withSchema = await bundleSize("../lib/rules/schema.ts");
  console.log(`for reference, lib/rules/schema.ts with zod: ${kB(withSchema.gzip)} gzipped (server and forms only)`);
} catch (error) {
  console.log(`bundle size not measured: ${(error as Error).message}`);
}
