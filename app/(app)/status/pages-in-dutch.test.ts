// The status, customer, own-use and support pages render whole in both languages for the demo's partners: every
// message finds its words and placeholders, and a Dutch reader gets Dutch (the English test of each page is in e2e).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderToReadableStream } from "react-dom/server.edge";
import type { ReactElement } from "react";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import StatusPage from "@/app/(app)/status/page";
import CustomersPage from "@/app/(app)/customers/page";
import CustomerRequestsPage from "@/app/(app)/customers/requests/page";
import CustomerHomePage from "@/app/(app)/customer/page";
import OwnUsePage from "@/app/(app)/own-use/page";
import OrderRequestsPage from "@/app/(app)/own-use/requests/page";
import SupportPage from "@/app/(app)/support/page";
import PartnerDirectoryPage from "@/app/(app)/support/directory/page";
import FailedDeliveriesPage from "@/app/(app)/support/deliveries/page";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "dutch-pages-password");
});
afterAll(() => database.drop());
afterEach(() => void ((globalThis as { testLocale?: string }).testLocale = undefined));

const none = { searchParams: Promise.resolve({}) };
/** Renders async sections too (the status page's steps are server components of their own). */
async function render(page: Promise<unknown> | unknown): Promise<string> {
  const stream = await renderToReadableStream((await page) as ReactElement);
  await stream.allReady;
  return (await new Response(stream).text()).replace(/<!-- -->/g, "");
}
const inDutch = () => void ((globalThis as { testLocale?: string }).testLocale = "nl");

describe("the partner's own pages in English and Dutch", () => {
  it("the reseller's status page: readiness in English, then all of it in Dutch", async () => {
    await signInAs(database, "lea@litware.example");
    const english = await render(StatusPage());
    expect(english).toContain("What is blocked right now");
    inDutch();
    const dutch = await render(StatusPage());
    expect(dutch).toContain("Wat nu geblokkeerd is");
    expect(dutch).toContain("Partner-ID");
    expect(dutch).not.toContain("What is blocked right now");
  });

  it("customers, requests and own use in Dutch", async () => {
    await signInAs(database, "lea@litware.example");
    inDutch();
    expect(await render(CustomersPage(none))).toContain("Een klant toevoegen");
    expect(await render(CustomerRequestsPage(none))).toContain("Klantverzoeken");
    expect(await render(OwnUsePage(none))).toContain("Kopen voor eigen gebruik");
    expect(await render(OrderRequestsPage())).toContain("Bestelaanvragen");
  });

  it("the direct-bill checklist and the customer's admin in Dutch", async () => {
    inDutch();
    await signInAs(database, "olivia@blueyonder-cloud.example");
    expect(await render(StatusPage())).toContain("Ingeschreven als partner met directe facturering");
    await signInAs(database, "claire@fourthcoffee.example");
    const home = await render(CustomerHomePage());
    expect(home).toContain("Wie jou kan bedienen");
    expect(home).toContain("Aanmeldbeveiliging");
  });

  it("program support's pages in Dutch", async () => {
    inDutch();
    await signInAs(database, "sam@program-support.example");
    expect(await render(SupportPage())).toContain("Ondersteuningswachtrij");
    expect(await render(PartnerDirectoryPage(none))).toContain("organisaties");
    expect(await render(FailedDeliveriesPage())).toContain("Mislukte bezorgingen");
  });
});
