import { expect, test, type Browser } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";

// Kai's organization (Wide World Importers IT AG) has only signed up: no other spec touches it.
const kai = "kai@wideworld-importers.example";

async function asSupportApprove(browser: Browser, legalName: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demo.support);
  const entry = page.getByRole("listitem", { name: legalName });
  await entry.getByRole("button", { name: `Approve ${legalName}` }).click();
  // Once approved, the organization leaves the queue.
  await expect(entry).toHaveCount(0);
  await context.close();
}

test("a reseller completes its three readiness steps and the blocks disappear", async ({ page, browser }) => {
  await signIn(page, kai);
  await expect(page).toHaveURL(/\/status$/);
  const blocked = page.getByRole("region", { name: "What is blocked right now" });
  await expect(blocked).toContainText("Your providers cannot transact new business with you");
  await expect(blocked).toContainText("RESELLER-READINESS");
  const mpaStep = page.getByRole("listitem", { name: "Microsoft Partner Agreement accepted" });
  await expect(mpaStep).toContainText("MPA-BEFORE-ASSOCIATION");

  // Step 1: business details, verified by program support.
  await page.getByLabel("Business address").fill("Mariahilfer Straße 1, 1060 Wien");
  await page.getByLabel("Website").fill("https://wideworld-importers.example");
  await page.getByLabel("Contact phone").fill("+43 1 234567");
  await page.getByRole("button", { name: "Submit details" }).click();
  await expect(page.getByText("program support is verifying them")).toBeVisible();
  await asSupportApprove(browser, "Wide World Importers IT AG");

  // Step 2: enroll.
  await page.reload();
  await expect(page.getByRole("listitem", { name: "Onboarded into Partner Center" })).toContainText("by Sam Okafor");
  await page.getByRole("button", { name: "Enroll as indirect reseller" }).click();
  await expect(page.getByRole("listitem", { name: "Enrolled as indirect reseller" })).toContainText("by Kai Huber");

  // Step 3: the admin accepts the MPA.
  await page.getByLabel("Signer’s title").fill("Managing director");
  await page.getByLabel(/I accept the Microsoft Partner Agreement/).check();
  await page.getByRole("button", { name: "Accept the MPA" }).click();
  await expect(page.getByRole("listitem", { name: "Microsoft Partner Agreement accepted" })).toContainText("by Kai Huber, Managing director");
  await expect(blocked).toContainText("Nothing is blocked");
  await expect(page.getByText("While this is missing:")).toHaveCount(0);
});

test("a reseller trying to buy from its own provider sees the three ways out", async ({ page }) => {
  await signIn(page, demo.resellerAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Own use" }).click();
  await page.getByLabel("Buy from").selectOption({ label: "Adventure Works Consulting B.V. (indirect reseller, NL), supplied by Contoso Distribution B.V." });
  await page.getByLabel("Provision into").selectOption({ label: "Our CSP tenant" });
  await page.getByRole("button", { name: "Check with the rules" }).click();
  const check = page.getByRole("status", { name: "Rules check" });
  await expect(check).toContainText("Not allowed by the program rules.");
  await expect(check).toContainText("RESELLER-NOT-CUSTOMER-OF-OWN-PROVIDER");
  await expect(check).toContainText("Option 1: use a separate tenant");
  await expect(check).toContainText("Option 2: end the relationship and move");
  await expect(check).toContainText("Option 3: add a second provider");
  await expect(page.getByRole("button", { name: "Buy", exact: true })).toHaveCount(0);
});

test("a reseller organization signs up and is asked to prove its email address first", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign up your organization" }).click();
  await page.getByLabel("Organization legal name").fill("Bellows College IT Services BV");
  await page.getByLabel("Country").selectOption("BE");
  await page.getByLabel("Partner ID").fill("5200004");
  await page.getByLabel("CSP tenant ID").fill("1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8");
  await page.getByLabel("Your name").fill("Iris Peeters");
  await page.getByLabel("Your email").fill("iris@bellows-college.example");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("An organization with this Partner ID is already registered.", { exact: false })).toBeVisible();

  await page.getByLabel("Partner ID").fill("5299001");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  // The new admin's address is not proven yet: the gate sends every page, /status included, to /verify-email.
  await expect(page).toHaveURL(/\/verify-email$/);
  await page.goto("/status");
  await expect(page).toHaveURL(/\/verify-email$/);
});
