import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, organizations, users } from "@/lib/db/schema";
import { signIn } from "@/auth";
import { signUpReseller } from "@/app/(auth)/sign-up/actions";
import { SIGN_UPS_PER_WINDOW, TOO_MANY_SIGN_UPS } from "./sign-up";

// The client address the action reads from the request.
let clientAddress = "10.9.0.1";
// next-auth itself does not load outside Next; the action only needs its error class.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());
beforeEach(() => vi.mocked(signIn).mockClear());

let next = 0;
function form(overrides: Record<string, string> = {}) {
  next++;
  const values = {
    legalName: "Wide World Importers GmbH",
    country: "at",
    partnerId: `77000${String(next).padStart(2, "0")}`,
    cspTenantId: `0b4f2f4e-1c1d-4c5e-9a7b-0000000000${String(next).padStart(2, "0")}`,
    adminName: "Erika Muster",
    email: `erika${next}@wideworld.example`,
    password: "a long enough password",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return { data, values };
}

describe("signing up a reseller organization", () => {
  it("creates the organization and its admin, audited as the new user, and signs the admin in", async () => {
    clientAddress = "10.9.0.1";
    const { data, values } = form();
    expect(await signUpReseller(null, data)).toBeNull();
    const [organization] = await database.db.select().from(organizations).where(eq(organizations.partnerId, values.partnerId));
    expect(organization).toMatchObject({ partnerType: "indirect-reseller", country: "AT", region: "europe", onboardingStatus: "not-submitted", onboardedAt: null });
    const [admin] = await database.db.select().from(users).where(eq(users.email, values.email));
    expect(admin).toMatchObject({ role: "admin", organizationId: organization!.id, name: "Erika Muster" });
    expect(admin!.passwordHash).not.toContain(values.password);
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, organization!.id));
    expect(event).toMatchObject({ action: "organization.signed-up", actorUserId: admin!.id, actorOrganizationId: organization!.id });
    expect(signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ email: values.email, redirectTo: "/status" }));
  });

  it("refuses a taken Partner ID and email with clear field messages, and writes nothing", async () => {
    clientAddress = "10.9.0.2";
    const { data } = form({ partnerId: "5200004", email: "LEA@litware.example" });
    const result = await signUpReseller(null, data);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        partnerId: ["An organization with this Partner ID is already registered. If it is yours, ask its admin to add you."],
        email: ["An account with this email already exists. Sign in instead."],
      },
    });
    expect(await database.db.select().from(organizations).where(eq(organizations.legalName, "Wide World Importers GmbH"))).toHaveLength(1);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("refuses malformed input field by field", async () => {
    clientAddress = "10.9.0.3";
    const { data } = form({ partnerId: "12ab", country: "QQ", cspTenantId: "not-a-guid", password: "short" });
    const result = await signUpReseller(null, data);
    expect(result?.ok).toBe(false);
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(["country", "cspTenantId", "partnerId", "password"]);
    // What was entered comes back for the form to show again, but never the password.
    expect(result).toMatchObject({ values: { partnerId: "12ab", legalName: "Wide World Importers GmbH" } });
    expect(JSON.stringify(result)).not.toContain("short");
  });

  it("limits sign-ups per client address, with the count kept in the database", async () => {
    clientAddress = "10.9.0.4";
    for (let i = 0; i < SIGN_UPS_PER_WINDOW; i++) expect(await signUpReseller(null, form().data)).toBeNull();
    const { data, values } = form();
    expect(await signUpReseller(null, data)).toMatchObject({ ok: false, error: TOO_MANY_SIGN_UPS });
    expect(await database.db.select().from(users).where(eq(users.email, values.email))).toHaveLength(0);
    clientAddress = "10.9.0.5";
    expect(await signUpReseller(null, form().data)).toBeNull();
  });
});
