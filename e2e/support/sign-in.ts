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

/**
 * Signs in as the sign-in form does (Auth.js's CSRF token, then its credentials callback: the same checks, throttles
 * and session record), from the page's own browser context so the cookie lands there, and waits for the home page.
 * Most specs sign in only to get somewhere; skipping the form's page load saves a second or two each on a busy
 * machine. The form itself is tested by `signInWithForm` (each role landing home), two-factor.spec.ts and the Dutch walks.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
  const cookies = await page.context().cookies();
  if (!cookies.some((cookie) => cookie.name.endsWith("authjs.session-token"))) {
    throw new Error(`Signing in as ${email} failed: ${answer.status()} ${answer.headers().location ?? ""}`);
  }
  await page.goto("/");
  await expect(page.getByTestId("whoami")).toBeVisible();
}

/** Signs in through the real form, as a person does, and waits for the home page. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
}
