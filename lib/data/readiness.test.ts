import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, organizations } from "@/lib/db/schema";
import { acceptMpa } from "@/app/(app)/status/actions";
import { today } from "./rules-facts";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

const signer = { signerName: "Ben Smit", signerTitle: "Director", signerEmail: "ben@adventure-works.example" };

async function adventure() {
  const [row] = await database.db
    .select({ id: organizations.id, on: organizations.mpaAcceptedOn, name: organizations.mpaSignerName, title: organizations.mpaSignerTitle })
    .from(organizations)
    .where(eq(organizations.partnerId, "5200003"));
  return row!;
}

describe("accepting the MPA", () => {
  it("members may not; admins record who signed and today's date, audited and shown to the providers", async () => {
    await signInAs(database, "hugo@litware.example");
    expect(await acceptMpa(signer)).toEqual({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "ben@adventure-works.example");
    expect(await acceptMpa({ ...signer, signerEmail: "nope" })).toMatchObject({ ok: false, fieldErrors: { signerEmail: expect.any(Array) } });
    expect(await acceptMpa(signer)).toEqual({ ok: true, data: { acceptedOn: today() } });
    expect(await adventure()).toMatchObject({ on: today(), name: "Ben Smit", title: "Director" });
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "organization.mpa-accepted"));
    expect(event!.subjectOrganizationIds).toHaveLength(2); // Adventure Works and its provider Contoso
  });

  it("an acceptance is recorded once", async () => {
    await signInAs(database, "ben@adventure-works.example");
    expect(await acceptMpa(signer)).toMatchObject({ ok: false, error: "Your organization has already accepted the MPA." });
  });
});
