import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";

function directives(policy: string | undefined): Map<string, string> {
  return new Map((policy ?? "").split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(" ")]));
}

test("pages carry a nonce-based CSP and the security headers; every request gets a new nonce", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const headers = first.headers();
  const policy = directives(headers["content-security-policy"]);
  const nonce = /'nonce-([^']+)'/.exec(policy.get("script-src") ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(policy.get("script-src")).not.toContain("unsafe-inline");
  expect(policy.get("frame-ancestors")).toBe("'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(second.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);
  // Next put the nonce on its scripts, and there is no script without it.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("static files and API answers carry the headers too", async ({ request }) => {
  const html = await (await request.get("/sign-in")).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expect((await request.get(asset!)).headers()["x-content-type-options"]).toBe("nosniff");
  const health = await request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
});

test("signed-in pages run under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, demo.directBillOtherMember);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("HTML in a name is shown as text, never run", async ({ page }) => {
  await signIn(page, demo.directBillOtherMember);
  await page.goto("/settings");
  const name = `<script>window.__pwned=1</script><b>Ivan</b>`;
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your display name was saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("whoami")).toContainText(name);
  await expect(page.getByTestId("whoami").locator("b, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a server action posted from another origin is refused with 403 (not a 500) and changes nothing", async ({ page }) => {
  await signIn(page, demo.providerOtherMember);
  await page.goto("/settings");
  const captured = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByLabel("Display name").fill("Fiona Clark");
  await page.getByRole("button", { name: "Save" }).click();
  const original = await captured;
  await expect(page.getByText("Your display name was saved.")).toBeVisible();

  const body = original.postDataBuffer()!.toString("latin1").replace("Fiona Clark", "Forged Name");
  const forged = await page.request.post(original.url(), {
    headers: { ...original.headers(), origin: "https://attacker.example" },
    data: Buffer.from(body, "latin1"),
  });
  expect(forged.status()).toBe(403);
  await page.reload();
  await expect(page.getByTestId("whoami")).toContainText("Fiona Clark");
  await expect(page.getByTestId("whoami")).not.toContainText("Forged Name");
});

test("nothing secret reaches the browser bundle", () => {
  const secrets = [process.env.E2E_AUTH_SECRET, process.env.E2E_DATABASE_URL, process.env.DATABASE_URL].filter((s): s is string => Boolean(s));
  expect(secrets.length).toBeGreaterThan(0);
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(process.cwd(), ".next", "static"));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(file, "latin1");
    for (const secret of secrets) expect(text.includes(secret), `${file} contains a secret`).toBe(false);
    expect(/postgres(ql)?:\/\/[^"'\s]*@/.test(text), `${file} contains a database URL`).toBe(false);
  }
});
