import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, organizations } from "@/lib/db/schema";
import { getActor } from "@/lib/data/actor";
import { getReadiness, listOrganizationAdmins } from "@/lib/data/readiness";
import { listOnboardingQueue } from "@/lib/data/onboarding";
import { acceptMpa, enrollAsIndirectReseller, recordDirectBillCapabilities, submitOnboarding } from "@/app/(app)/status/actions";
import { approveOnboardingRequest, rejectOnboardingRequest } from "@/app/(app)/support/actions";
import { today } from "@/lib/data/rules-facts";
import { listPendingInvitations, listProvidersToContact } from "@/lib/data/my-providers";
import { acceptProviderInvitation } from "@/app/(app)/providers/actions";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw");
});
afterAll(() => database.drop());

async function org(partnerId: string) {
  const [row] = await database.db.select().from(organizations).where(eq(organizations.partnerId, partnerId));
  return row!;
}
async function eventsFor(organizationId: string, action: string) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, organizationId), eq(auditEvents.action, action)));
}
async function readinessOf(email: string) {
  await signInAs(database, email);
  return (await getReadiness((await getActor())!))!;
}
const ruleIds = (blocks: { findings: { ruleId: string }[] }[]) => blocks.flatMap((block) => block.findings.map((f) => f.ruleId));

const TAILSPIN = "5200001";
const details = { address: "Hauptstraße 1, 10115 Berlin", website: "https://tailspin-toys.example", phone: "+49 30 1234567" };

describe("a reseller's readiness steps", () => {
  it("lists each missing step with what it blocks, from the rules", async () => {
    const readiness = await readinessOf("tom@tailspin-toys.example");
    expect(readiness.steps.map((step) => [step.item, step.done])).toEqual([["onboarded", false], ["enrolled", false], ["mpa", false], ["linkedProvider", false]]);
    const mpa = readiness.steps[2]!;
    expect(mpa.blocks.map((block) => block.what)).toEqual([
      "Your providers cannot transact new business with you",
      "Your providers cannot record your Partner ID on new subscriptions",
    ]);
    expect(ruleIds(mpa.blocks)).toEqual(expect.arrayContaining(["MPA-BEFORE-NEW-BUSINESS", "MPA-BEFORE-ASSOCIATION", "RESELLER-READINESS"]));
    expect(ruleIds(readiness.steps[0]!.blocks)).toContain("RESELLER-READINESS");
    expect(readiness.blockedNow.length).toBeGreaterThan(0);
  });

  it("refuses to enroll before onboarding, with the rule, and writes nothing", async () => {
    await signInAs(database, "tom@tailspin-toys.example");
    const result = await enrollAsIndirectReseller({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("RESELLER-READINESS");
    expect((await org(TAILSPIN)).resellerEnrolledAt).toBeNull();
  });

  it("a member cannot submit details or accept the MPA; the page names the admins", async () => {
    await signInAs(database, "hugo@litware.example");
    expect(await submitOnboarding(details)).toEqual({ ok: false, error: "You are not allowed to do this." });
    expect(await acceptMpa({ signerName: "Hugo", signerTitle: "CTO", signerEmail: "hugo@litware.example", confirm: "on" })).toEqual({
      ok: false,
      error: "You are not allowed to do this.",
    });
    expect(await listOrganizationAdmins((await getActor())!)).toEqual(["Léa Martin"]);
  });

  it("details go to support, who can reject them with a reason; the reseller resubmits and support approves", async () => {
    await signInAs(database, "tom@tailspin-toys.example");
    const invalid = await submitOnboarding({ ...details, website: "not a site" });
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { website: ["Enter the website as https://…"] } });
    expect(await submitOnboarding(details)).toEqual({ ok: true, data: null });
    const tailspin = await org(TAILSPIN);
    expect(tailspin).toMatchObject({ onboardingStatus: "submitted", onboardingDetails: details });

    await signInAs(database, "sam@program-support.example");
    const queue = await listOnboardingQueue((await getActor())!);
    expect(queue.map((entry) => entry.legalName)).toContain("Tailspin Toys IT GmbH");
    expect(await rejectOnboardingRequest({ organizationId: tailspin.id, reason: "  " })).toMatchObject({ ok: false });
    expect(await rejectOnboardingRequest({ organizationId: tailspin.id, reason: "The address lacks a street number." })).toMatchObject({ ok: true });
    expect(await org(TAILSPIN)).toMatchObject({ onboardingStatus: "rejected", onboardingRejectionReason: "The address lacks a street number.", onboardedAt: null });
    // A decided request is no longer in the queue and cannot be approved.
    expect(await approveOnboardingRequest({ organizationId: tailspin.id })).toMatchObject({ ok: false, error: "This organization is no longer waiting for verification." });

    await signInAs(database, "tom@tailspin-toys.example");
    expect((await readinessOf("tom@tailspin-toys.example")).organization.onboardingRejectionReason).toBe("The address lacks a street number.");
    expect(await submitOnboarding({ ...details, address: "Hauptstraße 12, 10115 Berlin" })).toMatchObject({ ok: true });

    await signInAs(database, "sam@program-support.example");
    expect(await approveOnboardingRequest({ organizationId: tailspin.id })).toMatchObject({ ok: true });
    const approved = await org(TAILSPIN);
    expect(approved).toMatchObject({ onboardingStatus: "approved", onboardedBy: "Sam Okafor", onboardingRejectionReason: null });
    expect(approved.onboardedAt).not.toBeNull();
    expect(await eventsFor(tailspin.id, "organization.onboarding-approved")).toHaveLength(1);
    expect(await eventsFor(tailspin.id, "organization.onboarding-rejected")).toHaveLength(1);
  });

  it("a partner cannot approve onboarding", async () => {
    await signInAs(database, "lea@litware.example");
    const tailspin = await org(TAILSPIN);
    expect(await approveOnboardingRequest({ organizationId: tailspin.id })).toEqual({ ok: false, error: "You are not allowed to do this." });
    expect(await listOnboardingQueue((await getActor())!)).toEqual([]);
  });

  it("enrolls once onboarded, then the admin accepts the MPA once; the blocks disappear", async () => {
    await signInAs(database, "tom@tailspin-toys.example");
    expect(await enrollAsIndirectReseller({})).toEqual({ ok: true, data: null });
    expect(await enrollAsIndirectReseller({})).toMatchObject({ ok: false, error: "Your organization is already enrolled as an indirect reseller." });

    const missingConfirm = await acceptMpa({ signerName: "Tom Weber", signerTitle: "CEO", signerEmail: "tom@tailspin-toys.example" });
    expect(missingConfirm).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(Array) } });
    const accepted = await acceptMpa({ signerName: "Tom Weber", signerTitle: "CEO", signerEmail: "Tom@Tailspin-Toys.example", confirm: "on" });
    expect(accepted).toEqual({ ok: true, data: { acceptedOn: today() } });
    const tailspin = await org(TAILSPIN);
    expect(tailspin).toMatchObject({ mpaAcceptedOn: today(), mpaSignerName: "Tom Weber", mpaSignerTitle: "CEO", mpaSignerEmail: "tom@tailspin-toys.example", resellerEnrolledBy: "Tom Weber" });
    expect(await eventsFor(tailspin.id, "organization.mpa-accepted")).toHaveLength(1);

    const again = await acceptMpa({ signerName: "Tom Weber", signerTitle: "CEO", signerEmail: "tom@tailspin-toys.example", confirm: "on" });
    expect(again).toMatchObject({ ok: false, error: "Your organization has already accepted the MPA." });
    expect(await eventsFor(tailspin.id, "organization.mpa-accepted")).toHaveLength(1);

    // Onboarded, enrolled, MPA signed, but no provider yet (Contoso's invitation waits): not "nothing is blocked".
    const stranded = await readinessOf("tom@tailspin-toys.example");
    expect(stranded.steps.filter((step) => !step.done).map((step) => step.item)).toEqual(["linkedProvider"]);
    expect(stranded.steps[2]).toMatchObject({ doneBy: "Tom Weber, CEO" });
    expect(stranded.blockedNow.map((block) => [block.what, block.until])).toEqual([
      ["Your providers cannot transact new business with you", ["Linked with at least one indirect provider"]],
      ["Your providers cannot record your Partner ID on new subscriptions", ["Linked with at least one indirect provider"]],
    ]);
    expect(ruleIds(stranded.blockedNow)).toEqual(["PROVIDER-RESELLER-ACTIVE", "PROVIDER-RESELLER-ACTIVE"]);

    const [invitation] = await listPendingInvitations((await getActor())!);
    expect(invitation).toMatchObject({ providerName: "Contoso Distribution B.V." });
    expect(await acceptProviderInvitation({ invitationId: invitation!.invitationId })).toMatchObject({ ok: true });
    const readiness = await readinessOf("tom@tailspin-toys.example");
    expect(readiness.steps.every((step) => step.done && step.blocks.length === 0)).toBe(true);
    expect(readiness.blockedNow).toEqual([]);
  });
});

describe("a direct-bill partner's requirements", () => {
  it("shows what a missing capability and a missing MPA block", async () => {
    const readiness = await readinessOf("wei@woodgrove-direct.example");
    const missing = readiness.steps.filter((step) => !step.done).map((step) => step.item);
    expect(missing).toEqual(["managedServices", "mpa"]);
    const managed = readiness.steps.find((step) => step.item === "managedServices")!;
    expect(managed.blocks.map((block) => block.what)).toEqual(["You cannot enroll or act as a direct-bill partner", "You cannot sell to customers"]);
    expect(ruleIds(managed.blocks)).toEqual(["DIRECT-BILL-REQUIREMENTS", "DIRECT-BILL-REQUIREMENTS"]);
    expect(ruleIds(readiness.steps.find((step) => step.item === "mpa")!.blocks)).toEqual(["MPA-REQUIRED"]);
  });

  it("only an admin records capabilities; recording them removes the block", async () => {
    await signInAs(database, "oscar@blueyonder-cloud.example");
    expect(await recordDirectBillCapabilities({ apiIntegration: "on" })).toEqual({ ok: false, error: "You are not allowed to do this." });

    await signInAs(database, "wei@woodgrove-direct.example");
    const result = await recordDirectBillCapabilities({ apiIntegration: "on", billing: "on", support: "on", managedServices: "on" });
    expect(result).toEqual({ ok: true, data: null });
    const readiness = await readinessOf("wei@woodgrove-direct.example");
    expect(readiness.steps.filter((step) => !step.done).map((step) => step.item)).toEqual(["mpa"]);
    expect(ruleIds(readiness.blockedNow)).toEqual(["MPA-REQUIRED"]);
    const woodgrove = await org("6300002");
    expect(await eventsFor(woodgrove.id, "organization.capabilities-recorded")).toHaveLength(1);
  });
});

describe("a reseller that is ready in every other way but has no provider (dead end 1)", () => {
  it("is told what is blocked and which providers in its region to ask", async () => {
    // Trey Research (FI): onboarded, enrolled, MPA signed; its only relationship (Contoso) was terminated.
    const readiness = await readinessOf("tess@trey-research.example");
    expect(readiness.steps.filter((step) => !step.done).map((step) => step.label)).toEqual(["Linked with at least one indirect provider"]);
    expect(readiness.blockedNow).not.toEqual([]);
    expect(ruleIds(readiness.blockedNow)).toContain("PROVIDER-RESELLER-ACTIVE");
    const providers = await listProvidersToContact((await getActor())!);
    // Contoso (NL) is in its region, Fabrikam (US) is not; a terminated relationship does not hide a provider.
    expect(providers.map((provider) => provider.name)).toEqual(["Contoso Distribution B.V."]);
  });

  it("a provider the reseller already works with is not offered again", async () => {
    await signInAs(database, "lea@litware.example");
    expect(await listProvidersToContact((await getActor())!)).toEqual([]);
  });
});

describe("what is blocked right now (dead end 7)", () => {
  it("says each blocked action once, with every missing item it waits for", async () => {
    const readiness = await readinessOf("nina@northwind-it.example");
    const whats = readiness.blockedNow.map((block) => block.what);
    expect(new Set(whats).size).toBe(whats.length);
    const transact = readiness.blockedNow.find((block) => block.what === "Your providers cannot transact new business with you")!;
    expect(transact.until).toEqual(["Enrolled as indirect reseller", "Microsoft Partner Agreement accepted"]);
  });
});
