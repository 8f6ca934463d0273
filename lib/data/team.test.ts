import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, teamInvitations, users } from "@/lib/db/schema";
import { changeMemberRole, inviteColleague, removeMember, resendTeamInvitation, revokeTeamInvitation } from "@/app/(app)/team/actions";
import { joinTeamForm } from "@/app/(auth)/team-invitations/actions";
import { NOT_ALLOWED, NOT_FOUND, SIGNED_OUT } from "@/lib/errors";
import { deliverTo } from "@/test/deliver";
import { currentTestSession, signInAs } from "@/test/session";
import { linkIn, startMailServer, type MailServer } from "@/test/mail";
import { loadActor, type Actor } from "./actor";
import { checkCredentials } from "./sign-in";
import { ALREADY_INVITED, changeMemberRole as changeRoleOf, getTeam, HAS_ACCOUNT_ELSEWHERE, INVITATION_NOT_VALID, LAST_ADMIN } from "./team";

vi.mock("next/navigation", () => import("@/test/next-navigation"));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let mail: MailServer;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-of-the-demo");
  mail = await startMailServer();
});
afterAll(async () => {
  await mail.close();
  await database.drop();
});

const deliver = () => deliverTo(mail);
const userRow = async (email: string) => (await database.db.select().from(users).where(eq(users.email, email)))[0]!;
const MISSING = "00000000-0000-4000-8000-00000000dead";

async function join(token: string, name: string, password = "a long enough password") {
  const data = new FormData();
  for (const [key, value] of Object.entries({ token, name, newPassword: password, confirmPassword: password })) data.set(key, value);
  try {
    return await joinTeamForm(null, data);
  } catch (error) {
    const to = (error as { to?: string }).to;
    if (!to) throw error;
    return { redirectedTo: to };
  }
}
async function invitationToken(email: string) {
  await deliver();
  const message = await mail.waitFor((m) => m.to.includes(email) && /invites you to join/.test(m.subject));
  return new URL(linkIn(message, "/team-invitations/")).pathname.split("/").at(-1)!;
}

describe("team invitations", () => {
  it("an admin invites by email with a role; the link makes the account in the organization once", async () => {
    await signInAs(database, "lea@litware.example");
    const invited = await inviteColleague({ email: "Zoe@Litware.example", role: "admin" });
    expect(invited).toMatchObject({ ok: true, data: { email: "zoe@litware.example", role: "admin" } });
    const token = await invitationToken("zoe@litware.example");
    expect((await mail.waitFor((m) => m.to.includes("zoe@litware.example"))).subject).toBe("Léa Martin invites you to join Litware Solutions SARL on CSP Partner Hub");

    expect(await join(token, "Zoé Laurent")).toEqual({ redirectedTo: "/sign-in?joined=1" });
    const zoe = await userRow("zoe@litware.example");
    const lea = await userRow("lea@litware.example");
    expect(zoe).toMatchObject({ name: "Zoé Laurent", role: "admin", organizationId: lea.organizationId });
    expect(zoe.emailVerifiedAt).not.toBeNull();
    expect(await checkCredentials("zoe@litware.example", "a long enough password", "10.0.0.9")).toMatchObject({ id: zoe.id });
    expect(await join(token, "Someone Else")).toMatchObject({ ok: false, error: INVITATION_NOT_VALID });
    const team = await getTeam((await loadActor(lea.id, lea.sessionVersion))!);
    expect(team.members.map((m) => m.email)).toContain("zoe@litware.example");
    expect(team.invitations).toEqual([]);
  });

  it("refuses an address that already has an account elsewhere, clearly, and keeps the invitation unspent", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await inviteColleague({ email: "ben@adventure-works.example", role: "member" })).toMatchObject({ ok: true });
    const token = await invitationToken("ben@adventure-works.example");
    expect(await join(token, "Ben Smit")).toMatchObject({ ok: false, error: HAS_ACCOUNT_ELSEWHERE, values: { name: "Ben Smit" } });
    expect((await userRow("ben@adventure-works.example")).organizationId).not.toBe((await userRow("lea@litware.example")).organizationId);
  });

  it("the same address invited twice at the same moment: one invitation, and the other admin is told it is open", async () => {
    await signInAs(database, "lea@litware.example");
    const results = await Promise.all([
      inviteColleague({ email: "twice@litware.example", role: "member" }),
      inviteColleague({ email: "twice@litware.example", role: "admin" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: ALREADY_INVITED });
    expect(await database.db.select().from(teamInvitations).where(eq(teamInvitations.email, "twice@litware.example"))).toHaveLength(1);
  });

  it("resend replaces the link; revoke ends it; a member can do neither, and another organization's admin finds nothing", async () => {
    await signInAs(database, "lea@litware.example");
    const invited = await inviteColleague({ email: "yann@litware.example", role: "member" });
    if (!invited.ok) throw new Error(invited.error);
    const first = await invitationToken("yann@litware.example");
    await database.db.update(teamInvitations).set({ lastSentAt: sql`now() - interval '2 minutes'` }).where(eq(teamInvitations.id, invited.data.id));

    await signInAs(database, "hugo@litware.example");
    expect(await inviteColleague({ email: "x@litware.example", role: "member" })).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await resendTeamInvitation({ invitationId: invited.data.id })).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, "ben@adventure-works.example");
    expect(await resendTeamInvitation({ invitationId: invited.data.id })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await revokeTeamInvitation({ invitationId: invited.data.id })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await revokeTeamInvitation({ invitationId: MISSING })).toEqual({ ok: false, error: NOT_FOUND });

    await signInAs(database, "lea@litware.example");
    expect(await resendTeamInvitation({ invitationId: invited.data.id })).toMatchObject({ ok: true });
    await deliver();
    await mail.waitFor((m) => m.to.includes("yann@litware.example") && mail.to("yann@litware.example").length === 2);
    expect(await join(first, "Yann")).toMatchObject({ ok: false, error: INVITATION_NOT_VALID });
    expect(await revokeTeamInvitation({ invitationId: invited.data.id })).toMatchObject({ ok: true });
    const second = new URL(linkIn(mail.to("yann@litware.example").at(-1)!, "/team-invitations/")).pathname.split("/").at(-1)!;
    expect(await join(second, "Yann")).toMatchObject({ ok: false, error: INVITATION_NOT_VALID });
  });

  it("program support invites support colleagues into support, with no organization", async () => {
    await signInAs(database, "sam@program-support.example");
    expect(await inviteColleague({ email: "sue@program-support.example", role: "admin" })).toMatchObject({ ok: true, data: { role: "support" } });
    expect(await join(await invitationToken("sue@program-support.example"), "Sue Park")).toEqual({ redirectedTo: "/sign-in?joined=1" });
    expect(await userRow("sue@program-support.example")).toMatchObject({ role: "support", organizationId: null });
  });
});

describe("roles and removal", () => {
  it("removing a member ends their sessions at once and stops their sign-in; audited with who they were", async () => {
    const oscar = await userRow("oscar@blueyonder-cloud.example");
    await signInAs(database, "oscar@blueyonder-cloud.example");
    const oscarSession = currentTestSession()!;
    await signInAs(database, "olivia@blueyonder-cloud.example");
    expect(await removeMember({ userId: oscar.id })).toEqual({ ok: true, data: { userId: oscar.id } });
    expect(await loadActor(oscar.id, oscarSession.sessionVersion, oscarSession.sessionId)).toBeNull();
    expect(await checkCredentials("oscar@blueyonder-cloud.example", "pw-of-the-demo", "10.0.0.8")).toBeNull();
    const [event] = await database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, oscar.id), eq(auditEvents.action, "team.member-removed")));
    expect(event!.before).toMatchObject({ email: "oscar@blueyonder-cloud.example", role: "member" });
    // Removed users are gone from the team page and answer like missing ones.
    expect(await removeMember({ userId: oscar.id })).toEqual({ ok: false, error: NOT_FOUND });

    // Invited again by the same organization, the same account comes back with the new password.
    expect(await inviteColleague({ email: "oscar@blueyonder-cloud.example", role: "member" })).toMatchObject({ ok: true });
    expect(await join(await invitationToken("oscar@blueyonder-cloud.example"), "Oscar Green", "oscar's new password")).toEqual({ redirectedTo: "/sign-in?joined=1" });
    expect(await checkCredentials("oscar@blueyonder-cloud.example", "oscar's new password", "10.0.0.8")).toMatchObject({ id: oscar.id });
    expect(await userRow("oscar@blueyonder-cloud.example")).toMatchObject({ removedAt: null, role: "member", organizationId: oscar.organizationId });
  });

  it("a member cannot change roles; another organization's admin gets the missing-record answer", async () => {
    const hugo = await userRow("hugo@litware.example");
    await signInAs(database, "hugo@litware.example");
    expect(await changeMemberRole({ userId: hugo.id, role: "admin" })).toEqual({ ok: false, error: NOT_ALLOWED });
    await signInAs(database, "ben@adventure-works.example");
    expect(await changeMemberRole({ userId: hugo.id, role: "admin" })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await changeMemberRole({ userId: MISSING, role: "admin" })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await removeMember({ userId: hugo.id })).toEqual({ ok: false, error: NOT_FOUND });
    expect((await userRow("hugo@litware.example")).role).toBe("member");
  });

  it("the last admin can be neither demoted nor removed", async () => {
    const wei = await userRow("wei@woodgrove-direct.example");
    await signInAs(database, "wei@woodgrove-direct.example");
    expect(await changeMemberRole({ userId: wei.id, role: "member" })).toEqual({ ok: false, error: LAST_ADMIN });
    expect((await userRow("wei@woodgrove-direct.example")).role).toBe("admin");
  });

  it("two admins demoting each other at the same moment leave one admin: one succeeds, the other is refused", async () => {
    const anna = await userRow("anna@contoso-distribution.example");
    const mark = await userRow("mark@contoso-distribution.example");
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, mark.id));
    await signInAs(database, "anna@contoso-distribution.example");
    const byAnna = changeMemberRole({ userId: mark.id, role: "member" });
    await signInAs(database, "mark@contoso-distribution.example");
    const byMark = changeMemberRole({ userId: anna.id, role: "member" });
    const results = await Promise.all([byAnna, byMark]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // The loser is refused by the lock-and-count (or, if the winner committed before it even loaded its actor, finds
    // its own session ended by the role change).
    const [refusal] = results.filter((r) => !r.ok) as { error: string }[];
    expect([LAST_ADMIN, SIGNED_OUT]).toContain(refusal!.error);
    const admins = await database.db.select({ id: users.id }).from(users).where(and(eq(users.organizationId, anna.organizationId!), eq(users.role, "admin")));
    expect(admins).toHaveLength(1);
  });

  it("with both admins already past authentication, the organization lock makes the second change see the first", async () => {
    const piotr = await userRow("piotr@firstup-consultants.example");
    const ola = await userRow("ola@firstup-consultants.example");
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, ola.id));
    const actorOf = async (id: string) => (await loadActor(id, (await database.db.select().from(users).where(eq(users.id, id)))[0]!.sessionVersion))!;
    const [piotrActor, olaActor] = [await actorOf(piotr.id), await actorOf(ola.id)];
    const demote = (actor: Actor, id: string) =>
      database.db.transaction(async (tx) => {
        await changeRoleOf(tx, actor, id, "member");
        await tx.execute(sql`select pg_sleep(0.2)`);
      });
    const results = await Promise.allSettled([demote(piotrActor, ola.id), demote(olaActor, piotr.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ message: LAST_ADMIN });
    const admins = await database.db.select({ id: users.id }).from(users).where(and(eq(users.organizationId, piotr.organizationId!), eq(users.role, "admin")));
    expect(admins).toHaveLength(1);
  });

  it("the database refuses to leave an organization without an admin even when two transactions skip the app's checks", async () => {
    const frank = await userRow("frank@fabrikam-cloud.example");
    const fiona = await userRow("fiona@fabrikam-cloud.example");
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, fiona.id));
    const demote = (id: string) =>
      database.db.transaction(async (tx) => {
        await tx.update(users).set({ role: "member" }).where(eq(users.id, id));
        await tx.execute(sql`select pg_sleep(0.3)`);
      });
    const results = await Promise.allSettled([demote(frank.id), demote(fiona.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(rejected.reason?.cause?.message ?? rejected.reason?.message)).toMatch(/would have no admin/);
    const admins = await database.db.select({ id: users.id }).from(users).where(and(eq(users.organizationId, frank.organizationId!), eq(users.role, "admin")));
    expect(admins).toHaveLength(1);
  });
});
