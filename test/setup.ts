import { vi } from "vitest";
import { currentTestSession, updateTestSession } from "./session";

// Server code under test runs outside Next: the session comes from `signInAs`, and cache revalidation is a no-op.
vi.mock("@/auth", () => ({
  auth: async () => currentTestSession(),
  signIn: vi.fn(),
  signOut: vi.fn(),
  unstable_update: async (data: unknown) => updateTestSession(data),
  handlers: {},
}));
// getActor reads the session through the import-light reader: the same test session.
vi.mock("@/lib/auth/read-session", () => ({ readSession: async () => currentTestSession() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (f: unknown) => f }));

// Request-scoped Next APIs, for actions that read headers or set cookies: one in-memory jar per test file.
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  const cookieStore = {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
  return {
    cookies: async () => cookieStore,
    headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1", "x-forwarded-proto": "http" }),
  };
});

// Pages and components read their words through next-intl; outside Next (no request, no provider) they get the
// catalogues of `globalThis.testLocale` straight away: English unless a test sets "nl".
const testLocale = () => ((globalThis as { testLocale?: "en" | "nl" }).testLocale ?? "en");
async function catalogueTranslator() {
  const { createTranslator } = await vi.importActual<typeof import("next-intl")>("next-intl");
  const { catalogues } = await import("@/lib/i18n/catalogue");
  return (namespace?: string) => createTranslator({ locale: testLocale(), messages: catalogues[testLocale()], namespace: namespace as never, timeZone: "UTC" });
}
vi.mock("next-intl/server", async () => {
  const make = await catalogueTranslator();
  return {
    getLocale: async () => testLocale(),
    getTranslations: async (options?: string | { namespace?: string }) => make(typeof options === "string" ? options : options?.namespace),
  };
});
vi.mock("next-intl", async () => {
  const actual = await vi.importActual<typeof import("next-intl")>("next-intl");
  const make = await catalogueTranslator();
  return { ...actual, useLocale: () => testLocale(), useTranslations: (namespace?: string) => make(namespace) };
});
