import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, emailOutbox, invitations, organizations, users } from "@/lib/db/schema";
import { signIn } from "@/auth";
import { signUpReseller } from "@/app/(auth)/sign-up/actions";
import { confirmEmailAddress, resendVerificationEmail } from "@/app/(auth)/verify-email/actions";
import { acceptProviderInvitation } from "@/app/(app)/providers/actions";
import { inviteReseller } from "@/app/(app)/resellers/actions";
import { listPendingInvitations } from "@/lib/data/my-providers";
import { getActor, getActorAllowing } from "@/lib/data/actor";
import { deliverTo } from "@/test/deliver";
import { VERIFY_EMAIL_FIRST } from "@/lib/errors";
import { signInAs } from "@/test/session";
import { linkIn, startMailServer, type MailServer } from "@/test/mail";
import { SIGN_UPS_PER_WINDOW, TOO_MANY_SIGN_UPS } from "./sign-up";

// The client address the action reads from the request.
let clientAddress = "10.9.0.1";
// next-auth itself does not load outside Next; the action only needs its error class.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
let forwardedFor: string | null = null;
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": forwardedFor ?? clientAddress }) }));
// Next's redirect() throws; the test reads where it pointed.
vi.mock("next/navigation", () => import("@/test/next-navigation"));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

/** What the app's deliverer does after commit, to the in-process SMTP server. */
const deliver = () => deliverTo(mail);

/** Opens the confirmation page's form with the token from a link; returns where the app sent the browser next. */
async function followConfirmationLink(link: string): Promise<string> {
  const token = new URL(link).pathname.split("/").at(-1)!;
  const data = new FormData();
  data.set("token", token);
  try {
    const result = await confirmEmailAddress(null, data);
    throw new Error(`Expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const to = (error as { to?: string }).to;
    if (!to) throw error;
    return to;
  }
}
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
  it("creates the organization and an unverified admin, audited as the new user, mails a confirmation link and signs nobody in", async () => {
    clientAddress = "10.9.0.1";
    const { data, values } = form();
    expect(await signUpReseller(null, data)).toEqual({ ok: true, email: values.email });
    const [organization] = await database.db.select().from(organizations).where(eq(organizations.partnerId, values.partnerId));
    expect(organization).toMatchObject({ partnerType: "indirect-reseller", country: "AT", region: "europe", onboardingStatus: "not-submitted", onboardedAt: null });
    const [admin] = await database.db.select().from(users).where(eq(users.email, values.email));
    expect(admin).toMatchObject({ role: "admin", organizationId: organization!.id, name: "Erika Muster", emailVerifiedAt: null });
    expect(admin!.passwordHash).not.toContain(values.password);
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, organization!.id));
    expect(event).toMatchObject({ action: "organization.signed-up", actorUserId: admin!.id, actorOrganizationId: organization!.id });
    expect(signIn).not.toHaveBeenCalled();

    await deliver();
    const message = await mail.waitFor((m) => m.to.includes(values.email) && /Confirm your email/.test(m.subject));
    expect(await followConfirmationLink(linkIn(message, "/verify-email/"))).toBe("/sign-in?verified=1");
    const [verified] = await database.db.select().from(users).where(eq(users.email, values.email));
    expect(verified!.emailVerifiedAt).not.toBeNull();
    // The link works once.
    const data2 = new FormData();
    data2.set("token", new URL(linkIn(message, "/verify-email/")).pathname.split("/").at(-1)!);
    expect(await confirmEmailAddress(null, data2)).toMatchObject({ ok: false, error: expect.stringContaining("not valid any more") });
  });

  it("answers an email that already has an account exactly like a new one, creates nothing and tells the owner", async () => {
    clientAddress = "10.9.0.2";
    const fresh = form();
    const taken = form({ email: "LEA@litware.example" });
    const freshAnswer = await signUpReseller(null, fresh.data);
    const takenAnswer = await signUpReseller(null, taken.data);
    expect(takenAnswer).toEqual({ ok: true, email: "lea@litware.example" });
    expect(Object.keys(takenAnswer!)).toEqual(Object.keys(freshAnswer!));
    expect(await database.db.select().from(organizations).where(eq(organizations.partnerId, taken.values.partnerId))).toHaveLength(0);
    await deliver();
    const notice = await mail.waitFor((m) => m.to.includes("lea@litware.example"));
    expect(notice.subject).toMatch(/tried to sign up with your email/);
    expect(notice.text).not.toMatch(/verify-email/);
  });

  it("refuses a taken Partner ID with a clear field message, and writes nothing", async () => {
    clientAddress = "10.9.0.2";
    const { data } = form({ partnerId: "5200004" });
    const result = await signUpReseller(null, data);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { partnerId: ["An organization with this Partner ID is already registered. If it is yours, ask its admin to add you."] },
    });
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
    for (let i = 0; i < SIGN_UPS_PER_WINDOW; i++) expect(await signUpReseller(null, form().data)).toMatchObject({ ok: true });
    const { data, values } = form();
    expect(await signUpReseller(null, data)).toMatchObject({ ok: false, error: TOO_MANY_SIGN_UPS });
    expect(await database.db.select().from(users).where(eq(users.email, values.email))).toHaveLength(0);
    clientAddress = "10.9.0.5";
    expect(await signUpReseller(null, form().data)).toMatchObject({ ok: true });
  });

  it("throttles by the last X-Forwarded-For hop (the one our proxy appended), like sign-in, not the first", async () => {
    for (let i = 0; i < SIGN_UPS_PER_WINDOW; i++) {
      forwardedFor = `203.0.113.${i}, 10.9.0.6`; // a client rotating the hop it writes itself
      expect(await signUpReseller(null, form().data)).toMatchObject({ ok: true });
    }
    forwardedFor = "198.51.100.77, 10.9.0.6";
    expect(await signUpReseller(null, form().data)).toMatchObject({ ok: false, error: TOO_MANY_SIGN_UPS });
    forwardedFor = null;
  });
});

describe("F1: an organization that signed up with another organization's invited email", () => {
  it("F1: sees no invitation and can accept nothing until the address is proven; by id the invitation stays not found", async () => {
    // Contoso invites by email only; an attacker who does not own the mailbox signs up with that address.
    await signInAs(database, "anna@contoso-distribution.example");
    const invited = await inviteReseller({ email: "owner@victim-reseller.example" });
    expect(invited.ok).toBe(true);
    const [invitation] = await database.db.select().from(invitations).where(eq(invitations.email, "owner@victim-reseller.example"));
    clientAddress = "10.9.0.20";
    const attacker = form({ email: "owner@victim-reseller.example", country: "nl" });
    expect(await signUpReseller(null, attacker.data)).toMatchObject({ ok: true });
    await signInAs(database, "owner@victim-reseller.example");
    // The gate counts the unproven user as signed out; the data layer is asked directly with that user.
    expect(await getActor()).toBeNull();
    const actor = (await getActorAllowing({ beforeEmailVerified: true }))!;
    expect(actor.emailVerified).toBe(false);
    expect(await listPendingInvitations(actor)).toEqual([]);
    expect(await acceptProviderInvitation({ invitationId: invitation!.id })).toEqual({ ok: false, error: VERIFY_EMAIL_FIRST });
    expect(await database.db.select().from(invitations).where(eq(invitations.id, invitation!.id))).toMatchObject([{ acceptedAt: null }]);
  });

  it("F1: after proving the address, the new admin lands on the invitation it signed up for and can accept it", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const invited = await inviteReseller({ email: "admin@new-reseller.example" });
    expect(invited.ok).toBe(true);
    const token = (invited as { data: { token: string } }).data.token;
    await deliver();
    const invitationMail = await mail.waitFor((m) => m.to.includes("admin@new-reseller.example") && /invites you/.test(m.subject));
    expect(linkIn(invitationMail, "/invitations/")).toContain(token);

    clientAddress = "10.9.0.21";
    const { data } = form({ email: "admin@new-reseller.example", country: "nl", invitation: token });
    expect(await signUpReseller(null, data)).toMatchObject({ ok: true });
    await deliver();
    const confirm = await mail.waitFor((m) => m.to.includes("admin@new-reseller.example") && /Confirm your email/.test(m.subject));
    expect(await followConfirmationLink(linkIn(confirm, "/verify-email/"))).toBe(`/sign-in?verified=1&callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`);
    await signInAs(database, "admin@new-reseller.example");
    const [pending] = await listPendingInvitations((await getActor())!);
    expect(pending).toBeDefined();
    expect(await acceptProviderInvitation({ invitationId: pending!.invitationId })).toMatchObject({ ok: true });
  });
});

describe("asking for a new confirmation link", () => {
  it("sends a new link (the old one dies), at most once a minute", async () => {
    clientAddress = "10.9.0.30";
    const { data, values } = form();
    await signUpReseller(null, data);
    await deliver();
    const first = await mail.waitFor((m) => m.to.includes(values.email));
    await signInAs(database, values.email);
    // One resend goes through; a second within the minute is refused.
    expect(await resendVerificationEmail({})).toMatchObject({ ok: true });
    expect(await resendVerificationEmail({})).toMatchObject({ ok: false, error: expect.stringContaining("less than a minute ago") });
    await deliver();
    await mail.waitFor((m) => m.to.includes(values.email) && m !== first);
    const links = mail.to(values.email).map((m) => linkIn(m, "/verify-email/"));
    expect(links).toHaveLength(2);
    const stale = new FormData();
    stale.set("token", new URL(links[0]!).pathname.split("/").at(-1)!);
    expect(await confirmEmailAddress(null, stale)).toMatchObject({ ok: false });
    expect(await followConfirmationLink(links[1]!)).toBe("/sign-in?verified=1");
    expect(await database.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, values.email))).toHaveLength(2);
  });
});
