import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";

test("a direct-bill partner adding a customer in another region is refused with the rule", async ({ page }) => {
  await signIn(page, demo.directBillAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  const form = page.getByRole("form", { name: "Add a customer" });
  await form.getByLabel("Customer name").fill("Contoso Pharmaceuticals Brasil");
  await form.getByLabel("Country of the customer’s tenant").selectOption("BR");
  await form.getByRole("button", { name: "Add customer" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toContainText("SAME-REGION-SALE");
  await expect(alert).toContainText("BR (region Brazil)");
  await page.reload();
  await expect(page.getByRole("link", { name: "Contoso Pharmaceuticals Brasil" })).toHaveCount(0);
});

test("a direct-bill partner selling to its own affiliate is refused", async ({ page }) => {
  await signIn(page, demo.directBillAdmin);
  await page.goto("/customers");
  await page.getByLabel("Search by name").fill("holdings");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Blue Yonder Holdings plc" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Blue Yonder Holdings plc" })).toBeVisible();
  const form = page.getByRole("form", { name: "Sell a subscription" });
  await form.getByLabel("Offer").fill("Microsoft 365 E5");
  await form.getByLabel("Quantity").fill("25");
  await form.getByRole("button", { name: "Sell subscription" }).click();
  await expect(form.getByRole("alert")).toContainText("NO-SELF-OR-AFFILIATE-SALE");
  await expect(page.getByRole("region", { name: "Subscriptions" })).toContainText("No subscriptions through you yet");
});

test("another partner's customer answers not found", async ({ page, browser }) => {
  await signIn(page, demo.resellerAdmin);
  await page.goto("/customers");
  const href = await page.getByRole("link", { name: "Relecloud Retail" }).getAttribute("href");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, demo.directBillMember);
  const response = await other.goto(href!);
  expect(response?.status()).toBe(404);
  await other.context().close();
});
