import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { acceptInvitation } from "@/app/(app)/invitations/actions";
import { createSubscription, inviteReseller, requestTermination } from "@/app/(app)/resellers/actions";
import { acceptMpa, enrollAsIndirectReseller, submitOnboarding } from "@/app/(app)/status/actions";
import { approveOnboardingRequest } from "@/app/(app)/support/actions";
import { decideTermination } from "@/app/(app)/support/actions";
import { listPendingTerminationRequests } from "./termination-requests";
import { getActor } from "./actor";
import { timelineForProvider, timelinesForReseller } from "./reseller-timeline";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let wideworld: string;

async function as(email: string) {
  await signInAs(database, email);
  return (await getActor())!;
}

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  wideworld = await orgId(database, "wideworld");
});
afterAll(() => database.drop());

describe("the timeline of a provider–reseller relationship", () => {
  it("follows the whole provider flow from the audit trail, with who did each step", async () => {
    // Wide World Importers (signed up only) gets onboarded, enrolls, is invited by Contoso, links, signs the MPA.
    await as("kai@wideworld-importers.example");
    ok(await submitOnboarding({ address: "Ring 1, 1010 Wien", website: "https://wideworld.example", phone: "+43 1 234567" }));
    await as("sam@program-support.example");
    ok(await approveOnboardingRequest({ organizationId: wideworld }));
    await as("kai@wideworld-importers.example");
    ok(await enrollAsIndirectReseller({}));
    await as("anna@contoso-distribution.example");
    const { token } = ok(await inviteReseller({ email: "kai@wideworld-importers.example", partnerId: "5200010" }));

    const before = await timelineForProvider(await as("anna@contoso-distribution.example"), wideworld);
    expect(before).toBeNull(); // not linked yet: no relationship to show, like any other organization

    await as("kai@wideworld-importers.example");
    ok(await acceptInvitation({ token }));
    ok(await acceptMpa({ signerName: "Kai Huber", signerTitle: "CEO", signerEmail: "kai@wideworld-importers.example", confirm: "on" }));

    let steps = (await timelineForProvider(await as("anna@contoso-distribution.example"), wideworld))!;
    expect(steps.map((step) => [step.key, step.event?.actorName ?? null])).toEqual([
      ["invited", "Anna de Vries"],
      ["linked", "Kai Huber"],
      ["onboarded", "Sam Okafor"],
      ["enrolled", "Kai Huber"],
      ["mpa-signed", "Kai Huber"],
      ["first-transaction", null],
    ]);

    await as("anna@contoso-distribution.example");
    ok(await createSubscription({ resellerId: wideworld, customerName: "Vienna Bikes", customerCountry: "AT", offerName: "Microsoft 365 E3", publisher: "first-party", quantity: 5, requestKey: randomUUID() }));
    ok(await requestTermination({ resellerId: wideworld, reason: "Moving on." }));
    const [pending] = (await listPendingTerminationRequests(await as("sam@program-support.example"))).filter((request) => request.resellerName.startsWith("Wide World"));
    ok(await decideTermination({ requestId: pending!.id, decision: "approve", note: "" }));

    steps = (await timelineForProvider(await as("anna@contoso-distribution.example"), wideworld))!;
    expect(steps.map((step) => step.key)).toEqual(["invited", "linked", "onboarded", "enrolled", "mpa-signed", "first-transaction", "termination-requested", "terminated"]);
    expect(steps.every((step) => step.event !== null)).toBe(true);
    // The provider's admin may open the events that concern Contoso; the reseller's own enrollment is not in its log.
    expect(Object.fromEntries(steps.map((step) => [step.key, step.event!.linkable]))).toMatchObject({
      invited: true,
      linked: true,
      onboarded: false,
      enrolled: false,
      "mpa-signed": true,
      "first-transaction": true,
      terminated: true,
    });

    // The reseller sees the same steps from its side.
    const [own] = await timelinesForReseller(await as("kai@wideworld-importers.example"));
    expect(own!.providerName).toBe("Contoso Distribution B.V.");
    expect(own!.steps.map((step) => [step.key, step.event?.id])).toEqual(steps.map((step) => [step.key, step.event!.id]));
    expect(own!.steps.find((step) => step.key === "enrolled")!.event!.linkable).toBe(true);
  });

  it("another provider's reseller answers null, like a missing one", async () => {
    expect(await timelineForProvider(await as("frank@fabrikam-cloud.example"), wideworld)).toBeNull();
    expect(await timelineForProvider(await as("frank@fabrikam-cloud.example"), "not-a-uuid")).toBeNull();
    expect(await timelinesForReseller(await as("anna@contoso-distribution.example"))).toEqual([]);
  });
});
