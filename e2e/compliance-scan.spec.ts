import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Fabrikam's book holds one subscription planted in the demo data: Consolidated Messenger, recorded with Humongous as
// reseller of record on 2021-06-10, a month before Humongous joined, enrolled and accepted the MPA, and before their
// relationship began. No other spec changes Fabrikam's subscriptions, so its findings are known whatever ran before.
const fabrikamAdmin = "frank@fabrikam-cloud.example";
const plantedRules = ["MPA-BEFORE-ASSOCIATION", "MPA-BEFORE-NEW-BUSINESS", "MPA-REQUIRED", "PROVIDER-RESELLER-ACTIVE", "RESELLER-READINESS"];

test("a provider runs the compliance scan, sees the planted findings, filters and exports them", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, fabrikamAdmin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compliance scan" }).click();
  await expect(page.getByRole("heading", { name: "Compliance scan", level: 1 })).toBeVisible();

  // A scan from an earlier run may be shown already: wait for a result with another id than that one.
  const lastResult = page.locator("[data-scan-id]");
  const before = (await lastResult.count()) > 0 ? await lastResult.getAttribute("data-scan-id") : null;
  await page.getByRole("button", { name: /Run the scan|Scan again/ }).click();
  await expect(lastResult).toHaveAttribute("data-scan-id", before ? new RegExp(`^(?!${before}$)`) : /.+/, { timeout: 60_000 });
  await expect(lastResult).toContainText("5 findings");

  for (const rule of plantedRules) await expect(page.getByTestId(`count-${rule}`)).toHaveText("1");
  const findings = page.getByRole("table");
  await expect(findings.getByRole("row")).toHaveCount(1 + plantedRules.length);
  await expect(findings).toContainText("Consolidated Messenger");
  await expect(findings).toContainText("Humongous IT Services LLC");
  await expect(findings).toContainText("The reseller accepts the MPA only on 2021-07-10, after 2021-06-10");
  await expect(findings).toContainText("Correct the partner of record in Partner Center");

  await page.getByRole("combobox", { name: /^Rule/ }).selectOption("MPA-BEFORE-ASSOCIATION");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/rule=MPA-BEFORE-ASSOCIATION/);
  await expect(page.getByText("1 finding matches these filters")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these as CSV" }).click();
  const csv = await readFile((await (await downloading).path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('"Reseller of record"');
  expect(lines[1]).toContain('"Consolidated Messenger"');
  expect(lines[1]).toContain('"2021-06-10"');
  expect(lines[1]).toContain('"MPA-BEFORE-ASSOCIATION"');

  // The reseller's own page shows its findings from the same scan.
  await page.goto("/resellers");
  await page.getByRole("link", { name: "Humongous IT Services LLC" }).click();
  const section = page.getByRole("region", { name: "Compliance findings" });
  await expect(section).toContainText("Consolidated Messenger");
  await expect(section.getByRole("row")).toHaveCount(1 + plantedRules.length);

  // At 375 px the result page still reads: the table scrolls inside its card, not the page.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/compliance");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
