import { describe, expect, it } from "vitest";
import { isCrossOriginAction } from "./action-origin";

const action = (headers: Record<string, string>) => new Headers({ "next-action": "7f00abcd", ...headers });

describe("server actions from another origin", () => {
  it("refuses an action whose Origin host differs from the site's host", () => {
    expect(isCrossOriginAction("POST", action({ host: "hub.example", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginAction("POST", action({ host: "hub.example", origin: "null" }))).toBe(true);
    expect(isCrossOriginAction("POST", action({ host: "hub.example:3000", origin: "http://hub.example" }))).toBe(true);
  });

  it("compares with the first X-Forwarded-Host behind a proxy, as Next does", () => {
    const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "hub.example, 10.0.0.1" };
    expect(isCrossOriginAction("POST", action({ ...behindProxy, origin: "https://hub.example" }))).toBe(false);
    expect(isCrossOriginAction("POST", action({ ...behindProxy, origin: "http://127.0.0.1:3000" }))).toBe(true);
  });

  it("lets same-origin actions, other requests and Origin-less posts through to Next", () => {
    expect(isCrossOriginAction("POST", action({ host: "hub.example", origin: "https://HUB.example" }))).toBe(false);
    expect(isCrossOriginAction("POST", new Headers({ host: "hub.example", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossOriginAction("GET", action({ host: "hub.example", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossOriginAction("POST", action({ host: "hub.example" }))).toBe(false);
  });
});
