import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, organizations, users } from "@/lib/db/schema";
import { updateOrganizationDetails } from "@/app/(app)/settings/organization/actions";
import { NOT_ALLOWED } from "@/lib/errors";
import { signInAs } from "@/test/session";
import { NOTHING_CHANGED, STALE_DETAILS } from "./organization-details";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());

async function litware() {
  const [lea] = await database.db.select({ organizationId: users.organizationId }).from(users).where(eq(users.email, "lea@litware.example"));
  return (await database.db.select().from(organizations).where(eq(organizations.id, lea!.organizationId!)))[0]!;
}
const edit = (version: number, overrides: Record<string, string> = {}) => ({
  legalName: "Litware SAS",
  address: "12 rue de la Paix, 75002 Paris",
  website: "https://litware.example",
  phone: "+33 1 23 45 67 89",
  contactName: "Léa Martin",
  contactEmail: "contact@litware.example",
  expectedVersion: String(version),
  ...overrides,
});

describe("organization details", () => {
  it("an admin edits name and contact; the audit event holds exactly what changed, before and after; program fields stay", async () => {
    const before = await litware();
    await signInAs(database, "lea@litware.example");
    const result = await updateOrganizationDetails({ ...edit(before.version), country: "US", partnerId: "1234567", cspTenantId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" });
    expect(result).toEqual({ ok: true, data: { version: before.version + 1 } });
    const after = await litware();
    expect(after).toMatchObject({ legalName: "Litware SAS", country: before.country, region: before.region, partnerId: before.partnerId, cspTenantId: before.cspTenantId });
    expect(after.onboardingDetails).toMatchObject({ address: "12 rue de la Paix, 75002 Paris", contactEmail: "contact@litware.example" });

    const second = await updateOrganizationDetails(edit(after.version, { website: "https://www.litware.example", phone: "" }));
    expect(second).toMatchObject({ ok: true });
    const events = await database.db
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, before.id), eq(auditEvents.action, "organization.details-changed")));
    expect(events.at(-1)).toEqual({
      before: { website: "https://litware.example", phone: "+33 1 23 45 67 89" },
      after: { website: "https://www.litware.example", phone: null },
    });
    expect(events[0]!.before).toMatchObject({ legalName: before.legalName });
  });

  it("refuses a stale form (someone saved in between) and a form that changes nothing", async () => {
    const current = await litware();
    await signInAs(database, "lea@litware.example");
    expect(await updateOrganizationDetails(edit(current.version - 1, { legalName: "Old Tab SAS" }))).toEqual({ ok: false, error: STALE_DETAILS });
    expect(await updateOrganizationDetails(edit(current.version, { website: "https://www.litware.example", phone: "" }))).toEqual({ ok: false, error: NOTHING_CHANGED });
    expect((await litware()).legalName).toBe("Litware SAS");
  });

  it("members and program support cannot edit; bad input is answered field by field", async () => {
    const current = await litware();
    await signInAs(database, "hugo@litware.example");
    expect(await updateOrganizationDetails(edit(current.version))).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, "sam@program-support.example");
    expect(await updateOrganizationDetails(edit(current.version))).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, "lea@litware.example");
    const bad = await updateOrganizationDetails(edit(current.version, { legalName: " ", website: "javascript:alert(1)", contactEmail: "nope" }));
    expect(bad).toMatchObject({ ok: false });
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual(["contactEmail", "legalName", "website"]);
  });
});
