// The product in Dutch (issue 18): a Dutch browser (Accept-Language nl) sees every page of every role in Dutch, with
// `lang="nl"`, no English sentence of the catalogues left, no axe violation and nothing wider than a 375 px screen.
// The walk never changes a demo user's own language setting (other specs sign in as them and expect English): the
// language comes from the browser only.
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demo, signIn } from "./support/sign-in";
import { newReseller } from "./support/factory";

/** The catalogue's English sentences that no Dutch text contains: seeing one on a Dutch page means a missed string. */
function englishGiveaways(): string[] {
  const flatten = (value: unknown): string[] => (typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(flatten) : []);
  const read = (locale: string) =>
    readdirSync(`messages/${locale}`).flatMap((file) => flatten(JSON.parse(readFileSync(`messages/${locale}/${file}`, "utf8"))));
  const dutch = read("nl").join("\n");
  const english = new Set(read("en"));
  // The literal stretches between placeholders and tags, of four words or more: short words ("Team", "Status") are
  // the same in both languages too often to tell anything.
  return [...english]
    .flatMap((text) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/))
    .map((part) => part.trim().replace(/\s+/g, " "))
    .filter((part) => part.split(" ").length >= 4 && !dutch.includes(part));
}

const giveaways = englishGiveaways();

async function expectDutch(page: Page, where: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
  const english = giveaways.filter((sentence) => text.includes(sentence));
  expect.soft(english, `English left on ${where}`).toEqual([]);
}

async function expectFits(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${where} is wider than the screen`).toBeLessThanOrEqual(375);
}

/** Axe over the page, or over its main content only (`scope`) where the frame around it was scanned already. */
async function expectAccessible(page: Page, where: string, scope?: string) {
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (scope ? axe.include(scope) : axe).analyze();
  expect.soft(results.violations.map((violation) => `${violation.id}: ${violation.help}`), `axe on ${where}`).toEqual([]);
}

async function dutchPhone(browser: Browser) {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 375, height: 800 } });
  return { context, page: await context.newPage() };
}

/** Signs in through the form by its fields' names (their labels are Dutch here). */
async function signInDutch(page: Page, email: string) {
  await page.goto("/sign-in");
  await expectDutch(page, "/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').first().click();
  // The first sign-in of a fresh server hashes on a cold, busy machine.
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 30_000 });
}

const roles = [
  ["indirect provider", demo.providerAdmin],
  ["indirect reseller", demo.resellerAdmin],
  ["direct-bill partner", demo.directBillAdmin],
  ["program support", demo.support],
  ["customer admin", "claire@fourthcoffee.example"],
] as const;

const PUBLIC_PAGES = ["/check", "/rules"];

for (const [role, email] of roles) {
  test(`the ${role}'s every page speaks Dutch, passes axe and fits 375 px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { context, page } = await dutchPhone(browser);
    await signInDutch(page, email);
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    const menuPaths = await menu.getByRole("link").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    // The checker and the rules are the same public pages for everyone: the visitor's walk below covers them.
    const paths = menuPaths.filter((path) => !PUBLIC_PAGES.includes(path));
    expect(menuPaths.length).toBeGreaterThan(2);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
      await expectDutch(page, path);
      await expectFits(page, path);
      // The header and menu are the same on every page of a role: scanned in full on the first page, and from then on
      // the page's own content (axe takes seconds a page, most of this walk's time).
      await expectAccessible(page, path, path === paths[0] ? undefined : "main");
    }
    await context.close();
  });
}

test("a Dutch visitor gets the sign-in page, the checker and the rules in Dutch, passing axe at 375 px, and a shared /nl/ link stays Dutch", async ({ browser }) => {
  // Three axe scans (the checker's is the longest of the app) on a busy machine.
  test.setTimeout(120_000);
  const { context, page } = await dutchPhone(browser);
  for (const path of ["/sign-in", ...PUBLIC_PAGES]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    await expectDutch(page, path);
    await expectFits(page, path);
    await expectAccessible(page, path);
  }
  await context.close();

  // An English browser opening a Dutch link: Dutch, by the path.
  const english = await browser.newContext({ locale: "en-GB" });
  const shared = await english.newPage();
  await shared.goto("/nl/check");
  await expectDutch(shared, "/nl/check");
  await shared.goto("/check");
  await expect(shared.locator("html")).toHaveAttribute("lang", "en");
  await english.close();
});

test("the header's switch turns a public page Dutch and back, and the choice stays for the next page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/rules");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(/\/nl\/rules$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.goto("/nl/rules");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/rules$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("a user's choice of Dutch in the app's header follows them to another browser", async ({ browser }) => {
  // A new partner's sign-up and two sign-ins: over 30 s on a busy two-core machine.
  test.setTimeout(60_000);
  const partner = await newReseller(browser);
  const first = await browser.newContext({ locale: "en-GB" });
  const page = await first.newPage();
  await signIn(page, partner.email, partner.password);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expectDutch(page, "the page after switching");
  await first.close();

  // A fresh English browser: the account's choice wins over Accept-Language once signed in.
  const second = await browser.newContext({ locale: "en-GB" });
  const other = await second.newPage();
  await other.goto("/sign-in");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await signIn(other, partner.email, partner.password);
  await expect(other.locator("html")).toHaveAttribute("lang", "nl");
  await second.close();
});
