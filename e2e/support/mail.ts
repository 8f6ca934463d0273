import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import type { ReceivedMail } from "../../test/mail";
import { MAIL_DIR } from "./mail-config";

import { linkIn } from "../../test/mail";

export { linkIn };

function allMail(): ReceivedMail[] {
  return readdirSync(MAIL_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(MAIL_DIR, file), "utf8")) as ReceivedMail);
}

/** Mail received so far for one address, oldest first. */
export function mailTo(address: string): ReceivedMail[] {
  return allMail().filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/**
 * Waits for the newest message to the address whose subject matches. The app delivers after its change commits, so
 * this polls the mailbox the global set-up's SMTP server fills.
 */
export async function waitForMail(address: string, subject: RegExp, timeout = 15_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(() => {
      found = mailTo(address).filter((mail) => subject.test(mail.subject)).at(-1);
      return found !== undefined;
      // Every 200 ms (reading a folder of small files) rather than Playwright's default back-off to once a second:
      // a spec waits for a dozen mails, and each arrives within moments of the change that sends it.
    }, { timeout, intervals: [100, 200], message: `mail to ${address} matching ${subject}` })
    .toBe(true);
  return found!;
}

/** Follows the confirmation link mailed to a new account, confirms, and signs in on the page it leads to. */
export async function confirmEmailAndSignIn(page: Page, email: string, password: string): Promise<void> {
  const confirmation = await waitForMail(email, /Confirm your email address/);
  await page.goto(linkIn(confirmation, "/verify-email/"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
