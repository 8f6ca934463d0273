/**
 * Next's `redirect()` for tests that call server actions directly: it throws, like Next's, and the error carries
 * where it pointed. Use as `vi.mock("next/navigation", () => import("@/test/next-navigation"))`.
 */
export function redirect(to: string): never {
  throw Object.assign(new Error("NEXT_REDIRECT"), { to });
}
