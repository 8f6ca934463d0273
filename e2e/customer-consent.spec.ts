import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";
import { linkIn, waitForMail } from "./support/mail";

// Issue 14: a customer decides who manages it. Litware adds a customer of its own and invites its admin (the link
// comes from the in-process SMTP server); Blue Yonder asks to manage it; the customer's admin accepts, then revokes.
// Everything it needs is made here, with names of its own, so the spec runs alone, twice, and in any order.

async function signedIn(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

test("partner requests -> the customer's admin accepts -> the partner manages; the customer revokes -> the partner loses it", async ({ browser }) => {
  test.setTimeout(150_000);
  const run = randomUUID().slice(0, 8);
  const customerName = `Consent Test ${run}`;
  const tenantId = randomUUID();
  const adminEmail = `admin-${run}@consent-customer.example`;
  const adminPassword = "the customer admin's password";

  // Litware records a new customer in its region (a first sale needs no request) and invites the customer's admin.
  const lea = await signedIn(browser, demo.resellerAdmin);
  await lea.goto("/customers");
  await lea.getByLabel("Customer name").fill(customerName);
  await lea.getByLabel(/Country of the customer/).selectOption("FR");
  await lea.getByLabel("Customer tenant ID (optional)").fill(tenantId);
  await lea.getByRole("button", { name: "Add customer" }).click();
  await lea.getByRole("link", { name: "Open the new customer" }).click();
  await expect(lea.getByRole("heading", { name: customerName })).toBeVisible();
  await lea.getByLabel(/customer admin.s email/).fill(adminEmail);
  await lea.getByRole("button", { name: "Invite the customer's admin" }).click();
  await expect(lea.getByText("Invitation sent.")).toBeVisible();

  // The admin follows the mailed link, chooses a name and password, and signs in to the customer's home.
  const invitation = await waitForMail(adminEmail, /invites you to manage/);
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(linkIn(invitation, "/customer-invitations/"));
  await customer.getByLabel("Your name").fill("Casey Customer");
  await customer.getByLabel("Password (at least 12 characters)").fill(adminPassword);
  await customer.getByLabel("Password again").fill(adminPassword);
  await customer.getByRole("button", { name: "Join as admin" }).click();
  await expect(customer).toHaveURL(/\/sign-in/);
  await signIn(customer, adminEmail, adminPassword);
  await expect(customer.getByRole("heading", { name: customerName })).toBeVisible();
  await expect(customer.getByRole("region", { name: "Partners that sell to you" })).toContainText("Litware Solutions SARL");

  // Blue Yonder asks by tenant id; until the customer answers it sees a pending request and no customer.
  const olivia = await signedIn(browser, demo.directBillAdmin);
  await olivia.goto("/customers/requests");
  await olivia.getByLabel(/tenant ID/).fill(tenantId);
  await olivia.getByRole("button", { name: "Send the request" }).click();
  await expect(olivia.getByText("Request sent.")).toBeVisible();
  await olivia.reload();
  await expect(olivia.getByRole("row", { name: new RegExp(tenantId) })).toContainText("Pending");

  // The customer's admin is told by email and accepts on its home page (after confirming).
  await waitForMail(adminEmail, /asks to manage your subscriptions/);
  await customer.reload();
  const waiting = customer.getByRole("region", { name: "Requests waiting for you" });
  await expect(waiting).toContainText("Blue Yonder Cloud Ltd");
  await waiting.getByRole("button", { name: "Accept" }).click();
  await waiting.getByRole("button", { name: "Yes, accept" }).click();
  // The request leaves the waiting list and the partner joins those allowed to manage.
  await expect(waiting).toContainText("No partner is waiting for an answer.");
  await expect(customer.getByRole("region", { name: "Partners allowed to manage your subscriptions" })).toContainText("Blue Yonder Cloud Ltd");

  await olivia.goto("/customers?view=managed");
  await olivia.getByRole("link", { name: customerName }).click();
  await expect(olivia.getByRole("heading", { name: customerName })).toBeVisible();
  const customerUrl = olivia.url();
  await olivia.goto("/customers/requests");
  await expect(olivia.getByRole("row", { name: new RegExp(customerName) })).toContainText("Accepted");

  // The customer revokes: Blue Yonder loses the customer at once and is told; Litware's sale is untouched.
  await customer.reload();
  const managers = customer.getByRole("region", { name: "Partners allowed to manage your subscriptions" });
  await expect(managers).toContainText("Blue Yonder Cloud Ltd");
  await managers.getByRole("button", { name: "Revoke" }).click();
  await managers.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(managers).toContainText("No partner manages your subscriptions.");

  await olivia.goto("/customers?view=managed");
  await expect(olivia.getByRole("link", { name: customerName })).toHaveCount(0);
  await olivia.goto(customerUrl);
  await expect(olivia.getByRole("heading", { name: customerName })).toHaveCount(0);
  await waitForMail(demo.directBillAdmin, new RegExp(`${customerName} ended your permission`));
  await customer.reload();
  await expect(customer.getByRole("region", { name: "Partners that sell to you" })).toContainText("Litware Solutions SARL");
});
