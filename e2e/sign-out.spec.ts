import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";

/** The browser's session cookie, as someone who copied it would hold it. */
async function copySessionCookie(page: Page): Promise<Cookie[]> {
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(copied).toHaveLength(1);
  return copied;
}

/** Opens a protected page in a fresh browser holding only the copied cookie; true when it is let in. */
async function copyStillWorks(browser: Browser, copied: Cookie[]): Promise<boolean> {
  const context = await browser.newContext();
  try {
    await context.addCookies(copied);
    const page = await context.newPage();
    await page.goto("/settings");
    return !new URL(page.url()).pathname.startsWith("/sign-in");
  } finally {
    await context.close();
  }
}

test("F7: a copied session cookie stops working after POST /api/auth/signout (Auth.js's own route)", async ({ page, browser }) => {
  await signIn(page, demo.resellerMember);
  const copied = await copySessionCookie(page);
  expect(await copyStillWorks(browser, copied)).toBe(true);

  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/sign-in" }, maxRedirects: 0 });
  expect(response.status()).toBe(302);

  expect(await copyStillWorks(browser, copied)).toBe(false);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("F7: a copied session cookie stops working after the app's sign-out button", async ({ page, browser }) => {
  await signIn(page, demo.providerMember);
  const copied = await copySessionCookie(page);
  expect(await copyStillWorks(browser, copied)).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await copyStillWorks(browser, copied)).toBe(false);
});
