import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_FOUND } from "@/lib/errors";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, emailOutbox, invitations, organizations, providerResellerRelationships as relationships, users } from "@/lib/db/schema";
import { inviteReseller, resendInvitation, revokeInvitation } from "@/app/(app)/resellers/actions";
import { acceptProviderInvitation } from "@/app/(app)/providers/actions";
import { acceptInvitation, declineInvitation } from "@/app/(app)/invitations/actions";
import { hashInvitationToken, getInvitationForReseller, listInvitationsOfProvider } from "./invitations";
import { getActor } from "./actor";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

async function invite(email: string, partnerId?: string): Promise<string> {
  await signInAs(database, "anna@contoso-distribution.example");
  const result = await inviteReseller({ email, partnerId: partnerId ?? "" });
  if (!result.ok) throw new Error(result.error);
  return result.data.token;
}

async function livePairs(providerKey: string, resellerKey: string) {
  return database.db
    .select({ id: relationships.id, status: relationships.status })
    .from(relationships)
    .where(
      and(
        eq(relationships.providerId, await orgId(database, providerKey)),
        eq(relationships.resellerId, await orgId(database, resellerKey)),
        sql`${relationships.status} <> 'terminated'`,
      ),
    );
}

describe("inviting a reseller", () => {
  it("stores only the SHA-256 of a random token, expiring in 14 days, with an audit event", async () => {
    const token = await invite("partners@firstup.example", "5200110");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.email, "partners@firstup.example"));
    expect(row!.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 1);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row!.id));
    expect(events.map((event) => event.action)).toEqual(["invitation.created"]);
  });

  it("refuses members and malformed input", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await inviteReseller({ email: "x@y.example" })).toEqual({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "anna@contoso-distribution.example");
    const bad = await inviteReseller({ email: "not-an-email", partnerId: "12ab" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array), partnerId: expect.any(Array) } });
  });

  it("lists only the provider's own invitations", async () => {
    await signInAs(database, "frank@fabrikam-cloud.example");
    const fabrikam = await listInvitationsOfProvider((await getActor())!);
    expect(fabrikam).toEqual([]);
    await signInAs(database, "anna@contoso-distribution.example");
    const contoso = await listInvitationsOfProvider((await getActor())!);
    expect(contoso.map((invitation) => invitation.email)).toContain("partners@firstup.example");
  });
});

describe("accepting an invitation", () => {
  it("a same-region reseller accepts before its MPA: one active relationship, audited for both sides", async () => {
    const token = await invite("piotr@firstup-consultants.example");
    await signInAs(database, "piotr@firstup-consultants.example");
    const view = await getInvitationForReseller((await getActor())!, token);
    expect(view).toMatchObject({ providerName: "Contoso Distribution B.V.", providerRegion: "europe", state: "pending", closed: null });
    const result = await acceptInvitation({ token });
    expect(result.ok).toBe(true);
    const pairs = await livePairs("contoso", "firstup");
    expect(pairs).toEqual([{ id: expect.any(String), status: "active" }]);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, pairs[0]!.id));
    expect(events[0]).toMatchObject({ action: "relationship.activated", after: { status: "active", provider: "Contoso Distribution B.V." } });
    expect(events[0]!.subjectOrganizationIds).toEqual(expect.arrayContaining([await orgId(database, "contoso"), await orgId(database, "firstup")]));
    // The same events, with the same payloads, as accepting by id from "My providers" (my-providers.test.ts).
    const [invitation] = await database.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token)));
    const onInvitation = await database.db.select({ action: auditEvents.action, after: auditEvents.after }).from(auditEvents).where(eq(auditEvents.entityId, invitation!.id));
    expect(onInvitation.filter((event) => event.action !== "invitation.created")).toEqual([{ action: "invitation.accepted", after: { relationshipId: pairs[0]!.id } }]);
    // The link is single-use.
    const again = await acceptInvitation({ token });
    expect(again).toMatchObject({ ok: false, error: "Your organization has already accepted this invitation." });
  });

  it("a reseller in another region is refused with SAME-REGION-RELATIONSHIP, and nothing is written", async () => {
    const token = await invite("carla@coho-vineyard.example");
    await signInAs(database, "carla@coho-vineyard.example");
    const view = await getInvitationForReseller((await getActor())!, token);
    expect(view!.verdict.allowed).toBe(false);
    const result = await acceptInvitation({ token });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/SAME-REGION-RELATIONSHIP: .*region/);
    expect(await livePairs("contoso", "coho")).toEqual([]);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token)));
    expect(row!.acceptedAt).toBeNull();
  });

  it("an invitation for another Partner ID cannot be accepted or declined by this reseller", async () => {
    const token = await invite("someone@adventure.example", "5200003");
    await signInAs(database, "lea@litware.example");
    const result = await acceptInvitation({ token });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("for Partner ID 5200003") });
    expect(await declineInvitation({ token })).toMatchObject({ ok: false });
  });

  it("turns the pair's invited relationship active instead of adding a second one", async () => {
    const token = await invite("tom@tailspin-toys.example");
    await signInAs(database, "tom@tailspin-toys.example");
    expect((await acceptInvitation({ token })).ok).toBe(true);
    expect(await livePairs("contoso", "tailspin")).toEqual([{ id: expect.any(String), status: "active" }]);
  });

  it("an unknown token and a member's attempt are refused", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await acceptInvitation({ token: "A".repeat(43) })).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });
    expect(await getInvitationForReseller((await getActor())!, "A".repeat(43))).toBeNull();
    const token = await invite("hugo@litware.example");
    await signInAs(database, "hugo@litware.example");
    expect(await acceptInvitation({ token })).toEqual({ ok: false, error: "You are not allowed to do this." });
  });

  it("an expired invitation says so", async () => {
    const token = await invite("late@firstup.example");
    await database.db.update(invitations).set({ expiresAt: new Date("2026-01-02T00:00:00Z") }).where(eq(invitations.tokenHash, hashInvitationToken(token)));
    await signInAs(database, "ben@adventure-works.example");
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, error: expect.stringMatching(/expired on 2 Jan 2026/) });
  });

  it("two admins accepting one invitation at once: exactly one relationship, the other gets a clear message", async () => {
    // Trey Research (Finland) has only a terminated relationship with Contoso, so it may link again.
    const token = await invite("admin@trey.example", "5200007");
    const treyId = await orgId(database, "trey");
    await database.db.execute(sql`insert into users (email, name, password_hash, organization_id, role, email_verified_at) values ('ville@trey.example', 'Ville', 'x', ${treyId}, 'admin', now())`);
    await signInAs(database, "ville@trey.example");
    const results = await Promise.all([acceptInvitation({ token }), acceptInvitation({ token }), acceptInvitation({ token })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const loser of results.filter((result) => !result.ok)) {
      expect(loser).toMatchObject({ ok: false, error: expect.stringMatching(/already accepted|just been accepted/) });
    }
    expect(await livePairs("contoso", "trey")).toHaveLength(1);
  });

  it("two invitations for one pair accepted at once still make one live relationship", async () => {
    const [nod] = await database.db.insert(organizations).values({
      partnerType: "indirect-reseller", legalName: "Nod Publishers IT GmbH", partnerId: "5299001", country: "AT", region: "europe",
      cspTenantId: "6f1c2b0e-8d3a-4c55-9a1e-0b2c3d4e5f60", onboardedAt: new Date(), resellerEnrolledAt: new Date(),
    }).returning({ id: organizations.id });
    await database.db.insert(users).values({ email: "eva@nod.example", name: "Eva", passwordHash: "x", organizationId: nod!.id, role: "admin", emailVerifiedAt: new Date() });
    const [first, second] = [await invite("a@nod.example", "5299001"), await invite("b@nod.example", "5299001")];
    await signInAs(database, "eva@nod.example");
    const results = await Promise.all([acceptInvitation({ token: first }), acceptInvitation({ token: second })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: expect.stringContaining("already have a relationship with Contoso") });
    const pairs = await database.db.select().from(relationships).where(eq(relationships.resellerId, nod!.id));
    expect(pairs).toHaveLength(1);
    // The losing invitation stays unused: its acceptance rolled back with everything else.
    const claimed = await database.db.select().from(invitations).where(eq(invitations.acceptedByOrganizationId, nod!.id));
    expect(claimed).toHaveLength(1);
  });
});

describe("declining and revoking", () => {
  it("a declined invitation cannot be accepted later", async () => {
    const token = await invite("decline@northwind.example", "5200002");
    await signInAs(database, "nina@northwind-it.example");
    expect((await declineInvitation({ token })).ok).toBe(true);
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, error: expect.stringContaining("declined") });
  });

  it("a provider revokes its own pending invitation, never another provider's", async () => {
    await invite("revoke-me@example.example");
    const [row] = await database.db.select({ id: invitations.id, tokenHash: invitations.tokenHash }).from(invitations).where(eq(invitations.email, "revoke-me@example.example"));
    await signInAs(database, "frank@fabrikam-cloud.example");
    // Another provider's invitation answers like a missing one; only its own provider hears why it cannot be revoked.
    expect(await revokeInvitation({ invitationId: row!.id })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await revokeInvitation({ invitationId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, error: NOT_FOUND });
    await signInAs(database, "anna@contoso-distribution.example");
    expect((await revokeInvitation({ invitationId: row!.id })).ok).toBe(true);
    expect(await revokeInvitation({ invitationId: row!.id })).toMatchObject({ ok: false, error: expect.stringContaining("no longer pending") });
  });

  it("a revoked invitation says so to the reseller", async () => {
    const token = await invite("revoked@northwind.example");
    const [row] = await database.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token)));
    await revokeInvitation({ invitationId: row!.id });
    await signInAs(database, "nina@northwind-it.example");
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, error: expect.stringContaining("revoked") });
  });
});

describe("F1: invitations reach only the organization they name", () => {
  it("F1: an invitation with neither Partner ID nor email is refused at creation, and nothing is written", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const before = await database.db.select({ id: invitations.id }).from(invitations);
    expect(await inviteReseller({ email: "", partnerId: "" })).toMatchObject({ ok: false, fieldErrors: { partnerId: [expect.stringContaining("Partner ID, an email address, or both")] } });
    expect(await database.db.select({ id: invitations.id }).from(invitations)).toHaveLength(before.length);
  });

  it("F1: by link and by id are one path: another organization holding the link of an email-only invitation cannot take it", async () => {
    const token = await invite("carla@coho-vineyard.example");
    const [row] = await database.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token)));
    await signInAs(database, "nina@northwind-it.example");
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, error: expect.stringContaining("sent to another email address") });
    expect(await declineInvitation({ token })).toMatchObject({ ok: false, error: expect.stringContaining("sent to another email address") });
    expect(await acceptProviderInvitation({ invitationId: row!.id })).toEqual({ ok: false, error: NOT_FOUND });
    const [after] = await database.db.select().from(invitations).where(eq(invitations.id, row!.id));
    expect(after).toMatchObject({ acceptedAt: null, declinedAt: null });
  });

  it("F1: a Partner ID on the invitation decides even when the accepting user's email matches", async () => {
    const token = await invite("nina@northwind-it.example", "5200110");
    await signInAs(database, "nina@northwind-it.example");
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, error: expect.stringContaining("is for Partner ID 5200110") });
  });

  it("a provider resends an invitation: a new link is mailed and the old one stops working", async () => {
    const token = await invite("again@tailspin-toys.example", "5200001");
    const [row] = await database.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token)));
    await database.db.update(invitations).set({ lastSentAt: new Date(Date.now() - 120_000) }).where(eq(invitations.id, row!.id));
    const resent = await resendInvitation({ invitationId: row!.id });
    expect(resent).toMatchObject({ ok: true, data: { email: "again@tailspin-toys.example" } });
    const newToken = (resent as { data: { token: string } }).data.token;
    expect(newToken).not.toBe(token);
    const outbox = await database.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "again@tailspin-toys.example")).orderBy(emailOutbox.createdAt);
    expect(outbox.map((message) => message.text.includes(`/invitations/${newToken}`))).toEqual([false, true]);
    expect(await resendInvitation({ invitationId: row!.id })).toMatchObject({ ok: false, error: expect.stringContaining("less than a minute") });
    await signInAs(database, "tom@tailspin-toys.example");
    expect(await acceptInvitation({ token })).toMatchObject({ ok: false, error: expect.stringContaining("not valid") });
    await signInAs(database, "frank@fabrikam-cloud.example");
    expect(await resendInvitation({ invitationId: row!.id })).toEqual({ ok: false, error: NOT_FOUND });
  });
});
