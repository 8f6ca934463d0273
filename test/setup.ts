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
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (f: unknown) => f }));
