import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PRESETS } from "../lib/checker/presets";
import { demo, signIn } from "./support/sign-in";

const status = (page: Page) => page.getByTestId("verdict-status");
const findings = (page: Page) => page.getByRole("list", { name: "Findings" });
const failing = (page: Page) => findings(page).locator('[data-outcome="fail"]');

/** Moves focus with Tab (or Shift+Tab) until `target` has it: the keyboard is the only input. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("could not reach the control with the keyboard");
}

for (const preset of PRESETS) {
  test(`preset "${preset.label}" shows ${preset.expected.allowed ? "allowed" : "blocked"} and ${preset.expected.rule}`, async ({ page }) => {
    await page.goto("/check");
    await page.getByRole("button", { name: preset.label, exact: true }).click();
    await expect(status(page)).toContainText(preset.expected.allowed ? "Allowed" : "Blocked");
    const rule = page.getByRole("link", { name: preset.expected.rule, exact: true });
    if (preset.expected.allowed) {
      await expect(findings(page).getByRole("link", { name: preset.expected.rule, exact: true }).first()).toBeVisible();
      await expect(failing(page)).toHaveCount(0);
    } else {
      await expect(failing(page).filter({ has: rule })).toHaveCount(1);
      await expect(page.getByRole("heading", { name: "Next steps" })).toBeVisible();
    }
  });
}

test("a customer in another region flips a sale to blocked, names the region rule, and marks the customer step", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/check");
  await expect(status(page)).toContainText("Allowed");
  await expect(failing(page)).toHaveCount(0);
  const statusBox = await status(page).boundingBox();
  const formBox = await page.getByRole("group", { name: "Who you are" }).boundingBox();

  await page.getByLabel("Country of the customer's tenant").selectOption("US");
  await expect(status(page)).toContainText("Blocked");
  await expect(status(page)).toContainText("Sell only within your CSP region");
  await expect(failing(page)).toHaveCount(1);
  await expect(failing(page)).toContainText("SAME-REGION-SALE");
  await expect(page.getByText("(blocked by SAME-REGION-SALE)")).toBeAttached();
  await expect(page.getByRole("heading", { name: "Next steps" })).toBeVisible();
  // No layout shift: the verdict's status line and the form stay where they were.
  expect(await status(page).boundingBox()).toEqual(statusBox);
  expect(await page.getByRole("group", { name: "Who you are" }).boundingBox()).toEqual(formBox);
  await expect(page).toHaveURL(/customer_country=US/);

  await failing(page).getByRole("link", { name: "SAME-REGION-SALE" }).click();
  await expect(page).toHaveURL(/\/rules#SAME-REGION-SALE$/);
  await expect(page.getByRole("heading", { level: 2, name: "Sell only within your CSP region" })).toBeInViewport();
});

test("a shared link restores the same scenario and verdict, and Copy link copies it", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/check");
  await page.getByRole("button", { name: "Link a reseller in another region" }).click();
  await page.getByLabel("Their country").selectOption("JP");
  await page.getByLabel("Date of the action").fill("2021-03-04");
  await expect(status(page)).toContainText("Blocked");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const verdict = await status(page).textContent();
  const rules = await failing(page).getByRole("link").allTextContents();

  const other = await browser.newContext();
  const shared = await other.newPage();
  await shared.goto(copied);
  await expect(shared.getByLabel("Action", { exact: true })).toHaveValue("link-provider-reseller");
  await expect(shared.getByLabel("Your partner type")).toHaveValue("indirect-provider");
  await expect(shared.getByLabel("Their country")).toHaveValue("JP");
  await expect(shared.getByLabel("Date of the action")).toHaveValue("2021-03-04");
  await expect(status(shared)).toHaveText(verdict!);
  expect(await failing(shared).getByRole("link").allTextContents()).toEqual(rules);
  await other.close();
});

test("a link with garbage in it opens the checker with usable answers", async ({ page }) => {
  const response = await page.goto("/check?action=steal&me=%3Cscript%3E&customer_country=ZZ&on=yesterday&customer_others=-1");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Action", { exact: true })).toHaveValue("sell");
  await expect(page.getByLabel("Your partner type")).toHaveValue("indirect-reseller");
  await expect(status(page)).toContainText("Allowed");
});

test("a scenario can be completed with the keyboard alone", async ({ page }) => {
  await page.goto("/check");
  // Choose the action "Enroll in CSP" by typing, then "Direct-bill partner" with the arrow key.
  const action = page.getByLabel("Action", { exact: true });
  await tabTo(page, action);
  await page.keyboard.type("Enroll");
  await expect(action).toHaveValue("enroll");
  const enrollAs = page.getByLabel("Enroll as");
  await tabTo(page, enrollAs);
  await page.keyboard.press("ArrowDown");
  await expect(enrollAs).toHaveValue("direct-bill");
  await expect(status(page)).toContainText("Allowed");
  // The capabilities come first in the form: go back to one and untick it with the space bar.
  const managed = page.getByLabel("Provides managed services");
  await tabTo(page, managed, true);
  await page.keyboard.press("Space");
  await expect(managed).not.toBeChecked();
  await expect(status(page)).toContainText("Blocked");
  await expect(failing(page)).toContainText("DIRECT-BILL-REQUIREMENTS");
  // The presets and the rule link are reachable too.
  const preset = page.getByRole("button", { name: "Sell end-to-end" });
  await tabTo(page, preset, true);
  await page.keyboard.press("Enter");
  await expect(status(page)).toContainText("Allowed");
  await expect(action).toHaveValue("sell");
});

test("a signed-in reseller starts from its own facts and can fill in its real customers and provider", async ({ page }) => {
  await signIn(page, demo.resellerAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scenario checker" }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.getByText("Your answers start from Litware Solutions SARL's own facts.")).toBeVisible();
  await expect(page.getByLabel("Your partner type")).toHaveValue("indirect-reseller");
  await expect(page.getByLabel("Your country")).toHaveValue("FR");
  await expect(page.getByLabel("You have accepted the Microsoft Partner Agreement (MPA)")).toBeChecked();
  await expect(page.getByLabel("Date your MPA was accepted")).toHaveValue("2021-02-01");

  const customers = page.getByLabel("Fill in from one of your customers");
  // The demo customers are there (other specs may add customers of their own to the shared database).
  for (const name of ["Fourth Coffee Roasters", "Margie's Travel", "Relecloud Retail"]) await expect(customers.locator("option", { hasText: name })).toHaveCount(1);
  await customers.selectOption({ label: "Fourth Coffee Roasters" });
  await page.getByRole("group", { name: "The customer" }).getByRole("button", { name: "Fill in" }).click();
  await expect(page.getByText("Filled in from Fourth Coffee Roasters.")).toBeVisible();
  await expect(page.getByLabel("Country of the customer's tenant")).toHaveValue("NL");
  await expect(page.getByLabel("Other CSP partners the customer works with")).toHaveValue("2");

  await page.getByLabel("Fill in from one of your partners").selectOption({ label: "Contoso Distribution B.V. (active)" });
  await page.getByRole("group", { name: "Your indirect provider" }).getByRole("button", { name: "Fill in" }).click();
  await expect(page.getByText("Filled in from Contoso Distribution B.V.")).toBeVisible();
  await expect(page.getByLabel("Their country")).toHaveValue("NL");
  await expect(page.getByLabel("Date their MPA was accepted")).toHaveValue("2019-11-20");
  await expect(page.getByLabel("Your relationship with this provider")).toHaveValue("active");
  await expect(status(page)).toContainText("Allowed");
});

test("the sign-in page links to the checker, which works without an account", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Try the scenario checker" }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.getByRole("heading", { level: 1, name: "Scenario checker" })).toBeVisible();
  await expect(page.getByLabel("Fill in from one of your customers")).toHaveCount(0);
});

test("the rules page lists every rule, each with its own anchor", async ({ page }) => {
  await page.goto("/rules#RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
  await expect(page.locator("article[id]")).toHaveCount(16); // the article's 15 rules and CUSTOMER-CONSENT
  const rule = page.locator("#RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
  await expect(rule).toBeInViewport();
  await expect(rule.getByRole("listitem")).toHaveCount(3);
  await expect(rule).toContainText("Sample scenario 6");
});

for (const width of [375, 1280]) {
  test(`checker and rules pass an axe scan and fit a ${width} px screen`, async ({ page }) => {
    // Three axe scans of long pages (/rules holds every rule and the program's timeline): near 30 s on a busy machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/check", "/check?action=buy-for-own-use&me=indirect-reseller&other=indirect-reseller&rel=active&tenant=shared", "/rules"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    }
  });
}
