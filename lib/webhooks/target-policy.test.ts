import { describe, expect, it } from "vitest";
import { addressAllowed, TARGET_REFUSED, urlRefusal } from "./target-policy";

const strict = { production: false, allowPrivate: false };
const production = { production: true, allowPrivate: false };
const development = { production: false, allowPrivate: true };

describe("where webhooks may go", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.31.255.255",
    "192.168.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd00:ec2::254",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
  ])("refuses %s outside development", (address) => {
    expect(addressAllowed(address, strict)).toBe(false);
    expect(addressAllowed(address, development)).toBe(true);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])("accepts the public address %s", (address) => {
    expect(addressAllowed(address, strict)).toBe(true);
  });

  it("reads the URL: https only in production, no credentials, no private literal", () => {
    expect(urlRefusal("https://hooks.example.com/x", production)).toBeNull();
    expect(urlRefusal("http://hooks.example.com/x", production)).toBe(TARGET_REFUSED.scheme);
    expect(urlRefusal("http://hooks.example.com/x", strict)).toBeNull();
    expect(urlRefusal("http://127.0.0.1:9/x", { production: true, allowPrivate: true })).toBeNull();
    expect(urlRefusal("https://a:b@hooks.example.com/", production)).toBe(TARGET_REFUSED.credentials);
    expect(urlRefusal("https://[::1]/", production)).toBe(TARGET_REFUSED.private);
    expect(urlRefusal("https://2130706433/", production)).toBe(TARGET_REFUSED.private); // 127.0.0.1 as one number
    expect(urlRefusal("https://0x7f.1/", production)).toBe(TARGET_REFUSED.private);
    expect(urlRefusal("file:///etc/passwd", production)).toBe(TARGET_REFUSED.notUrl);
    expect(urlRefusal("not a url", production)).toBe(TARGET_REFUSED.notUrl);
  });
});
