import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";
import { enroll, newReseller, onboard } from "./support/factory";


const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** Each person gets their own browser context (own cookies), signed in once. */
async function personAt(browser: Browser, email: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

async function fillNewSubscription(page: Page, customer: string) {
  await page.getByLabel("New customer's name").fill(customer);
  await page.getByLabel("New customer's country").selectOption("PL");
  await page.getByLabel("Offer").fill("Microsoft 365 Business Premium");
  await page.getByLabel("Quantity").fill("15");
  await page.getByRole("button", { name: "Create subscription" }).click();
}

test("a provider invites a reseller, works with it once its MPA is in, and program support ends the relationship", async ({ browser }) => {
  test.setTimeout(240_000); // four people, and a new reseller made for this run, on a shared 2-core machine
  // A Polish reseller of its own (onboarded and enrolled, no MPA, no provider yet), so the flow can run again.
  const partner = await newReseller(browser, { legalName: "First Up Consultants Sp. z o.o.", country: "PL", adminName: "Piotr Nowak" });
  await onboard(browser, partner);
  await enroll(browser, partner);
  const reseller = { admin: partner.email, name: partner.legalName, partnerId: partner.partnerId };

  // The provider invites the reseller and copies the one-time link.
  const provider = await personAt(browser, demo.providerAdmin);
  await provider.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Invitations" }).click();
  await provider.getByLabel("Reseller admin's email").fill(reseller.admin);
  await provider.getByLabel("Reseller's Partner ID").fill(reseller.partnerId);
  await provider.getByRole("button", { name: "Create invitation link" }).click();
  const link = await provider.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(provider.getByRole("row", { name: new RegExp(reseller.admin) })).toContainText("Waiting for an answer");

  // The reseller signs in, sees who invites it from which region, and accepts.
  const resellerAdmin = await personAt(browser, reseller.admin, partner.password);
  await resellerAdmin.goto(new URL(link).pathname);
  await expect(resellerAdmin.getByRole("heading", { name: "Invitation from Contoso Distribution B.V." })).toBeVisible();
  await expect(resellerAdmin.getByText("NL · Europe")).toBeVisible();
  await resellerAdmin.getByRole("button", { name: "Accept invitation" }).click();
  await expect(resellerAdmin.getByText("Your organization accepted this invitation: Contoso Distribution B.V. is one of your providers.")).toBeVisible();

  // The provider finds it active, but cannot record it on a subscription before its MPA.
  await provider.goto("/resellers");
  await provider.getByLabel("Name or Partner ID").fill(reseller.partnerId);
  await provider.getByRole("button", { name: "Apply" }).click();
  await provider.getByRole("link", { name: reseller.name }).click();
  await expect(provider.getByTestId("relationship-status")).toHaveText("Active");
  await expect(provider.getByRole("button", { name: "New subscription with this reseller" })).toBeDisabled();
  await expect(provider.getByRole("link", { name: "MPA-BEFORE-ASSOCIATION" })).toBeVisible();
  const detailPath = new URL(provider.url()).pathname;
  await provider.goto(`${detailPath}/new-subscription`);
  await fillNewSubscription(provider, "Lamna Healthcare Sp. z o.o.");
  const refusal = provider.locator("form").getByRole("alert");
  await expect(refusal).toContainText("MPA-BEFORE-ASSOCIATION");
  await expect(refusal).toContainText("has not accepted the MPA");

  // The reseller's admin accepts the MPA.
  await resellerAdmin.goto("/status");
  await resellerAdmin.getByLabel("Signer’s name").fill("Piotr Nowak");
  await resellerAdmin.getByLabel("Signer’s title").fill("Managing director");
  await resellerAdmin.getByLabel("Signer’s email").fill(reseller.admin);
  await resellerAdmin.getByRole("checkbox").check();
  await resellerAdmin.getByRole("button", { name: "Accept the MPA" }).click();
  await expect(resellerAdmin.getByRole("listitem", { name: /Microsoft Partner Agreement/ })).toContainText("Done on");
  await expect(resellerAdmin.getByRole("button", { name: "Accept the MPA" })).toHaveCount(0);

  // Now the association succeeds, and the subscription shows on the reseller's page.
  await provider.goto(detailPath);
  await provider.getByRole("link", { name: "New subscription with this reseller" }).click();
  await fillNewSubscription(provider, "Lamna Healthcare Sp. z o.o.");
  await expect(provider.getByText(`Subscription created for Lamna Healthcare Sp. z o.o. with ${reseller.name} as reseller of record.`)).toBeVisible();
  await provider.goto(detailPath);
  await expect(provider.getByRole("rowheader", { name: "Lamna Healthcare Sp. z o.o. (PL)" })).toBeVisible();

  // The provider asks program support to end the relationship.
  await provider.getByLabel("Why should the relationship end?").fill("First Up moves its business to another provider.");
  await provider.getByRole("button", { name: "Request end of relationship" }).click();
  await expect(provider.getByTestId("relationship-status")).toHaveText("Termination requested");
  await expect(provider.getByTestId("termination-outcome")).toContainText("waiting for program support");

  // Program support approves.
  const support = await personAt(browser, demo.support);
  const request = support.getByRole("listitem", { name: `Contoso Distribution B.V. and ${reseller.name}` });
  await expect(request).toContainText("First Up moves its business to another provider.");
  await request.getByLabel("Note to the partners (required to reject)").fill("Confirmed with both parties.");
  await request.getByRole("button", { name: "Approve and end the relationship" }).click();
  // Final, so asked again, naming both organizations.
  const confirm = request.getByRole("alertdialog", { name: "Confirm the decision" });
  await expect(confirm).toContainText(`End the relationship between Contoso Distribution B.V. and ${reseller.name}?`);
  await confirm.getByRole("button", { name: "Yes, end the relationship" }).click();
  await expect(request).toHaveCount(0);
  await expect(support.getByText(`Contoso Distribution B.V. → ${reseller.name}, approved (terminated) — “Confirmed with both parties.”`)).toBeVisible();

  // Terminated on both sides.
  await provider.goto(detailPath);
  await expect(provider.getByTestId("relationship-status")).toHaveText("Terminated");
  await expect(provider.getByTestId("termination-outcome")).toContainText("approved by program support");
  await resellerAdmin.goto("/providers");
  const contoso = resellerAdmin.getByRole("row", { name: /Contoso Distribution B\.V\./ });
  await expect(contoso).toContainText("Terminated");
  await expect(contoso).toContainText("Confirmed with both parties.");
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
