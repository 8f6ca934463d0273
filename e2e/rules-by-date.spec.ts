// The program over time: /rules shows every version with its source and each rule's history; the checker moves the
// date and shows when the verdict flips. Public pages, no data needed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the rules page shows the timeline and histories; the checker shows when a verdict flips and jumps to it", async ({ page }) => {
  await page.goto("/rules");
  const timeline = page.getByTestId("program-timeline");
  await expect(timeline.getByRole("listitem").filter({ has: page.locator("time") })).toHaveCount(5);
  await expect(timeline).toContainText("2024-04-01");
  await expect(timeline).toContainText("Requirements to enroll as a CSP direct bill partner");
  await expect(page.getByTestId("undated-changes")).toContainText("Changed between 2021-07 and 2023-08");
  await expect(page.getByTestId("history-DIRECT-BILL-REQUIREMENTS").getByRole("listitem")).toHaveCount(3);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A provider transacting with a reseller that had USD 250 at its anniversary, checked in December 2023.
  await page.goto("/check?action=transact-new-business&on=2023-12-01&me=indirect-provider&me_country=NL&other=indirect-reseller&other_country=DE&other_since=2021-04-01&other_anniversary_revenue=250&rel=active");
  const status = page.getByTestId("verdict-status");
  await expect(status).toContainText("Allowed");
  await expect(page.getByTestId("verdict-span")).toContainText("allowed until 2024-03-31");
  await page.getByRole("button", { name: "Check on 2024-04-01" }).click();
  await expect(page.getByLabel("Date of the action")).toHaveValue("2024-04-01");
  await expect(status).toContainText("Blocked");
  await expect(page.getByTestId("verdict-span")).toContainText("blocked from 2024-04-01");
  await expect(page.getByRole("list", { name: "Findings" }).locator('[data-outcome="fail"]')).toContainText("version of 2024-04-01");

  // Without the anniversary revenue the rule names the fact instead of passing.
  await page.getByLabel("Their CSP revenue (USD), 12 months before the last anniversary").fill("");
  await expect(status).toContainText("Allowed");
  await expect(page.getByTestId("missing-facts")).toContainText("reseller.anniversaryRevenueUsd");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
