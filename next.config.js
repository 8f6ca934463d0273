/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM that must load from node_modules, not be bundled into the server output or static folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
