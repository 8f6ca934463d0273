import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { newReseller, onboard } from "./support/factory";
import { signIn } from "./support/sign-in";
import { signatureHeadersOf, startWebhookReceiver } from "../test/webhook-receiver";

// A new reseller registers two loopback endpoints (the e2e server runs with WEBHOOKS_ALLOW_PRIVATE_TARGETS=1): one
// that answers 200 and one that answers 500. Program support verifies its onboarding through the UI: the first gets
// the event signed with the secret shown once, the second's log shows the failure and the retry.
test("an admin's endpoint receives a signed event; a failing one shows the failure and a retry", async ({ browser, page }) => {
  // Sign-up, onboarding through support and a retry 5 s later: slow on a busy machine.
  test.setTimeout(300_000);
  const receiver = await startWebhookReceiver();
  const failing = await startWebhookReceiver({ status: 500, body: "receiver is down" });
  try {
    const reseller = await newReseller(browser, { legalName: "Webhook Receiver" });
    await signIn(page, reseller.email, reseller.password);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    await expect(page.getByText("No endpoints yet")).toBeVisible();

    // A refusal keeps what was typed: no event chosen.
    await page.getByLabel("Endpoint URL").fill(receiver.url("/csp"));
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("Choose at least one event.")).toBeVisible();
    await expect(page.getByLabel("Endpoint URL")).toHaveValue(receiver.url("/csp"));

    await page.getByRole("checkbox", { name: /verified an organization's onboarding/ }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);

    await page.getByLabel("Endpoint URL").fill(failing.url("/csp"));
    await page.getByRole("checkbox", { name: /verified an organization's onboarding/ }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByTestId("webhook-endpoint")).toHaveCount(2);

    // The event, through the UI: the reseller submits its details and program support verifies them.
    await onboard(browser, reseller);

    await expect.poll(() => receiver.received.length, { timeout: 30_000, intervals: [100, 200] }).toBe(1);
    const [request] = receiver.received;
    const event = new Webhook(secret).verify(request!.body, signatureHeadersOf(request!)) as { type: string; data: { organization: { name: string } } };
    expect(event.type).toBe("onboarding.verified");
    expect(event.data.organization.name).toBe(reseller.legalName);

    // The delivered one's log.
    await page.goto("/settings/webhooks");
    await page.getByRole("link", { name: receiver.url("/csp") }).click();
    const delivered = page.getByTestId("webhook-delivery");
    await expect(delivered).toHaveCount(1);
    await expect(delivered).toContainText("Delivered");
    await expect(delivered).toContainText("1 attempt · answered 200");

    // The failing one's log: the 500, then a second attempt about 5 seconds later.
    await page.goto("/settings/webhooks");
    await page.getByRole("link", { name: failing.url("/csp") }).click();
    const retrying = page.getByTestId("webhook-delivery");
    await expect(retrying).toContainText("Retrying");
    await expect(retrying).toContainText("answered 500");
    await expect(retrying).toContainText("The endpoint answered 500.");
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("webhook-delivery")).toContainText("2 attempts", { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    await expect(page.getByTestId("webhook-delivery")).toContainText("next attempt");
    await page.getByText("Response body (first 1,000 characters)").click();
    await expect(page.getByText("receiver is down")).toBeVisible();
    expect(failing.received.length).toBeGreaterThanOrEqual(2);
    expect(new Set(failing.received.map((r) => r.headers["webhook-id"])).size).toBe(1);
  } finally {
    await receiver.close();
    await failing.close();
  }
});
