// Dead ends from the walkthrough that live in the browser (issue 13). Each test makes or reads only data it can
// find again on a second run: refused forms write nothing, and nothing here accepts or changes a relationship.
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";

test("a refused form keeps what was typed (the country box is not emptied under its message)", async ({ page }) => {
  await signIn(page, demo.directBillAdmin); // Blue Yonder, GB: region Europe
  await page.goto("/customers");
  const form = page.getByRole("form", { name: "Add a customer" });
  await form.getByLabel("Customer name").fill("Contoso Pharmaceuticals US");
  await form.getByLabel("Country of the customer’s tenant").selectOption("US");
  await form.getByRole("button", { name: "Add customer" }).click();
  await expect(form).toContainText(/tenant is in US/);
  await expect(form.getByLabel("Customer name")).toHaveValue("Contoso Pharmaceuticals US");
  await expect(form.getByLabel("Country of the customer’s tenant")).toHaveValue("US");
});

test("a reseller without a provider sees the invitation waiting for it on its landing page", async ({ page }) => {
  await signIn(page, "tom@tailspin-toys.example"); // Contoso invited Tailspin in the demo data
  await expect(page).toHaveURL(/\/status$/);
  const step = page.getByRole("listitem", { name: "Linked with at least one indirect provider" });
  await expect(step).toContainText("Not yet");
  const invitation = step.getByRole("listitem", { name: "Invitation from Contoso Distribution B.V." });
  await expect(invitation.getByRole("button", { name: "Accept Contoso Distribution B.V." })).toBeVisible();
  // Said once, with the rule by its title rather than a bare id.
  const blocked = page.getByRole("region", { name: "What is blocked right now" });
  await expect(blocked.getByText("Your providers cannot transact new business with you.")).toHaveCount(1);
  await expect(blocked.getByRole("link", { name: "Reseller readiness: onboard, enroll, accept the MPA" }).first()).toBeVisible();
});

test("at 375 px the wide tables fit: priority columns, nothing cut off", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await signIn(page, demo.providerAdmin);
  await page.goto("/resellers");
  await expect(page.getByRole("link", { name: "Litware Solutions SARL" })).toBeVisible();
  await fits();
  await page.goto("/resellers/verify");
  await page.getByLabel(/Partner IDs, one per line/).fill("5200004\n\n52OO004\n5200004");
  await page.getByRole("button", { name: "Verify" }).click();
  const results = page.getByRole("region", { name: "Results" });
  // Lines as pasted (the blank line counts), the duplicate once, the letter O named, the own reseller by name.
  await expect(results.getByRole("row", { name: /5200004/ })).toHaveCount(1);
  await expect(results.getByRole("row", { name: /5200004/ })).toContainText("Litware Solutions SARL");
  await expect(results.getByRole("row", { name: /5200004/ })).toContainText("listed 2 times: lines 1 and 4");
  await expect(results.getByRole("row", { name: /52OO004/ })).toContainText("the letter O is not a zero");
  await expect(results.getByRole("row", { name: /52OO004/ })).toContainText("3");
  await fits();
  await context.close();
});
