import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, customers, emailOutbox, importRows, imports, invitations, organizations, tenants } from "@/lib/db/schema";
import { runDueJobs } from "@/lib/jobs/runner";
import { NOT_ALLOWED, NOT_FOUND } from "@/lib/errors";
import { inviteReseller } from "@/app/(app)/resellers/actions";
import { confirmResellerImport, uploadResellerImport } from "@/app/(app)/resellers/import/actions";
import { confirmCustomerImport, uploadCustomerImport } from "@/app/(app)/customers/import/actions";
import { GET as resellerResult } from "@/app/(app)/resellers/import/[importId]/result/route";
import { GET as customerResult } from "@/app/(app)/customers/import/[importId]/result/route";
import { runImportJob } from "./import-run";
import { getImport, listImportRows } from "./imports";
import { getActor } from "./actor";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
}, 300_000);
afterAll(() => database.drop());

const csvFile = (text: string, name = "resellers.csv") => new File([text], name, { type: "text/csv" });
const runImports = () => runDueJobs({ handlers: { "import.run": runImportJob } });

async function upload(action: typeof uploadResellerImport, text: string): Promise<string> {
  const result = await action({ file: csvFile(text) });
  if (!result.ok) throw new Error(result.error);
  return result.data.importId;
}

async function decisions(importId: string) {
  const rows = await database.db.select().from(importRows).where(eq(importRows.importId, importId)).orderBy(importRows.line);
  return Object.fromEntries(rows.map((row) => [row.line, { decision: row.decision, reason: row.reason, outcome: row.outcome, outcomeReason: row.outcomeReason }]));
}

const count = async (table: typeof invitations | typeof customers) => (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

const RESELLERS = [
  "Name;Partner ID;Country;Email",
  "Wide World Importers;5200010;AT;kai@wideworld-importers.example", // 2: go (known here, same region)
  "Nod Publishers;5299100;DE;eva@nod.example", // 3: go (not here yet)
  "Email Only GmbH;;FR;owner@email-only.example", // 4: go
  "Typo Partner;12ab;DE;typo@example.com", // 5: malformed Partner ID
  "Nowhere Ltd;5299101;ZZ;", // 6: unknown country
  "Faraway Inc;5299102;US;", // 7: other region
  "Nod Again;5299100;DE;", // 8: duplicate of line 3
  "Litware;5200004;FR;", // 9: already linked
  "Invited Before;5299103;DE;", // 10: already invited
  "Fabrikam;4100002;US;", // 11: a provider's Partner ID
  "No Country;5299104;;", // 12: no country
  "Nobody;;DE;", // 13: neither Partner ID nor email
  "Bad Mail;;DE;not-an-email", // 14: malformed email
].join("\r\n");

describe("importing resellers", () => {
  let importId: string;

  it("previews every row with the single invitation's checks, and writes nothing but the preview", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect((await inviteReseller({ partnerId: "5299103", email: "" })).ok).toBe(true);
    const invitationsBefore = await count(invitations);
    importId = await upload(uploadResellerImport, RESELLERS);
    const rows = await decisions(importId);
    expect(Object.values(rows).map((row) => row.decision)).toEqual(["go", "go", "go", "refused", "refused", "refused", "refused", "already", "refused", "refused", "refused", "refused", "refused"]);
    expect(rows[5]!.reason).toBe("A Partner ID has 6 to 10 digits.");
    expect(rows[6]!.reason).toMatch(/SAME-REGION-RELATIONSHIP: We do not know the country code "ZZ"/);
    expect(rows[7]!.reason).toMatch(/SAME-REGION-RELATIONSHIP: The provider is in .* and the reseller in/);
    expect(rows[8]!.reason).toBe("Duplicate in the file: the same reseller as line 3.");
    expect(rows[9]!.reason).toMatch(/^Already linked with Litware Solutions SARL \(active\)/);
    expect(rows[10]!.reason).toMatch(/^Already invited: an invitation waits for an answer until/);
    expect(rows[11]!.reason).toMatch(/belongs to Fabrikam Cloud Distribution Inc\., which is not an indirect reseller/);
    expect(rows[12]!.reason).toMatch(/^No country given/);
    expect(rows[13]!.reason).toMatch(/Partner ID, an email address, or both/);
    expect(rows[14]!.reason).toMatch(/email/i);
    expect(await count(invitations)).toBe(invitationsBefore);
    const view = await getImport((await getActor())!, "resellers", importId);
    expect(view).toMatchObject({ status: "preview", rowCount: 13, decisions: { go: 3, already: 1, refused: 9 } });
  });

  it("the single invitation form refuses what the import refuses, with the same words", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const provider = await inviteReseller({ partnerId: "4100002", email: "" });
    expect(provider).toMatchObject({ ok: false, error: expect.stringMatching(/which is not an indirect reseller/) });
  });

  it("another organization's import answers exactly like a missing one, on every path", async () => {
    await signInAs(database, "frank@fabrikam-cloud.example");
    const frank = (await getActor())!;
    expect(await getImport(frank, "resellers", importId)).toBeNull();
    expect(await listImportRows(frank, "resellers", importId, 1)).toBeNull();
    expect(await confirmResellerImport({ importId })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await confirmResellerImport({ importId: crypto.randomUUID() })).toEqual({ ok: false, error: NOT_FOUND });
    const theirs = await resellerResult(new Request("http://localhost/"), { params: Promise.resolve({ importId }) });
    const missing = await resellerResult(new Request("http://localhost/"), { params: Promise.resolve({ importId: crypto.randomUUID() }) });
    expect([theirs.status, missing.status]).toEqual([404, 404]);
    expect(await theirs.json()).toEqual(await missing.json());
    // Nor as the other kind of import, nor by a member who may not invite.
    await signInAs(database, "lea@litware.example");
    expect(await getImport((await getActor())!, "customers", importId)).toBeNull();
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await confirmResellerImport({ importId })).toEqual({ ok: false, error: NOT_ALLOWED });
    const [row] = await database.db.select({ status: imports.status }).from(imports).where(eq(imports.id, importId));
    expect(row!.status).toBe("preview");
  });

  it("confirming sends each invitation as the single path does; a row that fails does not stop the others; the result is downloadable", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const anna = (await getActor())!;
    expect(await confirmResellerImport({ importId })).toMatchObject({ ok: true, data: { rows: 3 } });
    expect(await confirmResellerImport({ importId })).toMatchObject({ ok: false, error: expect.stringContaining("already confirmed") });
    // Between the preview and the run, Wide World moves to the US: its row must fail, the others go on.
    await database.db.update(organizations).set({ country: "US", region: "united-states" }).where(eq(organizations.partnerId, "5200010"));
    expect(await runImports()).toEqual({ done: 1, failed: 0 });

    const rows = await decisions(importId);
    expect(rows[2]).toMatchObject({ outcome: "failed", outcomeReason: expect.stringContaining("SAME-REGION-RELATIONSHIP") });
    expect(rows[3]).toMatchObject({ outcome: "done" });
    expect(rows[4]).toMatchObject({ outcome: "done" });
    expect(rows[9]).toMatchObject({ outcome: "skipped", outcomeReason: expect.stringContaining("Already linked") });
    expect(rows[5]).toMatchObject({ outcome: "skipped", outcomeReason: "A Partner ID has 6 to 10 digits." });

    const made = await database.db.select().from(invitations).where(inArray(invitations.partnerId, ["5299100", "5200010"]));
    expect(made.map((row) => row.partnerId)).toEqual(["5299100"]);
    const emailOnly = await database.db.select().from(invitations).where(eq(invitations.email, "owner@email-only.example"));
    expect(emailOnly).toHaveLength(1);
    // The same audit event and the same email as the single form.
    const events = await database.db.select().from(auditEvents).where(and(eq(auditEvents.action, "invitation.created"), inArray(auditEvents.entityId, [made[0]!.id, emailOnly[0]!.id])));
    expect(events).toHaveLength(2);
    for (const event of events) expect(event).toMatchObject({ actorUserId: anna.userId, actorOrganizationId: anna.organizationId, entityType: "invitation" });
    const mail = await database.db.select().from(emailOutbox).where(inArray(emailOutbox.recipient, ["eva@nod.example", "owner@email-only.example"]));
    expect(mail).toHaveLength(2);
    expect(mail.every((message) => message.subject.includes("Contoso"))).toBe(true);

    const view = await getImport(anna, "resellers", importId);
    expect(view).toMatchObject({ status: "done", outcomes: { done: 2, skipped: 10, failed: 1 }, progress: { done: 3, total: 3 } });
    const response = await resellerResult(new Request("http://localhost/"), { params: Promise.resolve({ importId }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe('"Line","Name","Partner ID","Country","Email","Result","Why"');
    expect(lines).toHaveLength(14);
    expect(lines[1]).toMatch(/^"2","Wide World Importers","5200010","AT",.*"failed","Not in your region/);
    expect(lines[2]).toMatch(/^"3","Nod Publishers","5299100","DE","eva@nod.example","invited",""$/);
    expect(lines[8]).toMatch(/^"9",.*"skipped","Already linked/);
  });

  it("uploading the same file again invites no one twice", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const again = await upload(uploadResellerImport, RESELLERS);
    const rows = await decisions(again);
    expect(rows[3]).toMatchObject({ decision: "refused", reason: expect.stringMatching(/^Already invited/) });
    expect(rows[4]).toMatchObject({ decision: "refused", reason: expect.stringMatching(/^Already invited/) });
  });

  it("a file that is not CSV is refused with its reason, and nothing is kept", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const before = (await database.db.select({ n: sql<number>`count(*)::int` }).from(imports))[0]!.n;
    const binary = await uploadResellerImport({ file: new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], "book.xlsx") });
    expect(binary).toMatchObject({ ok: false, error: expect.stringContaining("not a CSV file") });
    expect(await uploadResellerImport({ file: "name,partner id" })).toMatchObject({ ok: false, error: "Some fields need attention.", fieldErrors: { file: ["Choose a CSV file to upload."] } });
    expect((await database.db.select({ n: sql<number>`count(*)::int` }).from(imports))[0]!.n).toBe(before);
  });
});

describe("importing customers", () => {
  it("previews with the add-a-customer checks, then adds each row through the same function and audit event", async () => {
    await signInAs(database, "lea@litware.example");
    const lea = (await getActor())!;
    const [taken] = await database.db.select({ tenantId: tenants.tenantId }).from(tenants).limit(1);
    const text = [
      "Name,Country,Tenant ID",
      "Boulangerie Import,FR,",
      "Bistro Import,BE,0f8fad5b-d9cb-469f-a165-70867728950e",
      "Far Away Diner,US,",
      "Bad Tenant,FR,not-a-guid",
      "Same Tenant,FR,0F8FAD5B-D9CB-469F-A165-70867728950E",
      `Taken Tenant,FR,${taken!.tenantId}`,
      ",FR,",
      "Nowhere Café,ZZ,",
    ].join("\n");
    const importId = await upload(uploadCustomerImport, text);
    const rows = await decisions(importId);
    expect(Object.values(rows).map((row) => row.decision)).toEqual(["go", "go", "refused", "refused", "refused", "refused", "refused", "refused"]);
    expect(rows[4]!.reason).toMatch(/SAME-REGION-SALE/);
    expect(rows[5]!.reason).toMatch(/GUID/);
    expect(rows[6]!.reason).toBe("Duplicate in the file: the same tenant ID as line 3.");
    expect(rows[7]!.reason).toMatch(/already registered to a customer/);
    expect(rows[8]!.reason).toMatch(/name/i);
    expect(rows[9]!.reason).toMatch(/country/i);
    const before = await count(customers);
    expect(before).toBeGreaterThan(0);

    // Someone takes line 3's tenant before the run: that row fails, line 2 is still added.
    await database.db.insert(tenants).values({ tenantId: "0f8fad5b-d9cb-469f-a165-70867728950e", customerId: (await database.db.select({ id: customers.id }).from(customers).limit(1))[0]!.id, tenantType: "customer" });
    expect(await confirmCustomerImport({ importId })).toMatchObject({ ok: true });
    await runImports();
    const after = await decisions(importId);
    expect(after[2]).toMatchObject({ outcome: "done" });
    expect(after[3]).toMatchObject({ outcome: "failed", outcomeReason: expect.stringContaining("already registered") });
    expect(await count(customers)).toBe(before + 1);
    const [added] = await database.db.select().from(customers).where(eq(customers.name, "Boulangerie Import"));
    expect(added).toMatchObject({ country: "FR", createdByOrganizationId: lea.organizationId });
    const events = await database.db.select().from(auditEvents).where(and(eq(auditEvents.action, "customer.created"), eq(auditEvents.entityId, added!.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: lea.userId });

    const response = await customerResult(new Request("http://localhost/"), { params: Promise.resolve({ importId }) });
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe('"Line","Name","Country","Tenant ID","Result","Why"');
    expect(lines[1]).toMatch(/^"2","Boulangerie Import","FR","","added",""$/);
    expect(lines[2]).toMatch(/"failed","This tenant is already registered/);
  });

  it("a provider cannot import customers, nor see a customer import", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    expect(await uploadCustomerImport({ file: csvFile("Name,Country\nA,NL\n") })).toEqual({ ok: false, error: NOT_ALLOWED });
  });
});
