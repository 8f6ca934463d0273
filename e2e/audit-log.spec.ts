import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demo, signIn } from "./support/sign-in";
import { confirmEmailAndSignIn } from "./support/mail";

// Each run makes its own reseller (signed up here) and its own invitations, so the spec passes alone, twice in a row
// and in any order.

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function personAt(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** A visitor from an address of its own (the app reads the last X-Forwarded-For hop), so this spec's sign-up never
 * counts against the per-network sign-up allowance other specs use from 127.0.0.1. */
async function newVisitor(browser: Browser): Promise<Page> {
  const address = `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
  contexts.push(context);
  return context.newPage();
}

test("the reseller timeline shows every step of the provider flow, from the audit trail, on both sides", async ({ browser }) => {
  test.setTimeout(240_000); // five people on a shared 2-core machine
  const unique = `${Date.now()}`.slice(-7);
  const reseller = { name: `Harbour IT ${unique} B.V.`, partnerId: `57${unique}`, email: `owner-${unique}@harbour-it.example`, password: "a long enough password" };

  // A new reseller in the Netherlands signs up and proves its address.
  const resellerAdmin = await newVisitor(browser);
  await resellerAdmin.goto("/sign-up");
  await resellerAdmin.getByLabel("Organization legal name").fill(reseller.name);
  await resellerAdmin.getByLabel("Country").selectOption("NL");
  await resellerAdmin.getByLabel("Partner ID").fill(reseller.partnerId);
  await resellerAdmin.getByLabel("CSP tenant ID").fill(randomUUID());
  await resellerAdmin.getByLabel("Your name").fill("Jan Haven");
  await resellerAdmin.getByLabel("Your email").fill(reseller.email);
  await resellerAdmin.getByLabel("Password").fill(reseller.password);
  await resellerAdmin.getByRole("button", { name: "Sign up" }).click();
  // Sign-up hashes a password: slow on a busy machine.
  await expect(resellerAdmin.getByText("Check your inbox")).toBeVisible({ timeout: 30_000 });
  await confirmEmailAndSignIn(resellerAdmin, reseller.email, reseller.password);
  await expect(resellerAdmin.getByTestId("whoami")).toBeVisible();

  // Onboarding: the reseller submits its details, program support verifies them, the reseller enrolls.
  await resellerAdmin.goto("/status");
  await resellerAdmin.getByLabel("Business address").fill("Kade 1, 1011 AA Amsterdam");
  await resellerAdmin.getByLabel("Website").fill("https://harbour-it.example");
  await resellerAdmin.getByLabel("Contact phone").fill("+31 20 123 4567");
  await resellerAdmin.getByRole("button", { name: "Submit details" }).click();
  await expect(resellerAdmin.getByText(/program support is verifying them/)).toBeVisible();
  const support = await personAt(browser, demo.support);
  await support.goto("/support");
  const approve = support.getByRole("button", { name: `Approve ${reseller.name}` });
  await approve.click();
  await support.getByRole("alertdialog").getByRole("button", { name: "Yes, approve" }).click(); // final, so asked first
  await expect(approve).toHaveCount(0); // it leaves the queue (hidden while the decision is sent)
  // Recorded: the decision is listed once the server has committed it (the button goes before that).
  await expect(support.getByRole("region", { name: "Recent decisions" }).getByRole("link", { name: reseller.name })).toBeVisible();
  await resellerAdmin.goto("/status");
  await resellerAdmin.getByRole("button", { name: "Enroll as indirect reseller" }).click();
  await expect(resellerAdmin.getByRole("listitem", { name: "Enrolled as indirect reseller" })).toContainText("Done on");

  // The provider invites it by Partner ID; the reseller accepts and signs the MPA.
  const provider = await personAt(browser, demo.providerAdmin);
  await provider.goto("/resellers/invitations");
  await provider.getByLabel("Reseller admin's email").fill(reseller.email);
  await provider.getByLabel("Reseller's Partner ID").fill(reseller.partnerId);
  await provider.getByRole("button", { name: "Create invitation link" }).click();
  const link = await provider.getByLabel("Invitation link").inputValue();
  await resellerAdmin.goto(new URL(link).pathname);
  await resellerAdmin.getByRole("button", { name: "Accept invitation" }).click();
  await expect(resellerAdmin.getByText(/Your organization accepted this invitation/)).toBeVisible();
  await resellerAdmin.goto("/status");
  await resellerAdmin.getByLabel("Signer’s name").fill("Jan Haven");
  await resellerAdmin.getByLabel("Signer’s title").fill("Director");
  await resellerAdmin.getByLabel("Signer’s email").fill(reseller.email);
  await resellerAdmin.getByRole("checkbox").check();
  await resellerAdmin.getByRole("button", { name: "Accept the MPA" }).click();
  await expect(resellerAdmin.getByRole("button", { name: "Accept the MPA" })).toHaveCount(0);

  // The provider's first subscription with it, then a request to end, which support approves.
  await provider.goto(`/resellers?q=${reseller.partnerId}&status=all`);
  await provider.getByRole("link", { name: reseller.name }).click();
  await provider.waitForURL(/\/resellers\/[0-9a-f-]{36}$/);
  const detailPath = new URL(provider.url()).pathname;
  await provider.getByRole("link", { name: "New subscription with this reseller" }).click();
  await provider.getByLabel("New customer's name").fill(`Canal Bikes ${unique}`);
  await provider.getByLabel("New customer's country").selectOption("NL");
  await provider.getByLabel("Offer").fill("Microsoft 365 Business Premium");
  await provider.getByLabel("Quantity").fill("3");
  await provider.getByRole("button", { name: "Create subscription" }).click();
  await expect(provider.getByText(/Subscription created for Canal Bikes/)).toBeVisible();
  await provider.goto(detailPath);
  await provider.getByLabel("Why should the relationship end?").fill("Harbour IT moves to another provider.");
  await provider.getByRole("button", { name: "Request end of relationship" }).click();
  await expect(provider.getByTestId("relationship-status")).toHaveText("Termination requested");
  await support.goto("/support");
  const request = support.getByRole("listitem", { name: `Contoso Distribution B.V. and ${reseller.name}` });
  await request.getByRole("button", { name: "Approve and end the relationship" }).click();
  await request.getByRole("alertdialog", { name: "Confirm the decision" }).getByRole("button", { name: "Yes, end the relationship" }).click();
  await expect(request).toHaveCount(0);

  // The provider's timeline: every step done, in order, with who did it.
  await provider.goto(detailPath);
  const timeline = provider.getByRole("list", { name: `Timeline of ${reseller.name}` });
  const steps = timeline.getByRole("listitem");
  await expect(steps).toHaveText([
    /Invited.*by Anna de Vries/,
    /Linked.*by Jan Haven/,
    /Onboarded.*by Sam Okafor \(program support\)/,
    /Enrolled as indirect reseller.*by Jan Haven/,
    /MPA signed.*by Jan Haven/,
    /First transaction.*by Anna de Vries/,
    /Termination requested.*by Anna de Vries/,
    /Terminated.*by Sam Okafor/,
  ]);
  await expect(timeline.locator("[data-done=false]")).toHaveCount(0);
  await provider.getByRole("region", { name: "Timeline" }).screenshot({ path: "docs/screenshots/timeline.png" });

  // Each step links to its audit event.
  await steps.first().getByRole("link", { name: /audit event/ }).click();
  await expect(provider.getByRole("heading", { level: 1, name: "Reseller invited" })).toBeVisible();
  await expect(provider.getByRole("region", { name: "After" })).toContainText(reseller.email);

  // The reseller sees the same steps on its status page.
  await resellerAdmin.goto("/status");
  const own = resellerAdmin.getByRole("list", { name: "Timeline with Contoso Distribution B.V." });
  await expect(own.getByRole("listitem")).toHaveCount(8);
  await expect(own.locator("[data-done=false]")).toHaveCount(0);
});

test("the audit log filters by person, kind, record and date, pages, and exports what it shows", async ({ browser }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-7);
  const today = new Date().toISOString().slice(0, 10);
  const ours = `audit-${unique}@example.com`;
  const theirs = `fabrikam-audit-${unique}@example.com`;

  // Two providers each invite someone: two audit events, one per organization.
  const frank = await personAt(browser, "frank@fabrikam-cloud.example");
  await frank.goto("/resellers/invitations");
  await frank.getByLabel("Reseller admin's email").fill(theirs);
  await frank.getByRole("button", { name: "Create invitation link" }).click();
  await expect(frank.getByLabel("Invitation link")).toBeVisible();
  const anna = await personAt(browser, demo.providerAdmin);
  await anna.goto("/resellers/invitations");
  await anna.getByLabel("Reseller admin's email").fill(ours);
  await anna.getByRole("button", { name: "Create invitation link" }).click();
  await expect(anna.getByLabel("Invitation link")).toBeVisible();

  // Contoso's admin filters her organization's log.
  await anna.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  const filters = anna.getByRole("form", { name: "Filter the audit log" });
  await filters.getByLabel("Person (email)", { exact: true }).fill(demo.providerAdmin);
  await filters.getByLabel("Kind of event", { exact: true }).selectOption({ label: "Reseller invited" });
  await filters.getByLabel("From", { exact: true }).fill(today);
  await filters.getByLabel("To", { exact: true }).fill(today);
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(anna).toHaveURL(/kind=invitation\.created/);
  const rows = anna.getByTestId("audit-event");
  await expect(rows.first()).toContainText("Reseller invited");
  await expect(rows.first()).toContainText("Anna de Vries");
  await expect(filters.getByLabel("Person (email)", { exact: true })).toHaveValue(demo.providerAdmin);

  // The export answers the same filters as CSV, and never another organization's events.
  const exportHref = await anna.getByRole("link", { name: "Export these events (CSV)" }).getAttribute("href");
  expect(exportHref).toContain("kind=invitation.created");
  expect(exportHref).toContain("person=");
  const csv = await (await anna.request.get(exportHref!)).text();
  expect(csv.split("\r\n")[0]).toContain('"Kind"');
  expect(csv).toContain(ours);
  expect(csv).not.toContain(theirs);

  // Her invitation's record (other specs may invite at the same time, so it is found by its email in the export):
  // the record filter narrows the log to it, and the event shows what was recorded.
  const line = csv.split("\r\n").find((row) => row.includes(ours))!;
  const invitationId = /"invitation","([0-9a-f-]{36})"/.exec(line)![1]!;
  await anna.goto(`/audit-log?record=${invitationId}`);
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("link", { name: "Reseller invited" }).click();
  await expect(anna.getByRole("region", { name: "After" })).toContainText(ours);

  // A malformed filter is explained, not guessed at; a member is told who can read the log; support sees everyone's.
  await anna.goto("/audit-log?from=2026-02-30");
  await expect(anna.getByRole("alert").filter({ hasText: "These filters need attention" })).toContainText("From is not a calendar date.");
  const member = await personAt(browser, demo.providerMember);
  await member.goto("/audit-log");
  await expect(member.getByText("Only your organization's admins can read its audit log.")).toBeVisible();
  const support = await personAt(browser, demo.support);
  await support.goto(`/audit-log?kind=invitation.created&from=${today}&to=${today}`);
  const all = await (await support.request.get(`/audit-log/export?kind=invitation.created&from=${today}&to=${today}`)).text();
  expect(all).toContain(ours);
  expect(all).toContain(theirs);
});
