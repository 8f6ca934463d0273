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
