import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";
import { confirmEmailAndSignIn, linkIn, waitForMail } from "./support/mail";
import { ownClientAddress } from "./support/factory";

// A provider invites someone who has no account yet: the invitation arrives by email, the link explains who invites
// whom, sign-up starts from it, the confirmation mail leads back to it, and the new admin accepts.
test("F1: an invitee without an account signs up from the emailed link, proves the address and lands on the invitation", async ({ browser }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-7);
  const email = `owner-${unique}@lakeshore-retail.example`;

  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await signIn(provider, demo.providerAdmin);
  await provider.goto("/resellers/invitations");
  await provider.getByLabel("Reseller admin's email").fill(email);
  await provider.getByRole("button", { name: "Create invitation link" }).click();
  await expect(provider.getByRole("status").filter({ hasText: `We emailed the link to ${email}` })).toBeVisible();
  await providerContext.close();

  const invitation = await waitForMail(email, /Contoso Distribution B\.V\. invites you/);
  const link = linkIn(invitation, "/invitations/");

  const context = await browser.newContext({ extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  await page.goto(link);
  // Not signed in: sign-in explains the invitation and offers sign-up.
  await expect(page.getByRole("heading", { name: "Contoso Distribution B.V. invites you to resell through them" })).toBeVisible();
  await page.getByRole("link", { name: "sign up your organization", exact: true }).click();
  await expect(page.getByLabel("Your email")).toHaveValue(email);
  await page.getByLabel("Organization legal name").fill(`Lakeshore Retail ${unique} B.V.`);
  await page.getByLabel("Country").selectOption("NL");
  await page.getByLabel("Partner ID").fill(`58${unique}`.slice(0, 9));
  await page.getByLabel("CSP tenant ID").fill(randomUUID());
  await page.getByLabel("Your name").fill("Noor de Vries");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  await confirmEmailAndSignIn(page, email, "a long enough password");

  await expect(page).toHaveURL(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Invitation from Contoso Distribution B.V." })).toBeVisible();
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByText("Your organization accepted this invitation: Contoso Distribution B.V. is one of your providers.")).toBeVisible();
  await context.close();
});
