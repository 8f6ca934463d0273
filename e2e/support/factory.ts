import { randomInt, randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { confirmEmailAndSignIn } from "./mail";
import { demo, signIn } from "./sign-in";

/**
 * Makes the organizations and users a spec changes, through the same forms a partner uses, so no spec leans on what
 * another spec (or its own earlier run against the same server) left in the shared database: each call makes new
 * ones, with names and Partner IDs no other call gives.
 */

export type NewPartner = {
  legalName: string;
  partnerId: string;
  country: string;
  adminName: string;
  email: string;
  password: string;
};

/** A short tag that differs between calls and runs, for names and addresses. */
export function uniqueTag(): string {
  return `${Date.now().toString(36).slice(-5)}${randomInt(36 ** 3).toString(36).padStart(3, "0")}`;
}

/**
 * Request headers that make a browser context come from an address of its own (the benchmarking range 198.18/15).
 * Sign-up is throttled per client address, the last X-Forwarded-For hop: a spec that signs up uses this, so neither
 * it nor a second run of it uses up the allowance of the others.
 */
export function ownClientAddress(): Record<string, string> {
  return { "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(1, 255)}` };
}

/** A nine-digit Partner ID starting with 7 (the seed uses 5…), random enough never to meet another. */
function newPartnerId(): string {
  return `7${String(randomInt(10 ** 8)).padStart(8, "0")}`;
}

/**
 * An indirect reseller that has just signed up and proved its admin's address (nothing else done: not onboarded, not
 * enrolled, no MPA, no provider). Signs up in its own browser context, which it closes.
 */
export async function newReseller(browser: Browser, options: { legalName?: string; country?: string; adminName?: string } = {}): Promise<NewPartner> {
  const tag = uniqueTag();
  const partner: NewPartner = {
    legalName: options.legalName ? `${options.legalName} ${tag}` : `Test Reseller ${tag} GmbH`,
    partnerId: newPartnerId(),
    country: options.country ?? "AT",
    adminName: options.adminName ?? "Kai Huber",
    email: `admin-${tag}@reseller-${tag}.example`,
    password: `a long password ${tag}`,
  };
  const context = await browser.newContext({ extraHTTPHeaders: ownClientAddress() });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Organization legal name").fill(partner.legalName);
  await page.getByLabel("Country").selectOption(partner.country);
  await page.getByLabel("Partner ID").fill(partner.partnerId);
  await page.getByLabel("CSP tenant ID").fill(randomUUID());
  await page.getByLabel("Your name").fill(partner.adminName);
  await page.getByLabel("Your email").fill(partner.email);
  await page.getByLabel("Password").fill(partner.password);
  await page.getByRole("button", { name: "Sign up" }).click();
  // Hashing the password on a busy 2-core machine (the first sign-up of a cold server) can take a while.
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible({ timeout: 30_000 });
  await confirmEmailAndSignIn(page, partner.email, partner.password);
  await expect(page.getByTestId("whoami")).toBeVisible();
  await signOutAndClose(page);
  return partner;
}

/** The reseller's admin submits its business details and program support verifies them. */
export async function onboard(browser: Browser, partner: NewPartner): Promise<void> {
  const page = await signedInPage(browser, partner.email, partner.password);
  await page.goto("/status");
  await page.getByLabel("Business address").fill("Mariahilfer Straße 1, 1060 Wien");
  await page.getByLabel("Website").fill("https://reseller.example");
  await page.getByLabel("Contact phone").fill("+43 1 234567");
  await page.getByRole("button", { name: "Submit details" }).click();
  await expect(page.getByText("program support is verifying them")).toBeVisible();
  await signOutAndClose(page);
  await approveOnboarding(browser, partner.legalName);
}

/** Program support approves an organization's submitted details; it leaves the queue. */
export async function approveOnboarding(browser: Browser, legalName: string): Promise<void> {
  const page = await signedInPage(browser, demo.support);
  await page.goto("/support");
  const entry = page.getByRole("listitem", { name: legalName });
  await entry.getByRole("button", { name: `Approve ${legalName}` }).click();
  // Final, so asked first (the confirm dialog renders outside the list item).
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, approve" }).click();
  await expect(entry).toHaveCount(0);
  await signOutAndClose(page);
}

/** The reseller's admin enrolls it as an indirect reseller (after onboarding). */
export async function enroll(browser: Browser, partner: NewPartner): Promise<void> {
  const page = await signedInPage(browser, partner.email, partner.password);
  await page.goto("/status");
  await page.getByRole("button", { name: "Enroll as indirect reseller" }).click();
  await expect(page.getByRole("listitem", { name: "Enrolled as indirect reseller" })).toContainText(`by ${partner.adminName}`);
  await signOutAndClose(page);
}

async function signedInPage(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** Signs out before closing, so the user's list of sessions shows only what the spec itself signs in. */
async function signOutAndClose(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().close();
}
