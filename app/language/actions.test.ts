import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, users } from "@/lib/db/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { chooseLanguageForm } from "./actions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "test-password");
});
afterAll(() => database.drop());

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function localeOf(email: string) {
  const [row] = await database.db.select({ locale: users.locale }).from(users).where(eq(users.email, email));
  return row?.locale;
}

describe("choosing the language", () => {
  it("keeps a signed-in user's choice on their account, audited once, and the request follows it", async () => {
    const userId = await signInAs(database, "lea@litware.example");
    expect(await chooseLanguageForm(null, form({ locale: "nl" }))).toEqual({ ok: true, data: { locale: "nl" } });
    expect(await localeOf("lea@litware.example")).toBe("nl");
    expect(await localeOf("hugo@litware.example")).toBeNull();
    expect((await cookies()).get("locale")?.value).toBe("nl");
    // The same choice again changes nothing and records nothing new.
    await chooseLanguageForm(null, form({ locale: "nl" }));
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "user.language-changed"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: userId, before: { locale: null }, after: { locale: "nl" } });
    expect(await getRequestLocale()).toBe("nl");
  });

  it("prefers the account's choice over the browser's cookie", async () => {
    await signInAs(database, "lea@litware.example");
    (await cookies()).set("locale", "en");
    expect(await getRequestLocale()).toBe("nl");
  });

  it("keeps an anonymous visitor's choice in the cookie only", async () => {
    signOutOfTests();
    expect(await chooseLanguageForm(null, form({ locale: "en" }))).toEqual({ ok: true, data: { locale: "en" } });
    expect((await cookies()).get("locale")?.value).toBe("en");
    expect(await getRequestLocale()).toBe("en");
  });

  it("refuses a language we do not speak and a return address off our public pages, changing nothing", async () => {
    await signInAs(database, "hugo@litware.example");
    const unknown = await chooseLanguageForm(null, form({ locale: "de" }));
    expect(unknown).toMatchObject({ ok: false });
    const elsewhere = await chooseLanguageForm(null, form({ locale: "nl", returnTo: "https://evil.example/check" }));
    expect(elsewhere).toMatchObject({ ok: false });
    expect(await localeOf("hugo@litware.example")).toBeNull();
  });

  it("sends a public page back in the chosen language, its query kept", async () => {
    signOutOfTests();
    await expect(chooseLanguageForm(null, form({ locale: "nl", returnTo: "/check?chain=microsoft" }))).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
