import { expect, test } from "@playwright/test";
import { newReseller } from "./support/factory";
import { signIn } from "./support/sign-in";

test("an admin makes an API token, sees the secret once, calls the partner API with it, and revoking it makes the next call 401", async ({ page, browser, request }) => {
  // Signs up a reseller of its own first (a password hash on a busy machine).
  test.setTimeout(120_000);
  const partner = await newReseller(browser);
  await signIn(page, partner.email, partner.password);
  await page.goto("/settings");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await expect(page.getByText("No tokens yet.")).toBeVisible();

  // Nothing ticked: refused with a message, the name kept.
  await page.getByLabel("Name", { exact: true }).fill("Billing sync");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Choose at least one scope.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Billing sync");

  await page.getByLabel(/customers:read/).check();
  await page.getByLabel(/audit:read/).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secretBox = page.getByTestId("new-token-secret");
  await expect(secretBox).toBeVisible();
  const secret = await secretBox.inputValue();
  expect(secret).toMatch(/^csp_[A-Za-z0-9_-]{43}$/);
  const listed = page.getByTestId("api-token").filter({ hasText: "Billing sync" });
  await expect(listed).toContainText("customers:read, audit:read");
  await expect(listed.getByTestId("api-token-last-used")).toHaveText("Last used: never");

  // The token works, as its organization, within its scopes.
  const headers = { authorization: `Bearer ${secret}` };
  const customers = await request.get("/api/v1/customers?limit=5", { headers });
  expect(customers.status()).toBe(200);
  expect(await customers.json()).toEqual({ data: [], nextCursor: null });
  const audit = await request.get("/api/v1/audit-events?kind=api-token.created", { headers });
  expect(audit.status()).toBe(200);
  expect((await audit.json()).data[0].after.name).toBe("Billing sync");
  // A reseller's organization has no reseller list, whatever the token: 403, never more than its admin.
  expect((await request.get("/api/v1/resellers", { headers })).status()).toBe(403);
  // Without the token the partner API answers 401 (the request context holds no session either).
  expect((await request.get("/api/v1/customers")).status()).toBe(401);

  // Shown once: after a reload only the prefix is left, and the last use is recorded.
  await page.reload();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(listed).toContainText(secret.slice(0, 10));
  await expect(listed.getByTestId("api-token-last-used")).not.toHaveText("Last used: never");

  // Revoking asks first; the next request with the token is refused.
  await listed.getByRole("button", { name: "Revoke the token Billing sync" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(listed).toContainText("revoked");
  const after = await request.get("/api/v1/customers?limit=5", { headers });
  expect(after.status()).toBe(401);
  expect(await after.json()).toMatchObject({ code: "unauthorized" });
});

test("the partner API reference renders from the OpenAPI document, with an example per endpoint", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { name: "CSP Partner Hub partner API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/resellers", exact: true })).toBeVisible();
  // One example per partner API endpoint (lib/api/endpoints.ts: 11 with the compliance findings).
  await expect(page.getByTestId("example-request")).toHaveCount(11);
});
