import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";
import { uniqueTag } from "./support/factory";

// The demo provider (Contoso, in the Netherlands: CSP region Europe) imports resellers new to this run, so the spec
// passes alone and twice in a row: their Partner IDs and addresses are made from a tag of their own.
test("a provider imports resellers from CSV: preview of good and bad rows, confirmation, progress, invitations, result", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const partnerIdBase = 5_900_000 + Math.floor(Math.random() * 90_000) * 10;
  const good = [
    { name: `Import One ${tag} GmbH`, partnerId: String(partnerIdBase + 1), country: "DE", email: `one-${tag}@import.example` },
    { name: `Import Two ${tag} SARL`, partnerId: String(partnerIdBase + 2), country: "FR", email: `two-${tag}@import.example` },
  ];
  const csv = [
    "\uFEFFName;Partner ID;Country;Email",
    ...good.map((row) => `"${row.name}";${row.partnerId};${row.country};${row.email}`),
    `"Typo ${tag}";12ab;DE;typo-${tag}@import.example`,
    `"Far ${tag} Inc";${partnerIdBase + 3};US;far-${tag}@import.example`,
    `"Again ${tag}";${good[0]!.partnerId};DE;`,
  ].join("\r\n");

  await signIn(page, demo.providerAdmin);
  await page.goto("/resellers");
  await page.getByRole("link", { name: "Import from CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import resellers from CSV", level: 1 })).toBeVisible();

  // The template names the columns of Partner Center's indirect-reseller export.
  const templateDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the template (CSV)" }).click();
  const template = await readFile((await (await templateDownload).path())!, "utf8");
  expect(template.split("\r\n")[0]).toBe('"Name","Partner ID","Country","Email"');

  // A file that is not CSV is refused with a message, and the page stays.
  await page.getByLabel("CSV file").setInputFiles({ name: "picture.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText(/This file is not a CSV file/)).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles({ name: `resellers-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { name: "Check before sending", level: 1 })).toBeVisible({ timeout: 30_000 });
  const rows = page.getByRole("table", { name: /Rows of the file/ });
  await expect(rows.getByRole("row")).toHaveCount(1 + 5);
  await expect(rows.getByRole("row", { name: new RegExp(good[0]!.email) })).toContainText("Invite");
  await expect(rows.getByRole("row", { name: /12ab/ })).toContainText("A Partner ID has 6 to 10 digits.");
  await expect(rows.getByRole("row", { name: new RegExp(`far-${tag}`) })).toContainText("SAME-REGION-RELATIONSHIP");
  await expect(rows.getByRole("row", { name: new RegExp(`Again ${tag}`) })).toContainText("Duplicate in the file: the same reseller as line 2.");
  await expect(page.getByText("Nothing has been sent yet.")).toBeVisible();

  // At 375 px the preview still reads: the table scrolls inside its card, not the page.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Confirm, then the progress runs to the end.
  await page.getByRole("button", { name: "Invite 2 resellers" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, invite" }).click();
  await expect(page.getByText(/^Finished/)).toBeVisible({ timeout: 60_000 });
  const happened = page.getByRole("list", { name: "What happened" });
  await expect(happened).toContainText("2 invited");
  await expect(happened).toContainText("3 skipped");
  await expect(happened).toContainText("0 failed");

  // The result, row by row.
  const resultDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the result (CSV)" }).click();
  const lines = (await readFile((await (await resultDownload).path())!, "utf8")).trim().split("\r\n");
  expect(lines[0]).toBe('"Line","Name","Partner ID","Country","Email","Result","Why"');
  expect(lines).toHaveLength(6);
  expect(lines[1]).toContain(`"${good[0]!.partnerId}","DE","${good[0]!.email}","invited"`);
  expect(lines[2]).toContain(`"${good[1]!.email}","invited"`);
  expect(lines[3]).toContain('"skipped","A Partner ID has 6 to 10 digits."');

  // The invitations exist, like those made one by one.
  await page.goto("/resellers/invitations");
  for (const row of good) await expect(page.getByRole("row", { name: new RegExp(row.email) })).toContainText("Waiting for an answer");
});
