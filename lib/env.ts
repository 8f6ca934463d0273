import { z } from "zod";

/** The app's configuration, read from the environment once and checked; nothing else reads `process.env`. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server; when absent the embedded PGlite database in `PGLITE_DIR` is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  /** Folder of the embedded database, or `memory://` for a throw-away one. */
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  /** The password every demo user gets when the demo data is seeded. */
  SEED_PASSWORD: z.string().min(8).default("csp-demo-2026"),
  /** Where outgoing email goes (`smtp://user:pass@host:port`); without it messages are printed in the terminal. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
  /** The sender of outgoing email. */
  MAIL_FROM: z.string().min(3).default("CSP Partner Hub <no-reply@csp-partner-hub.example>"),
  /** The app's public address, for links in email (falls back to AUTH_URL, then the local dev server). */
  APP_URL: z.url().optional(),
  AUTH_URL: z.url().optional(),
  /** Partner Center's REST API (`https://api.partnercenter.microsoft.com`) or the simulator (`npm run pc:simulator`). */
  PARTNER_CENTER_URL: z.url().optional(),
  /** The Entra ID app registration used for App+User tokens; without it a loopback PARTNER_CENTER_URL uses the simulator's sign-in. */
  PARTNER_CENTER_CLIENT_ID: z.string().min(1).optional(),
  PARTNER_CENTER_CLIENT_SECRET: z.string().min(1).optional(),
  /** 32 bytes, base64: seals stored Partner Center tokens (derived from AUTH_SECRET when absent). */
  PARTNER_CENTER_TOKEN_KEY: z.string().min(1).optional(),
  /** Partner API requests one token may make per minute (shared by every app server through the database). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** "1" lets webhook endpoints point at loopback, private and link-local addresses, over http too (development and tests only). */
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The app's public origin, for absolute links in email. */
export function appUrl(): string {
  const { APP_URL, AUTH_URL } = env();
  return (APP_URL ?? AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "").replace(/\/api\/auth$/, "");
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    PGLITE_DIR: process.env.PGLITE_DIR || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    SEED_PASSWORD: process.env.SEED_PASSWORD || undefined,
    SMTP_URL: process.env.SMTP_URL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    APP_URL: process.env.APP_URL || undefined,
    AUTH_URL: process.env.AUTH_URL || undefined,
    PARTNER_CENTER_URL: process.env.PARTNER_CENTER_URL || undefined,
    PARTNER_CENTER_CLIENT_ID: process.env.PARTNER_CENTER_CLIENT_ID || undefined,
    PARTNER_CENTER_CLIENT_SECRET: process.env.PARTNER_CENTER_CLIENT_SECRET || undefined,
    PARTNER_CENTER_TOKEN_KEY: process.env.PARTNER_CENTER_TOKEN_KEY || undefined,
    API_RATE_LIMIT_PER_MINUTE: process.env.API_RATE_LIMIT_PER_MINUTE || undefined,
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
