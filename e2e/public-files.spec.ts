import { expect, test } from "@playwright/test";

// Browsers ask for /favicon.ico and crawlers for /robots.txt on every site: both are files of public/, served to
// anyone without a detour through sign-in.
test("the favicon and robots.txt are served to anonymous visitors", async ({ request }) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toContain("text/plain");
  const rules = await robots.text();
  expect(rules).toContain("User-agent: *");
  expect(rules).toContain("Allow: /check");

  const icon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file starts with reserved 0 and type 1.
  expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});
