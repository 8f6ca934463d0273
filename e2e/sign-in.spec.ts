import { expect, test } from "@playwright/test";
import { demo, signIn, signInWithForm } from "./support/sign-in";

const homes = [
  { who: "indirect provider", email: demo.providerAdmin, path: "/resellers", heading: "Resellers", nav: ["Resellers"], notNav: ["My status", "Support queue"] },
  { who: "indirect reseller", email: demo.resellerAdmin, path: "/status", heading: "Litware Solutions SARL", nav: ["My status"], notNav: ["Resellers", "Support queue"] },
  { who: "direct-bill partner", email: demo.directBillAdmin, path: "/status", heading: "Blue Yonder Cloud Ltd", nav: ["My status"], notNav: ["Resellers", "Support queue"] },
  { who: "program support", email: demo.support, path: "/support", heading: "Support queue", nav: ["Support queue"], notNav: ["Resellers", "My status"] },
];

for (const home of homes) {
  test(`signing in as ${home.who} lands on its home with its navigation`, async ({ page }) => {
    await signInWithForm(page, home.email);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of [...home.nav, "Scenario checker", "Settings"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    for (const label of home.notNav) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
  });
}

test("a wrong password and an unknown email get the same generic error", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demo.resellerMember);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toContainText("do not match an account");
  const wrongPassword = await alert.textContent();

  await page.getByLabel("Email").fill("nobody@nowhere.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(wrongPassword!);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an anonymous visit to a protected page goes to sign-in", async ({ page }) => {
  await page.goto("/resellers");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to CSP Partner Hub" })).toBeVisible();
});

test("a partner cannot open another role's page", async ({ page }) => {
  await signIn(page, demo.resellerAdmin);
  const response = await page.goto("/resellers");
  expect(response?.status()).toBe(404);
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, demo.directBillMember);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/status");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a user changes their display name", async ({ page }) => {
  await signIn(page, demo.providerMember);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Display name").fill("Mark J.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your display name was saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("whoami")).toContainText("Mark J.");
});

test("signing in from a link returns to the page the link pointed at", async ({ page }) => {
  await page.goto("/resellers/invitations");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(demo.providerAdmin);
  await page.getByLabel("Password").fill("csp-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/resellers\/invitations$/);
});
