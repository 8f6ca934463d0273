import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { linkIn, waitForMail } from "./support/mail";
import { newReseller, uniqueTag } from "./support/factory";

// Accounts and teams, each flow through the real forms and, where it mails, the real message from the SMTP server.
// A test that changes a password, an address or sessions makes its own user (e2e/support/factory.ts), so it can run
// again on the same server; the team test uses demo users no other spec signs in as, and leaves them as it found them.

async function signedIn(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** A page whose session has ended lands on sign-in when it loads a signed-in page. */
async function expectSignedOut(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
}

test("forgot password: one answer for any address, the mailed link sets a new password once, other sessions end, the owner is told", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const owner = await newReseller(browser);
  const carla = owner.email;
  const elsewhere = await signedIn(browser, carla, owner.password);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill("nobody-at-all@coho-vineyard.example");
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("If nobody-at-all@coho-vineyard.example belongs to an account, we sent it a link");

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(carla);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${carla} belongs to an account, we sent it a link`);

  const link = linkIn(await waitForMail(carla, /Reset your CSP Partner Hub password/), "/reset-password/");
  await page.goto(link);
  await page.getByLabel("New password (at least 12 characters)").fill("carla's new long password");
  await page.getByLabel("New password again").fill("carla's new long password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password was changed and your other sessions were signed out.")).toBeVisible();

  await expectSignedOut(elsewhere, "/settings");
  const notice = await waitForMail(carla, /password was changed/);
  expect(notice.text).toContain("every session signed in with the old password was ended");

  await signIn(page, carla, "carla's new long password");
  // The link worked once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await again.getByLabel("New password (at least 12 characters)").fill("yet another long password");
  await again.getByLabel("New password again").fill("yet another long password");
  await again.getByRole("button", { name: "Set new password" }).click();
  await expect(again.locator("form").getByRole("alert")).toContainText("not valid any more");
});

test("team: an admin invites a colleague by email, who joins from the link; roles change and removal ends the member's session; the last admin stays", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const nina = "nina@northwind-it.example";
  const colleague = `sam-${Date.now()}@northwind-it.example`;
  await signIn(page, nina);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: /^Team of / })).toBeVisible();
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  await page.getByLabel("Colleague's email").fill(colleague);
  await page.getByLabel("Role").selectOption("member");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`We emailed an invitation to ${colleague}.`)).toBeVisible();
  await expect(page.getByTestId(`invitation-${colleague}`)).toContainText("Member");

  const invitation = await waitForMail(colleague, /Nina Patel invites you to join/);
  const member = await (await browser.newContext()).newPage();
  await member.goto(linkIn(invitation, "/team-invitations/"));
  await expect(member.getByRole("heading", { name: /^Join / })).toBeVisible();
  await member.getByLabel("Your name").fill("Sam Rivera");
  await member.getByLabel("Password (at least 12 characters)").fill("sam's long password");
  await member.getByLabel("Password again").fill("a different one!");
  await member.getByRole("button", { name: "Join the team" }).click();
  await expect(member.getByText("The two passwords are not the same.")).toBeVisible();
  // What was typed stays (never the passwords).
  await expect(member.getByLabel("Your name")).toHaveValue("Sam Rivera");
  await member.getByLabel("Password (at least 12 characters)").fill("sam's long password");
  await member.getByLabel("Password again").fill("sam's long password");
  await member.getByRole("button", { name: "Join the team" }).click();
  await expect(member.getByText("Your account is ready.")).toBeVisible();
  await signIn(member, colleague, "sam's long password");
  await expect(member.getByTestId("whoami")).toContainText("member");
  await member.goto("/team");
  await expect(member.getByText("Only an admin of your organization can invite colleagues")).toBeVisible();
  await expect(member.getByRole("button", { name: /^Remove/ })).toHaveCount(0);

  await page.reload();
  const row = page.getByTestId(`member-${colleague}`);
  await expect(row).toContainText("Member");
  await row.getByRole("button", { name: "Make admin Sam Rivera" }).click();
  // The question is a dialog: Escape or Cancel close it, focus goes back to the button.
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("button", { name: "Make admin Sam Rivera" })).toBeFocused();
  await row.getByRole("button", { name: "Make admin Sam Rivera" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, make admin" }).click();
  await expect(row).toContainText("Admin");
  await expectSignedOut(member, "/team");
  await signIn(member, colleague, "sam's long password");
  await expect(member.getByTestId("whoami")).toContainText("admin");

  await row.getByRole("button", { name: "Remove Sam Rivera" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByTestId(`member-${colleague}`)).toHaveCount(0);
  await expectSignedOut(member, "/team");
  await member.getByLabel("Email").fill(colleague);
  await member.getByLabel("Password").fill("sam's long password");
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.locator("form").getByRole("alert")).toContainText("do not match an account");

  const self = page.getByTestId(`member-${nina}`);
  await self.getByRole("button", { name: "Make member Nina Patel" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, make member" }).click();
  await expect(page.getByRole("alertdialog").getByRole("alert")).toContainText("must keep at least one admin");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("organization details: an admin edits the contact, the program's fields are read-only with the reason", async ({ page }) => {
  await signIn(page, "ben@adventure-works.example");
  await page.goto("/settings");
  await page.getByRole("link", { name: "Organization details" }).click();
  await expect(page.getByRole("heading", { name: "Organization details" })).toBeVisible();
  await expect(page.getByText("which the program rules treat as a new enrollment, not an edit")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Country|Partner ID/ })).toHaveCount(0);
  // An address of this run's own: saving what is already stored would not be a change.
  const address = `Keizersgracht 1, unit ${uniqueTag()}, 1015 CJ Amsterdam`;
  await page.getByLabel("Address").fill(address);
  // A URL the browser accepts but the server does not (only web addresses).
  await page.getByLabel("Website").fill("ftp://adventure-works.example");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Enter the website as https://…")).toBeVisible();
  await expect(page.getByLabel("Address")).toHaveValue(address);
  await page.getByLabel("Website").fill("https://adventure-works.example");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Saved. The change is recorded")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Address")).toHaveValue(address);
});

test("your sessions: lists where the account is signed in, and signs the others out at once", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const owner = await newReseller(browser);
  const wei = owner.email;
  const other = await signedIn(browser, wei, owner.password);
  await signIn(page, wei, owner.password);
  await page.goto("/settings/sessions");
  const sessions = page.getByTestId("session");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This browser" })).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out all other sessions" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, sign them out" }).click();
  await expect(page.getByText("Your other sessions are signed out.")).toBeVisible();
  await expectSignedOut(other, "/settings");
  await page.reload();
  await expect(sessions).toHaveCount(1);
});

test("email change: the link goes to the new address, following it moves the account there, and the old address is told", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const owner = await newReseller(browser);
  const tom = owner.email;
  const moved = `moved-${uniqueTag()}@tailspin-toys.example`;
  await signIn(page, tom, owner.password);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Change your email address" }).click();
  await expect(page.getByRole("heading", { name: "Change your email address" })).toBeVisible();
  await page.getByLabel("New email address").fill(moved);
  await page.getByLabel("Current password").fill("not my password");
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("Your current password is not right.").first()).toBeVisible();
  await expect(page.getByLabel("New email address")).toHaveValue(moved);
  await page.getByLabel("Current password").fill(owner.password);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText(`Check the inbox of ${moved}`)).toBeVisible();

  const link = linkIn(await waitForMail(moved, /Confirm your new email address/), "/change-email/");
  const inbox = await (await browser.newContext()).newPage();
  await inbox.goto(link);
  await inbox.getByRole("button", { name: "Use this address" }).click();
  await expect(inbox.getByRole("status")).toContainText(`Your account now uses ${moved}.`);
  const notice = await waitForMail(tom, /email address was changed/);
  expect(notice.text).toContain(moved);
  await signIn(inbox, moved, owner.password);
});
