// Runs before `next dev`: a development secret on first run, then migrate and seed the embedded database.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const envFile = ".env.local";
const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
if (!/^AUTH_SECRET=/m.test(current)) {
  // Generated per clone rather than committed; .env.local is git-ignored.
  const lines = [`AUTH_SECRET=${randomBytes(32).toString("base64url")}`, "AUTH_TRUST_HOST=true"];
  writeFileSync(envFile, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${lines.join("\n")}\n`);
  console.log(`Wrote a development AUTH_SECRET to ${envFile}.`);
}

await import("./db-seed");
