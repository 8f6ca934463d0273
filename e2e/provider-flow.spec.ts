import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";

// First Up Consultants (Poland, enrolled, no MPA, no provider) exists for this flow only; no other spec touches it.
const reseller = { admin: "piotr@firstup-consultants.example", name: "First Up Consultants Sp. z o.o.", partnerId: "5200110" };

async function switchTo(page: Page, email: string) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, email);
}

async function fillNewSubscription(page: Page, customer: string) {
  await page.getByLabel("New customer's name").fill(customer);
  await page.getByLabel("New customer's country").selectOption("PL");
  await page.getByLabel("Offer").fill("Microsoft 365 Business Premium");
  await page.getByLabel("Quantity").fill("15");
  await page.getByRole("button", { name: "Create subscription" }).click();
}

test("a provider invites a reseller, works with it once its MPA is in, and program support ends the relationship", async ({ page }) => {
  test.setTimeout(180_000); // eight sign-ins on a shared 2-core machine

  // The provider invites the reseller and copies the one-time link.
  await signIn(page, demo.providerAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Invitations" }).click();
  await page.getByLabel("Reseller's email").fill(reseller.admin);
  await page.getByLabel("Partner ID (optional)").fill(reseller.partnerId);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("row", { name: new RegExp(reseller.admin) })).toContainText("Waiting for an answer");

  // The reseller signs in, sees who invites it from which region, and accepts.
  await switchTo(page, reseller.admin);
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Invitation from Contoso Distribution B.V." })).toBeVisible();
  await expect(page.getByText("NL · Europe")).toBeVisible();
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByText("Your organization accepted this invitation: Contoso Distribution B.V. is one of your providers.")).toBeVisible();

  // The provider finds it active, but cannot record it on a subscription before its MPA.
  await switchTo(page, demo.providerAdmin);
  await page.getByLabel("Name or Partner ID").fill(reseller.partnerId);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: reseller.name }).click();
  await expect(page.getByTestId("relationship-status")).toHaveText("Active");
  await expect(page.getByRole("button", { name: "New subscription with this reseller" })).toBeDisabled();
  await expect(page.getByRole("link", { name: "MPA-BEFORE-ASSOCIATION" })).toBeVisible();
  const detailUrl = page.url();
  await page.goto(`${new URL(detailUrl).pathname}/new-subscription`);
  await fillNewSubscription(page, "Lamna Healthcare Sp. z o.o.");
  const refusal = page.locator("form").getByRole("alert");
  await expect(refusal).toContainText("MPA-BEFORE-ASSOCIATION");
  await expect(refusal).toContainText("has not accepted the MPA");

  // The reseller's admin accepts the MPA.
  await switchTo(page, reseller.admin);
  await page.getByLabel("Signer's name").fill("Piotr Nowak");
  await page.getByLabel("Signer's title").fill("Managing director");
  await page.getByLabel("Signer's email").fill(reseller.admin);
  await page.getByRole("button", { name: "Accept the MPA" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Microsoft Partner Agreement accepted" })).toContainText("done");
  await expect(page.getByRole("button", { name: "Accept the MPA" })).toHaveCount(0);

  // Now the association succeeds, and the subscription shows on the reseller's page.
  await switchTo(page, demo.providerAdmin);
  await page.goto(detailUrl);
  await page.getByRole("link", { name: "New subscription with this reseller" }).click();
  await fillNewSubscription(page, "Lamna Healthcare Sp. z o.o.");
  await expect(page.getByText(`Subscription created for Lamna Healthcare Sp. z o.o. with ${reseller.name} as reseller of record.`)).toBeVisible();
  await page.goto(detailUrl);
  await expect(page.getByRole("rowheader", { name: "Lamna Healthcare Sp. z o.o. (PL)" })).toBeVisible();

  // The provider asks program support to end the relationship.
  await page.getByLabel("Why should the relationship end?").fill("First Up moves its business to another provider.");
  await page.getByRole("button", { name: "Request end of relationship" }).click();
  await expect(page.getByTestId("relationship-status")).toHaveText("Termination requested");
  await expect(page.getByTestId("termination-outcome")).toContainText("waiting for program support");

  // Program support approves.
  await switchTo(page, demo.support);
  const request = page.getByRole("listitem", { name: `Contoso Distribution B.V. and ${reseller.name}` });
  await expect(request).toContainText("First Up moves its business to another provider.");
  await request.getByLabel("Note to the partners (required to reject)").fill("Confirmed with both parties.");
  await request.getByRole("button", { name: "Approve and end the relationship" }).click();
  await expect(request).toHaveCount(0);
  await page.getByText(/Recent decisions/).click();
  await expect(page.getByText(`Contoso Distribution B.V. → ${reseller.name}, approved — “Confirmed with both parties.”`)).toBeVisible();

  // Terminated on both sides.
  await switchTo(page, demo.providerAdmin);
  await page.goto(detailUrl);
  await expect(page.getByTestId("relationship-status")).toHaveText("Terminated");
  await expect(page.getByTestId("termination-outcome")).toContainText("approved by program support");
  await switchTo(page, reseller.admin);
  await expect(page.getByRole("listitem", { name: "Contoso Distribution B.V." })).toContainText("Terminated");
  await expect(page.getByRole("listitem", { name: "Contoso Distribution B.V." })).toContainText("Confirmed with both parties.");
});

test("a provider member sees the resellers read-only and the funnel links to the filtered list", async ({ page }) => {
  await signIn(page, demo.providerMember);
  await page.getByRole("navigation", { name: "Readiness funnel" }).getByRole("link", { name: /Transacting/ }).click();
  await expect(page).toHaveURL(/readiness=transacting/);
  await expect(page.getByRole("link", { name: "Litware Solutions SARL" })).toBeVisible();
  await page.getByRole("link", { name: "Litware Solutions SARL" }).click();
  await expect(page.getByText("Only an admin of your organization can do this.")).toBeVisible();
  await expect(page.getByRole("button", { name: "New subscription with this reseller" })).toBeDisabled();
});

test("verify MPA by Partner ID shows Partner Center codes and reports malformed lines", async ({ page }) => {
  await signIn(page, demo.providerMember);
  await page.goto("/resellers/verify");
  await page.getByLabel(/Partner IDs, one per line/).fill("5200004\n9999999\n5200006\n12ab");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Checked 4 of 4")).toBeVisible();
  await expect(page.getByRole("row", { name: /9999999/ })).toContainText("2200");
  await expect(page.getByRole("row", { name: /5200006/ })).toContainText("2201");
  await expect(page.getByRole("row", { name: /12ab/ })).toContainText("Malformed");
  await expect(page.getByRole("row", { name: /5200004/ })).toContainText("MPA accepted");
});
