import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { orgId } from "@/test/demo-ids";
import { signInAs } from "@/test/session";
import { startMailServer, type MailServer } from "@/test/mail";
import { deliverTo } from "@/test/deliver";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { invitations, notifications, organizations, providerResellerRelationships, users } from "@/lib/db/schema";
import { inviteReseller, requestTermination } from "@/app/(app)/resellers/actions";
import { acceptProviderInvitation, declineProviderInvitation, requestProviderRelationshipEnd } from "@/app/(app)/providers/actions";
import { acceptMpa, recordDirectBillCapabilities, submitOnboarding } from "@/app/(app)/status/actions";
import { decideTermination } from "@/app/(app)/support/actions";
import { approveOnboardingRequest, rejectOnboardingRequest } from "@/app/(app)/support/actions";
import { changePassword } from "@/app/(app)/settings/actions";
import { changeMemberRole } from "@/app/(app)/team/actions";
import { remindToSignMpa } from "@/app/(app)/resellers/[id]/mpa-reminder-actions";
import { jobHandlers } from "@/lib/jobs/handlers";
import { getActor } from "@/lib/data/actor";
import { listPendingTerminationRequests } from "@/lib/data/termination-requests";

// Each event, end to end through its real server action: who got an in-app notification and who got an email, exactly
// (so "nobody else" is checked too), with the default preferences of each kind.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
const seen = new Set<string>();
let mailSeen = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

/** The notifications written since the last call, as "email kind" lines, sorted. */
async function newNotifications(): Promise<string[]> {
  const rows = await database.db
    .select({ id: notifications.id, email: users.email, kind: notifications.kind })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId));
  const fresh = rows.filter((row) => !seen.has(row.id));
  for (const row of fresh) seen.add(row.id);
  return fresh.map((row) => `${row.email} ${row.kind}`).sort();
}

/** The notification emails delivered (to the in-process SMTP server) since the last call, as "email subject". */
async function newMail(): Promise<string[]> {
  await deliverTo(mail);
  const fresh = mail.received.slice(mailSeen);
  mailSeen = mail.received.length;
  return fresh.flatMap((m) => m.to.map((to) => `${to} ${m.subject}`)).sort();
}

async function expectOk(result: Promise<{ ok: boolean }>) {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  return answer;
}

async function invitationIdFor(partnerId: string) {
  const [row] = await database.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.partnerId, partnerId)).orderBy(sql`${invitations.createdAt} desc`).limit(1);
  return row!.id;
}

describe("provider and reseller events", () => {
  it("an invitation reaches the invited organization's admins (in-app and email), not its members or anyone else", async () => {
    await newNotifications();
    await signInAs(database, "anna@contoso-distribution.example");
    await expectOk(inviteReseller({ partnerId: "5200110", email: "" }));
    expect(await newNotifications()).toEqual(["piotr@firstup-consultants.example invitation.received"]);
    expect(await newMail()).toEqual(["piotr@firstup-consultants.example Contoso Distribution B.V. invites you to resell through them"]);
  });

  it("accepting tells the provider's admins in the app only (their default for it)", async () => {
    await signInAs(database, "piotr@firstup-consultants.example");
    await expectOk(acceptProviderInvitation({ invitationId: await invitationIdFor("5200110") }));
    expect(await newNotifications()).toEqual(["anna@contoso-distribution.example invitation.accepted"]);
    expect(await newMail()).toEqual([]);
  });

  it("declining tells the provider's admins", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    await expectOk(inviteReseller({ partnerId: "5200010", email: "" }));
    expect(await newNotifications()).toEqual(["kai@wideworld-importers.example invitation.received"]);
    await newMail();
    await signInAs(database, "kai@wideworld-importers.example");
    await expectOk(declineProviderInvitation({ invitationId: await invitationIdFor("5200010") }));
    expect(await newNotifications()).toEqual(["anna@contoso-distribution.example invitation.declined"]);
  });

  it("an MPA reminder reaches the reseller's admins once a week; a member may not send one", async () => {
    const firstup = await orgId(database, "firstup");
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await remindToSignMpa({ resellerId: firstup })).toMatchObject({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "anna@contoso-distribution.example");
    await expectOk(remindToSignMpa({ resellerId: firstup }));
    expect(await newNotifications()).toEqual(["piotr@firstup-consultants.example mpa.reminder"]);
    expect(await newMail()).toEqual(["piotr@firstup-consultants.example Contoso Distribution B.V. reminds you to sign the Microsoft Partner Agreement"]);
    const again = await remindToSignMpa({ resellerId: firstup });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/^You reminded First Up Consultants .* on .*7 days after that\.$/) });
    expect(await newNotifications()).toEqual([]);
    // Another provider's reseller answers like a missing one.
    await signInAs(database, "frank@fabrikam-cloud.example");
    expect(await remindToSignMpa({ resellerId: firstup })).toMatchObject({ ok: false, error: "We could not find that record." });
  });

  it("the database refuses a second reminder within a week, whatever path writes it", async () => {
    await expect(database.db.execute(sql`update mpa_reminders set last_sent_at = now() + interval '1 day'`)).rejects.toThrow();
    await expect(database.db.execute(sql`update mpa_reminders set last_sent_at = last_sent_at + interval '6 days 23 hours'`)).rejects.toThrow();
    await database.db.execute(sql`update mpa_reminders set last_sent_at = last_sent_at + interval '7 days'`);
  });

  it("signing the MPA tells every member of each provider it works with", async () => {
    await signInAs(database, "piotr@firstup-consultants.example");
    await expectOk(acceptMpa({ signerName: "Piotr Nowak", signerTitle: "CEO", signerEmail: "piotr@firstup-consultants.example", confirm: "on" }));
    expect(await newNotifications()).toEqual(["anna@contoso-distribution.example mpa.signed", "mark@contoso-distribution.example mpa.signed"]);
    expect(await newMail()).toEqual([]);
  });

  it("a provider's request to end a relationship reaches the reseller's admins and program support; the decision both sides", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    await expectOk(requestTermination({ resellerId: await orgId(database, "northwind"), reason: "Moving on." }));
    expect(await newNotifications()).toEqual(["nina@northwind-it.example termination.requested", "sam@program-support.example support.termination-requested"]);
    expect(await newMail()).toEqual([
      "nina@northwind-it.example Contoso Distribution B.V. asked to end your relationship",
      "sam@program-support.example Decide: Contoso Distribution B.V. asks to end a relationship",
    ]);
    await signInAs(database, "sam@program-support.example");
    const pending = await listPendingTerminationRequests((await getActor())!);
    const request = pending.find((r) => r.resellerName === "Northwind IT Services Ltd")!;
    await expectOk(decideTermination({ requestId: request.id, decision: "approve", note: "" }));
    expect(await newNotifications()).toEqual(["anna@contoso-distribution.example termination.decided", "nina@northwind-it.example termination.decided"]);
    expect(await newMail()).toHaveLength(2);
  });

  it("a reseller's request to end reaches the provider's admins and program support", async () => {
    const [relationship] = await database.db
      .select({ id: providerResellerRelationships.id })
      .from(providerResellerRelationships)
      .where(and(eq(providerResellerRelationships.providerId, await orgId(database, "contoso")), eq(providerResellerRelationships.resellerId, await orgId(database, "litware"))));
    await signInAs(database, "lea@litware.example");
    await expectOk(requestProviderRelationshipEnd({ relationshipId: relationship!.id, reason: "We buy elsewhere." }));
    expect(await newNotifications()).toEqual(["anna@contoso-distribution.example termination.requested", "sam@program-support.example support.termination-requested"]);
    expect(await newMail()).toEqual([
      "anna@contoso-distribution.example Litware Solutions SARL asked to end your relationship",
      "sam@program-support.example Decide: Litware Solutions SARL asks to end a relationship",
    ]);
  });
});

describe("onboarding, direct-bill and security events", () => {
  it("a submitted onboarding reaches program support; the decision the partner's admins", async () => {
    await signInAs(database, "kai@wideworld-importers.example");
    await expectOk(submitOnboarding({ address: "Ring 1, Wien", website: "https://wideworld.example", phone: "+43 1 234567" }));
    expect(await newNotifications()).toEqual(["sam@program-support.example support.onboarding-submitted"]);
    expect(await newMail()).toEqual(["sam@program-support.example Verify onboarding: Wide World Importers IT AG"]);
    const wideworld = await orgId(database, "wideworld");
    await signInAs(database, "sam@program-support.example");
    await expectOk(rejectOnboardingRequest({ organizationId: wideworld, reason: "The website does not answer." }));
    expect(await newNotifications()).toEqual(["kai@wideworld-importers.example onboarding.decided"]);
    const [rejected] = await newMail();
    expect(rejected).toBe("kai@wideworld-importers.example Program support sent your onboarding details back");
    expect(mail.received.at(-1)!.text).toContain("The website does not answer.");
    await signInAs(database, "kai@wideworld-importers.example");
    await expectOk(submitOnboarding({ address: "Ring 1, Wien", website: "https://wideworld.example", phone: "+43 1 234567" }));
    await newNotifications();
    await signInAs(database, "sam@program-support.example");
    await expectOk(approveOnboardingRequest({ organizationId: wideworld }));
    expect(await newNotifications()).toEqual(["kai@wideworld-importers.example onboarding.decided"]);
  });

  it("an enrolled direct-bill partner that drops a requirement: its admins hear which", async () => {
    await newMail();
    await signInAs(database, "olivia@blueyonder-cloud.example");
    await expectOk(recordDirectBillCapabilities({ apiIntegration: "on", billing: "on", support: "on" }));
    expect(await newNotifications()).toEqual(["olivia@blueyonder-cloud.example requirement.lapsed"]);
    expect(await newMail()).toEqual(["olivia@blueyonder-cloud.example Direct-bill requirement lapsed: managed services"]);
    // Putting it back, or recording the same again, says nothing.
    await expectOk(recordDirectBillCapabilities({ apiIntegration: "on", billing: "on", support: "on", managedServices: "on" }));
    await expectOk(recordDirectBillCapabilities({ apiIntegration: "on", billing: "on", support: "on", managedServices: "on" }));
    expect(await newNotifications()).toEqual([]);
  });

  it("a password change or a role change tells the user whose sessions ended", async () => {
    await signInAs(database, "hugo@litware.example");
    await expectOk(changePassword({ currentPassword: "pw-for-tests", newPassword: "a-new-password-1", confirmPassword: "a-new-password-1" }));
    expect(await newNotifications()).toEqual(["hugo@litware.example security.sessions-ended"]);
    expect(await newMail()).toEqual(["hugo@litware.example Your sessions were ended"]);
    const [ola] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, "ola@firstup-consultants.example"));
    await signInAs(database, "piotr@firstup-consultants.example");
    await expectOk(changeMemberRole({ userId: ola!.id, role: "admin" }));
    expect(await newNotifications()).toEqual(["ola@firstup-consultants.example security.sessions-ended"]);
  });
});

describe("yearly re-authorization warnings", () => {
  const run = (on: string) => jobHandlers["reauthorization.warnings"]!({ on }, { jobId: "test", organizationId: null, reportProgress: async () => {} });

  it("warn the reseller's admins and its providers' admins at 90, 60 and 30 days, each once", async () => {
    // Only Proseware's day (10 September) is near the dates below; every other reseller's moves to 1 January.
    const proseware = await orgId(database, "proseware");
    await database.db.execute(sql`update organizations set authorization_anniversary = '2020-01-01' where partner_type = 'indirect-reseller' and id <> ${proseware}`);
    await database.db.update(organizations).set({ authorizationAnniversary: "2020-09-10" }).where(eq(organizations.id, proseware));
    await newNotifications();
    await newMail();
    expect(await run("2027-05-01")).toEqual({ sent: 0 }); // 132 days before
    expect(await run("2027-06-12")).toEqual({ sent: 1 });
    const sent = await newNotifications();
    // Proseware has no user; its provider Contoso (relationship suspended) hears of it.
    expect(sent).toEqual(["anna@contoso-distribution.example reauthorization.due"]);
    expect(await run("2027-06-13")).toEqual({ sent: 0 });
    expect(await run("2027-07-20")).toEqual({ sent: 1 }); // 52 days: the 60-day warning
    expect(await run("2027-07-21")).toEqual({ sent: 0 });
    expect(await run("2027-08-15")).toEqual({ sent: 1 }); // 26 days: the 30-day warning
    expect(await run("2027-09-09")).toEqual({ sent: 0 });
    expect((await newNotifications()).length).toBe(2);
  });

  it("reach the reseller's own admins by email", async () => {
    const litware = await orgId(database, "litware");
    await database.db.update(organizations).set({ authorizationAnniversary: "2021-03-01" }).where(eq(organizations.id, litware));
    await newNotifications();
    await newMail();
    expect(await run("2028-01-31")).toEqual({ sent: 1 }); // 30 days before 2028-03-01
    const sent = await newNotifications();
    expect(sent).toContain("lea@litware.example reauthorization.due");
    expect(sent).not.toContain("hugo@litware.example reauthorization.due");
    expect(await newMail()).toContain("lea@litware.example Yearly re-authorization due 1 Mar 2028");
  });
});
