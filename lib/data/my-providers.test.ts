import { NOT_FOUND } from "@/lib/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { hashPassword } from "@/lib/auth/password";
import { auditEvents, invitations, organizations, providerResellerRelationships as relationships, terminationRequests, users } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import { listPendingInvitations } from "@/lib/data/my-providers";
import { listRelationshipsOfReseller as listMyProviders } from "@/lib/data/relationships";
import { listPendingTerminationRequests } from "@/lib/data/termination-requests";
import { acceptProviderInvitation, declineProviderInvitation, requestProviderRelationshipEnd } from "@/app/(app)/providers/actions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());

const actor = async (email: string) => {
  await signInAs(database, email);
  return (await getActor())!;
};
async function orgId(partnerId: string) {
  const [row] = await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, partnerId));
  return row!.id;
}
async function invite(provider: string, partnerId: string | null, email: string) {
  const [row] = await database.db
    .insert(invitations)
    .values({
      providerId: await orgId(provider),
      email,
      partnerId,
      tokenHash: createHash("sha256").update(`test:${email}:${Math.random()}`).digest("hex"),
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: invitations.id });
  return row!.id;
}
async function liveRelationships(providerPartnerId: string, resellerPartnerId: string) {
  return database.db
    .select()
    .from(relationships)
    .where(and(eq(relationships.providerId, await orgId(providerPartnerId)), eq(relationships.resellerId, await orgId(resellerPartnerId)), ne(relationships.status, "terminated")));
}

const CONTOSO = "4100001";

describe("my providers", () => {
  it("lists only the reseller's own relationships", async () => {
    const providers = await listMyProviders(await actor("lea@litware.example"));
    expect(providers.map((p) => [p.providerName, p.status])).toEqual([["Contoso Distribution B.V.", "active"]]);
    expect(await listMyProviders(await actor("olivia@blueyonder-cloud.example"))).toEqual([]);
  });

  it("lists open invitations addressed by its Partner ID, or without one to the user's own proven email; never others'", async () => {
    const tom = await listPendingInvitations(await actor("tom@tailspin-toys.example"));
    expect(tom.map((i) => i.providerName)).toEqual(["Contoso Distribution B.V."]);
    expect(await listPendingInvitations(await actor("lea@litware.example"))).toEqual([]);
    // A Partner ID decides: another Partner ID with a colleague's email does not reach the organization.
    await invite(CONTOSO, "9999999", "hugo@litware.example");
    expect(await listPendingInvitations(await actor("lea@litware.example"))).toEqual([]);
    // Without a Partner ID only the addressee sees it, not a colleague.
    const toHugo = await invite(CONTOSO, null, "hugo@litware.example");
    expect(await listPendingInvitations(await actor("lea@litware.example"))).toEqual([]);
    expect((await listPendingInvitations(await actor("hugo@litware.example"))).map((i) => i.invitationId)).toEqual([toHugo]);
    await database.db.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, toHugo));
  });
});

describe("answering an invitation", () => {
  it("refuses a provider in another region with the rule and writes nothing", async () => {
    const [invitation] = await listPendingInvitations(await actor("carla@coho-vineyard.example"));
    const result = await acceptProviderInvitation({ invitationId: invitation!.invitationId });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("SAME-REGION-RELATIONSHIP");
    expect(await liveRelationships(CONTOSO, "5200006")).toEqual([]);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.id, invitation!.invitationId));
    expect(row!.acceptedAt).toBeNull();
  });

  it("answers another organization's invitation id as not found", async () => {
    const [tomsInvitation] = await listPendingInvitations(await actor("tom@tailspin-toys.example"));
    await actor("lea@litware.example");
    expect(await acceptProviderInvitation({ invitationId: tomsInvitation!.invitationId })).toEqual({ ok: false, error: NOT_FOUND });
    expect(await declineProviderInvitation({ invitationId: tomsInvitation!.invitationId })).toEqual({ ok: false, error: NOT_FOUND });
  });

  it("accepting activates the invited relationship once and audits it; a second acceptance is refused", async () => {
    const [invitation] = await listPendingInvitations(await actor("tom@tailspin-toys.example"));
    const result = await acceptProviderInvitation({ invitationId: invitation!.invitationId });
    expect(result).toEqual({ ok: true, data: { providerName: "Contoso Distribution B.V." } });
    const live = await liveRelationships(CONTOSO, "5200001");
    expect(live.map((r) => r.status)).toEqual(["active"]);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.id, invitation!.invitationId));
    expect(row).toMatchObject({ relationshipId: live[0]!.id, acceptedByOrganizationId: await orgId("5200001") });
    // The same events, with the same payloads, as accepting by link (invitations.test.ts): one data function writes them.
    const onInvitation = await database.db.select({ action: auditEvents.action, after: auditEvents.after }).from(auditEvents).where(eq(auditEvents.entityId, invitation!.invitationId));
    expect(onInvitation).toEqual([{ action: "invitation.accepted", after: { relationshipId: live[0]!.id } }]);
    const onRelationship = await database.db.select({ action: auditEvents.action, after: auditEvents.after }).from(auditEvents).where(eq(auditEvents.entityId, live[0]!.id));
    expect(onRelationship).toContainEqual({ action: "relationship.activated", after: { status: "active", provider: "Contoso Distribution B.V.", invitationId: invitation!.invitationId } });
    expect(await acceptProviderInvitation({ invitationId: invitation!.invitationId })).toMatchObject({ ok: false, error: expect.stringContaining("already accepted") });
    expect(await listPendingInvitations(await actor("tom@tailspin-toys.example"))).toEqual([]);
  });

  it("two people accepting one invitation at once make exactly one relationship", async () => {
    // Trey's relationship with Contoso ended; Contoso invites it again.
    const trey = await orgId("5200007");
    const passwordHash = await hashPassword("pw");
    await database.db.insert(users).values([
      { email: "ada@trey-research.example", name: "Ada Virtanen", passwordHash, organizationId: trey, role: "admin", emailVerifiedAt: new Date() },
    ]);
    const invitationId = await invite(CONTOSO, "5200007", "ada@trey-research.example");
    await actor("ada@trey-research.example");
    const results = await Promise.all([acceptProviderInvitation({ invitationId }), acceptProviderInvitation({ invitationId })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    expect((await liveRelationships(CONTOSO, "5200007")).map((r) => r.status)).toEqual(["active"]);
  });

  it("declining closes the invitation without a relationship", async () => {
    await invite(CONTOSO, "5200004", "someone-else@litware.example");
    const lea = await actor("lea@litware.example");
    const [invitation] = await listPendingInvitations(lea);
    expect(await declineProviderInvitation({ invitationId: invitation!.invitationId })).toEqual({ ok: true, data: null });
    const [row] = await database.db.select().from(invitations).where(eq(invitations.id, invitation!.invitationId));
    expect(row!.declinedAt).not.toBeNull();
    expect(await listPendingInvitations(lea)).toEqual([]);
  });

  it("a member cannot answer invitations", async () => {
    await actor("hugo@litware.example");
    const invitationId = await invite(CONTOSO, "5200004", "hugo@litware.example");
    expect(await acceptProviderInvitation({ invitationId })).toEqual({ ok: false, error: "You are not allowed to do this." });
  });
});

describe("requesting the end of a relationship", () => {
  it("files a pending request for program support and marks the relationship", async () => {
    const lea = await actor("lea@litware.example");
    const [contoso] = await listMyProviders(lea);
    expect(await requestProviderRelationshipEnd({ relationshipId: contoso!.relationshipId, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
    const result = await requestProviderRelationshipEnd({ relationshipId: contoso!.relationshipId, reason: "We move to another provider." });
    expect(result).toEqual({ ok: true, data: null });
    const [after] = await listMyProviders(lea);
    expect(after).toMatchObject({ status: "termination-requested", terminationStatus: "pending", terminationReason: "We move to another provider." });
    const queue = await listPendingTerminationRequests(await actor("sam@program-support.example"));
    expect(queue.map((r) => r.resellerName)).toContain("Litware Solutions SARL");

    await actor("lea@litware.example");
    const again = await requestProviderRelationshipEnd({ relationshipId: contoso!.relationshipId, reason: "Again." });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("already requested") });
    expect(await database.db.select().from(terminationRequests).where(eq(terminationRequests.relationshipId, contoso!.relationshipId))).toHaveLength(1);
  });

  it("another reseller's relationship is not found, and nothing changes", async () => {
    const [northwind] = await listMyProviders(await actor("nina@northwind-it.example"));
    await actor("lea@litware.example");
    expect(await requestProviderRelationshipEnd({ relationshipId: northwind!.relationshipId, reason: "Mine now." })).toEqual({ ok: false, error: NOT_FOUND });
    const [unchanged] = await listMyProviders(await actor("nina@northwind-it.example"));
    expect(unchanged!.status).toBe("active");
  });
});
