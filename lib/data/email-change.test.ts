import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, users } from "@/lib/db/schema";
import { requestEmailChange } from "@/app/(app)/settings/email/actions";
import { confirmEmailChangeForm } from "@/app/(auth)/change-email/actions";
import { deliverTo } from "@/test/deliver";
import { signInAs } from "@/test/session";
import { linkIn, startMailServer, type MailServer } from "@/test/mail";
import { checkCredentials } from "./sign-in";
import { CHANGE_LINK_NOT_VALID } from "./email-change";
import { WRONG_CURRENT_PASSWORD } from "./password";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "the-demo-password");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

const deliver = () => deliverTo(mail);
const confirm = (token: string) => {
  const data = new FormData();
  data.set("token", token);
  return confirmEmailChangeForm(null, data);
};

describe("changing one's email address", () => {
  it("mails a link to the new address; following it moves the account there and tells the old address; the link works once", async () => {
    await signInAs(database, "hugo@litware.example");
    expect(await requestEmailChange({ newEmail: "Hugo.Bernard@Litware.example", currentPassword: "the-demo-password" })).toMatchObject({ ok: true, data: { newEmail: "hugo.bernard@litware.example" } });
    // Nothing changes until the link is followed.
    expect((await database.db.select().from(users).where(eq(users.email, "hugo@litware.example"))).length).toBe(1);
    await deliver();
    const message = await mail.waitFor((m) => m.to.includes("hugo.bernard@litware.example") && /Confirm your new email/.test(m.subject));
    const token = new URL(linkIn(message, "/change-email/")).pathname.split("/").at(-1)!;

    expect(await confirm(token)).toEqual({ ok: true, data: { email: "hugo.bernard@litware.example" } });
    const [hugo] = await database.db.select().from(users).where(eq(users.email, "hugo.bernard@litware.example"));
    expect(hugo!.emailVerifiedAt).not.toBeNull();
    expect(await checkCredentials("hugo.bernard@litware.example", "the-demo-password", "10.1.0.1")).toMatchObject({ id: hugo!.id });
    await deliver();
    const notice = await mail.waitFor((m) => m.to.includes("hugo@litware.example") && /email address was changed/.test(m.subject));
    expect(notice.text).toContain("hugo.bernard@litware.example");
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "user.email-changed"));
    expect(event).toMatchObject({ before: { email: "hugo@litware.example" }, after: { email: "hugo.bernard@litware.example" } });
    expect(await confirm(token)).toEqual({ ok: false, error: CHANGE_LINK_NOT_VALID });
  });

  it("needs the current password, and answers an address that has an account like any other, sending it nothing", async () => {
    await signInAs(database, "oscar@blueyonder-cloud.example");
    expect(await requestEmailChange({ newEmail: "new-oscar@blueyonder-cloud.example", currentPassword: "wrong" })).toMatchObject({ ok: false, error: WRONG_CURRENT_PASSWORD });
    const before = mail.to("lea@litware.example").length;
    expect(await requestEmailChange({ newEmail: "lea@litware.example", currentPassword: "the-demo-password" })).toEqual({ ok: true, data: { newEmail: "lea@litware.example" } });
    await deliver();
    expect(mail.to("lea@litware.example")).toHaveLength(before);
    // Asked again within the minute: refused.
    expect(await requestEmailChange({ newEmail: "other@blueyonder-cloud.example", currentPassword: "the-demo-password" })).toMatchObject({ ok: false, error: expect.stringContaining("less than a minute ago") });
  });
});
