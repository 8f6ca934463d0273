import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Webhook } from "standardwebhooks";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { signatureHeadersOf, startWebhookReceiver } from "@/test/webhook-receiver";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { webhookDeliveries } from "@/lib/db/schema";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/runner";
import { webhookEventKindNames } from "@/lib/webhooks/event-kinds";
import { createWebhookEndpoint } from "@/app/(app)/settings/webhooks/actions";
import { acceptInvitation } from "@/app/(app)/invitations/actions";
import { declineProviderInvitation } from "@/app/(app)/providers/actions";
import { inviteReseller, requestTermination } from "@/app/(app)/resellers/actions";
import { acceptMpa, enrollAsIndirectReseller, submitOnboarding } from "@/app/(app)/status/actions";
import { approveOnboardingRequest, decideTermination } from "@/app/(app)/support/actions";
import { startScan } from "@/app/(app)/compliance/actions";
import { getActor } from "./actor";
import { listPendingInvitations } from "./my-providers";
import { emitWebhookEvent } from "./webhook-events";
import { listPendingTerminationRequests } from "./termination-requests";

// The receiver listens on loopback, allowed as in development.
vi.hoisted(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "1";
});

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const secrets = new Map<string, string>();
const ids: Record<string, string> = {};

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** Every job due now (attempts included), without the recurring schedule. */
const runJobs = () => runDueJobs({ handlers: jobHandlers, recurring: [] });

/** What each organization's receiver path got, as `type` after verifying the signature with its secret. */
function receivedBy(path: string) {
  return receiver.received
    .filter((request) => request.path === path)
    .map((request) => (new Webhook(secrets.get(path)!).verify(request.body, signatureHeadersOf(request)) as { type: string; data: Record<string, unknown> }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  receiver = await startWebhookReceiver();
  for (const key of ["contoso", "fabrikam", "wideworld", "tailspin"]) ids[key] = await orgId(database, key);
  // Each organization's admin registers an endpoint for every kind, at its own path.
  for (const [path, admin] of [
    ["/contoso", "anna@contoso-distribution.example"],
    ["/fabrikam", "frank@fabrikam-cloud.example"],
    ["/wideworld", "kai@wideworld-importers.example"],
    ["/tailspin", "tom@tailspin-toys.example"],
  ] as const) {
    await signInAs(database, admin);
    const { secret } = ok(await createWebhookEndpoint({ url: receiver.url(path), eventKinds: webhookEventKindNames }));
    secrets.set(path, secret);
  }
});
afterAll(async () => {
  await receiver.close();
  await database.drop();
});

describe("every event is emitted by the data function that makes the change, to the organizations concerned", () => {
  it("from onboarding to a terminated relationship, and a declined invitation and a finished scan", async () => {
    // Wide World Importers: onboarding verified by support (its own event).
    await signInAs(database, "kai@wideworld-importers.example");
    ok(await submitOnboarding({ address: "Ring 1, 1010 Wien", website: "https://wideworld.example", phone: "+43 1 234567" }));
    await signInAs(database, "sam@program-support.example");
    ok(await approveOnboardingRequest({ organizationId: ids.wideworld! }));
    await signInAs(database, "kai@wideworld-importers.example");
    ok(await enrollAsIndirectReseller({}));

    // Contoso invites it; it accepts: invitation accepted and relationship activated, on both sides.
    await signInAs(database, "anna@contoso-distribution.example");
    const { token } = ok(await inviteReseller({ email: "kai@wideworld-importers.example", partnerId: "5200010" }));
    await signInAs(database, "kai@wideworld-importers.example");
    ok(await acceptInvitation({ token }));
    ok(await acceptMpa({ signerName: "Kai Huber", signerTitle: "CEO", signerEmail: "kai@wideworld-importers.example", confirm: "on" }));

    // Contoso asks to end it; support approves: requested, decided, terminated.
    await signInAs(database, "anna@contoso-distribution.example");
    ok(await requestTermination({ resellerId: ids.wideworld!, reason: "Wide World moves to another provider." }));
    await signInAs(database, "sam@program-support.example");
    const pending = (await listPendingTerminationRequests((await getActor())!)).find((request) => request.resellerName === "Wide World Importers IT AG");
    ok(await decideTermination({ requestId: pending!.id, decision: "approve", note: "" }));

    // Tailspin declines Contoso's waiting invitation.
    await signInAs(database, "tom@tailspin-toys.example");
    const [invitation] = await listPendingInvitations((await getActor())!);
    ok(await declineProviderInvitation({ invitationId: invitation!.invitationId }));

    // Contoso's compliance scan finishes (in the job queue, like every delivery).
    await signInAs(database, "anna@contoso-distribution.example");
    ok(await startScan({}));
    for (let round = 0; round < 5; round++) await runJobs();

    // Attempts run in whatever order the queue picks them: compared as sorted lists.
    const types = (path: string) => receivedBy(path).map((event) => event.type).sort();
    expect(types("/wideworld")).toEqual(
      ["onboarding.verified", "invitation.accepted", "relationship.activated", "mpa.signed", "termination.requested", "termination.decided", "relationship.terminated"].sort(),
    );
    expect(types("/contoso").sort()).toEqual(
      [
        "invitation.accepted",
        "relationship.activated",
        "mpa.signed",
        "termination.requested",
        "termination.decided",
        "relationship.terminated",
        "invitation.declined",
        "compliance-scan.finished",
      ].sort(),
    );
    expect(types("/tailspin")).toEqual(["invitation.declined"]);
    // Another provider hears nothing of Contoso's business.
    expect(types("/fabrikam")).toEqual([]);
    // All nine kinds came from real actions.
    expect(new Set(receiver.received.map((request) => JSON.parse(request.body).type))).toEqual(new Set(webhookEventKindNames));

    // What the events say, as a receiver reads it.
    const byType = (path: string, type: string) => receivedBy(path).find((event) => event.type === type)!.data;
    expect(byType("/contoso", "invitation.accepted")).toMatchObject({
      invitationId: expect.any(String),
      relationshipId: expect.any(String),
      provider: { id: ids.contoso, name: "Contoso Distribution B.V.", partnerId: "4100001" },
      reseller: { id: ids.wideworld, name: "Wide World Importers IT AG", partnerId: "5200010" },
    });
    expect(byType("/contoso", "termination.decided")).toMatchObject({ decision: "approved", requestId: pending!.id });
    expect(byType("/wideworld", "termination.requested")).toMatchObject({ requestedBy: "provider", reason: "Wide World moves to another provider." });
    expect(byType("/contoso", "mpa.signed")).toMatchObject({ reseller: { id: ids.wideworld }, acceptedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(byType("/contoso", "compliance-scan.finished")).toMatchObject({ scanId: expect.any(String), subscriptionsChecked: expect.any(Number), findings: expect.any(Number) });
  });

  it("an event of a change that rolls back is never sent", async () => {
    const before = await database.db.select().from(webhookDeliveries);
    await expect(
      database.db.transaction(async (tx) => {
        expect(await emitWebhookEvent(tx, { organizationIds: [ids.contoso], kind: "mpa.signed", data: () => ({}) })).toBe(1);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.select().from(webhookDeliveries)).toEqual(before);
    const sent = receiver.received.length;
    await runJobs();
    expect(receiver.received.length).toBe(sent);
  });
});
