// Refusals and field errors come back in the request's language (the signed-in user's choice, else the cookie),
// English otherwise; the partner API answers English whatever the request asks for.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { users } from "@/lib/db/schema";
import { z } from "zod";
import { NOT_ALLOWED, NOT_FOUND, SIGNED_OUT, refuseWorded } from "@/lib/errors";
import { defineAction } from "./define-action";
import { inviteColleague, removeMember } from "@/app/(app)/team/actions";
import { createApiToken } from "@/app/(app)/settings/api-tokens/actions";
import { GET as listResellers } from "@/app/api/v1/resellers/route";
import { GET as getReseller } from "@/app/api/v1/resellers/[id]/route";
import { chooseLanguageForm } from "@/app/language/actions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

const ANNA = "anna@contoso-distribution.example";
const MARK = "mark@contoso-distribution.example";

async function speaks(email: string, locale: "en" | "nl" | null) {
  await database.db.update(users).set({ locale }).where(eq(users.email, email));
}

beforeEach(async () => {
  signOutOfTests();
  (await cookies()).delete("locale");
  await speaks(ANNA, null);
  await speaks(MARK, null);
});

describe("a refused action in the request's language", () => {
  it("answers a data-layer refusal in Dutch to a user who chose Dutch, and in English otherwise", async () => {
    const annaId = await signInAs(database, ANNA);
    expect(await removeMember({ userId: annaId })).toEqual({ ok: false, error: "You cannot remove yourself. Ask another admin to do it." });
    await speaks(ANNA, "nl");
    expect(await removeMember({ userId: annaId })).toEqual({ ok: false, error: "Je kunt jezelf niet verwijderen. Vraag een andere beheerder om het te doen." });
  });

  it("answers the gate's refusals in Dutch: not allowed for a member, signed out for a visitor with the Dutch cookie", async () => {
    const annaId = (await database.db.select({ id: users.id }).from(users).where(eq(users.email, ANNA)))[0]!.id;
    await signInAs(database, MARK);
    expect(await removeMember({ userId: annaId })).toEqual({ ok: false, error: NOT_ALLOWED });
    await speaks(MARK, "nl");
    expect(await removeMember({ userId: annaId })).toEqual({ ok: false, error: "Je mag dit niet doen." });

    signOutOfTests();
    expect(await removeMember({ userId: annaId })).toEqual({ ok: false, error: SIGNED_OUT });
    (await cookies()).set("locale", "nl");
    expect(await removeMember({ userId: annaId })).toEqual({ ok: false, error: "Je sessie is verlopen. Meld je opnieuw aan." });
  });

  it("answers field errors in Dutch: the schema's own messages and zod's built-in ones", async () => {
    await signInAs(database, ANNA);
    const english = await inviteColleague({ email: "not an address", role: "admin" });
    expect(english).toMatchObject({ ok: false, error: "Some fields need attention.", fieldErrors: { email: ["Enter a valid email address."] } });

    await speaks(ANNA, "nl");
    const dutch = await inviteColleague({ email: "not an address", role: "boss" });
    expect(dutch).toMatchObject({
      ok: false,
      error: "Sommige velden moeten nog worden aangepast.",
      fieldErrors: { email: ["Voer een geldig e-mailadres in."], role: ["Kies beheerder of lid."] },
    });
    // No custom message for a missing field: zod's own, in Dutch too.
    const missing = await inviteColleague({ role: "admin" });
    expect(missing.ok).toBe(false);
    const message = !missing.ok ? missing.fieldErrors?.email?.[0] : undefined;
    expect(message).toMatch(/^Ongeldige invoer/);
  });

  it("answers a refusal that words itself (a lead and the rules' findings) in the reader's language", async () => {
    const worded = defineAction({
      input: z.object({}),
      capability: "team.invite",
      readOnly: true,
      run: async () => refuseWorded("Not allowed. A-RULE: the English reason.", (locale) => `${locale}: Niet toegestaan. A-RULE: de reden.`, { email: ["Enter a valid email address."] }),
    });
    await signInAs(database, ANNA);
    expect(await worded({})).toEqual({ ok: false, error: "Not allowed. A-RULE: the English reason.", fieldErrors: { email: ["Enter a valid email address."] } });
    await speaks(ANNA, "nl");
    expect(await worded({})).toEqual({ ok: false, error: "nl: Niet toegestaan. A-RULE: de reden.", fieldErrors: { email: ["Voer een geldig e-mailadres in."] } });
  });

  it("answers a public form in the cookie's language", async () => {
    const form = new FormData();
    form.set("locale", "fr");
    expect(await chooseLanguageForm(null, form)).toEqual({ ok: false, error: "Choose English or Nederlands." });
    (await cookies()).set("locale", "nl");
    expect(await chooseLanguageForm(null, form)).toEqual({ ok: false, error: "Kies English of Nederlands." });
  });
});

describe("the partner API", () => {
  it("keeps its error messages in English for a Dutch caller", async () => {
    await signInAs(database, ANNA);
    const token = await createApiToken({ name: "Dutch caller", scopes: ["resellers:read"], expiresInDays: 30 });
    if (!token.ok) throw new Error(token.error);
    await speaks(ANNA, "nl");
    signOutOfTests();
    (await cookies()).set("locale", "nl");
    const headers = { authorization: `Bearer ${token.data.secret}`, "accept-language": "nl-NL,nl;q=0.9" };

    const notFound = await getReseller(new Request("http://localhost/api/v1/resellers/nope", { headers }), { params: Promise.resolve({ id: "nope" }) });
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({ code: "not_found", error: NOT_FOUND });

    const invalid = await listResellers(new Request("http://localhost/api/v1/resellers?limit=abc", { headers }), { params: Promise.resolve({}) });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: string; fieldErrors: Record<string, string[]> };
    expect(body.error).toMatch(/^[A-Z][a-z]+ /);
    expect(JSON.stringify(body)).not.toMatch(/Ongeldig|moet|voer /i);
  });
});
