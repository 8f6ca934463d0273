import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers.mjs";

// next-intl reads each request's language and catalogue from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// `npm run bench:pages` builds with BENCH_ROUTES=1: the bench-only routes (`*.bench.tsx`, `*.bench.ts`: an empty page,
// an empty page in the signed-in layout, an empty POST route) exist only in that build, which goes to its own folder
// so it never replaces the normal build.
const benchRoutes = process.env.BENCH_ROUTES === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: benchRoutes ? ["bench.tsx", "bench.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
  ...(benchRoutes ? { distDir: ".next-bench" } : {}),
  // PGlite ships WASM that must load from node_modules, not be bundled into the server output or static folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // The e2e build (scripts/e2e-build.sh) sets SKIP_BUILD_TYPECHECK=1: `npm test` has run `npm run typecheck` (the
  // same tsc over the same files) just before, so the build does not check the types a second time.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  experimental: {
    // The largest request a server action accepts (Next's default is 1 MB). Sized for the reseller CSV upload: 5,000
    // Partner IDs are well under 100 KB, so 2 MB leaves room for extra columns while refusing huge bodies before any
    // parsing. Forms should check `MAX_UPLOAD_BYTES` (lib/validation/upload.ts) first, for a friendlier message.
    serverActions: { bodySizeLimit: "2mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default withNextIntl(nextConfig);
