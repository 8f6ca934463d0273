import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "csp-demo-2026";

export const demo = {
  providerAdmin: "anna@contoso-distribution.example",
  providerMember: "mark@contoso-distribution.example",
  resellerAdmin: "lea@litware.example",
  resellerMember: "hugo@litware.example",
  resellerWithoutMpa: "ben@adventure-works.example",
  directBillAdmin: "olivia@blueyonder-cloud.example",
  directBillMember: "oscar@blueyonder-cloud.example",
  support: "sam@program-support.example",
  twoFactorDemo: "tess@trey-research.example",
  directBillOtherMember: "ivan@woodgrove-direct.example",
  providerOtherMember: "fiona@fabrikam-cloud.example",
} as const;

/** Signs in through the real form and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
}
