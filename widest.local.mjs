import { chromium } from "playwright";
const [,, email, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 375, height: 800 } });
const page = await context.newPage();
await page.goto("http://127.0.0.1:3391/sign-in");
await page.fill('input[name="email"]', email);
await page.fill('input[name="password"]', "csp-demo-2026");
await page.click('form button[type="submit"]');
await page.waitForSelector('[data-testid="whoami"]', { timeout: 60000 });
for (const path of paths) {
  await page.goto("http://127.0.0.1:3391" + path);
  const info = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.right > 376 && r.width > 0) out.push(`${el.tagName.toLowerCase()}.${(el.className?.toString?.() ?? "").slice(0, 60)} right=${Math.round(r.right)} text=${(el.textContent ?? "").trim().slice(0, 60)}`);
    }
    return { width: document.documentElement.scrollWidth, out: out.slice(0, 8) };
  });
  console.log(path, info.width, "\n  " + info.out.join("\n  "));
  await page.screenshot({ path: `/tmp/shot-${path.replaceAll("/", "_")}.png`, fullPage: false });
}
await browser.close();
