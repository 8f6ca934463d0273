// Prints the first-load JavaScript of pages: starts the production build (`next build` first) on a free port with a
// throw-away database, loads each page as an anonymous visitor, and sums the gzipped size of every <script src> chunk
// the HTML loads. Next 16 with Turbopack no longer prints per-route sizes, so this is how we state them.
//   npx tsx scripts/measure-page-js.ts [--verbose] [/check /rules ...]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const paths = args.filter((arg) => arg.startsWith("/")).length ? args.filter((arg) => arg.startsWith("/")) : ["/check", "/rules"];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/** The chunk's bytes, read from the build output (what the server would send). */
function chunkBytes(src: string): Buffer {
  const file = join(".next", src.replace(/^\/_next\//, "").split("?")[0]!);
  return readFileSync(file);
}

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npx next build` first.");
  process.exit(1);
}

const port = await freePort();
const server = spawn("npx", ["next", "start", "-p", String(port)], {
  env: { ...process.env, PGLITE_DIR: "memory://", DATABASE_URL: "", AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/rules`);
  for (const path of paths) {
    const response = await fetch(`${base}${path}`);
    const html = await response.text();
    const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
    // `nomodule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules: not first-load JS.
    const isLegacy = (tag: RegExpMatchArray) => /\bnomodule\b/i.test(`${tag[1]} ${tag[3]}`);
    const sources = [...new Set(tags.filter((tag) => !isLegacy(tag)).map((tag) => tag[2]!))];
    const legacy = [...new Set(tags.filter(isLegacy).map((tag) => tag[2]!))];
    let raw = 0;
    let gzip = 0;
    for (const src of sources) {
      const bytes = chunkBytes(src);
      const zipped = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzip += zipped;
      if (verbose) console.log(`  ${src}: ${kB(zipped)} gzipped`);
    }
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1]!), 0);
    console.log(
      `${path} (HTTP ${response.status}): first-load JS ${kB(gzip)} gzipped (${kB(raw)} raw) in ${sources.length} chunks; ` +
        `plus ${kB(inline)} of inline data scripts in the HTML (${kB(gzipSync(html).length)} gzipped page)` +
        (legacy.length ? `; not counted: ${legacy.length} nomodule polyfill chunk(s) of ${kB(legacy.reduce((sum, src) => sum + gzipSync(chunkBytes(src), { level: 9 }).length, 0))} gzipped` : ""),
    );
  }
} finally {
  // The server runs in its own process group: end it and its children.
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
