import { expect, test } from "@playwright/test";
import { totp } from "../lib/auth/totp";
import { signIn } from "./support/sign-in";
import { newReseller } from "./support/factory";

const seconds = () => Math.floor(Date.now() / 1000);

test("a partner turns on two-factor sign-in, then signs in with a code and with a recovery code", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A user of its own: turning two-factor on cannot be done twice to one account.
  const owner = await newReseller(browser);
  await signIn(page, owner.email, owner.password);
  await page.goto("/settings/two-factor");
  await page.getByRole("button", { name: "Start set-up" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("not right");
  await page.getByLabel("Code from the app").fill(totp(secret, seconds()));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await expect(page.getByTestId("whoami")).toBeVisible(); // this session stayed signed in

  await page.getByRole("button", { name: "Sign out" }).click();
  // Wait for the sign-in page itself, or a busy server's late redirect clears the email typed into the old page.
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toBeVisible();
  await code.fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("not right");
  await code.fill(totp(secret, seconds() + 30)); // the next step: the enrolment already used this one
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  // Wait for the sign-in page itself, or a busy server's late redirect clears the email typed into the old page.
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code from your authenticator app").fill(recovery);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
});
