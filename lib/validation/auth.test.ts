import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./auth";

describe("the path to return to after signing in", () => {
  it("keeps a path on this site, from a path or from the proxy's absolute callback URL", () => {
    expect(safeReturnPath("/invitations/abc?x=1")).toBe("/invitations/abc?x=1");
    expect(safeReturnPath("http://localhost:3000/resellers?page=2")).toBe("/resellers?page=2");
  });

  it("never leads to another site: only the path of a foreign URL is kept, and odd forms are dropped", () => {
    expect(safeReturnPath("https://attacker.example/steal")).toBe("/steal");
    expect(safeReturnPath("//attacker.example/x")).toBe("/x");
    expect(safeReturnPath("javascript:alert(1)")).toBeNull();
    expect(safeReturnPath("/sign-in?callbackUrl=/x")).toBeNull();
    expect(safeReturnPath("")).toBeNull();
    expect(safeReturnPath(42)).toBeNull();
  });
});
