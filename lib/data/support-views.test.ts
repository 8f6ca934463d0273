import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { emailOutbox } from "@/lib/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { runDueJobs } from "@/lib/jobs/runner";
import { approveOnboardingRequest } from "@/app/(app)/support/actions";
import { decideTermination } from "@/app/(app)/support/actions";
import { submitOnboarding } from "@/app/(app)/status/actions";
import { listPendingTerminationRequests } from "./termination-requests";
import { getActor } from "./actor";
import { getDirectoryEntry, listSupportDecisions, searchDirectory } from "./partner-directory";
import { listFailedEmails, listFailedJobs } from "./failed-deliveries";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

async function as(email: string) {
  await signInAs(database, email);
  return (await getActor())!;
}

describe("the partner directory", () => {
  it("finds an organization by part of its name or its exact Partner ID; only for program support", async () => {
    const sam = await as("sam@program-support.example");
    expect((await searchDirectory(sam, "litware"))!.rows.map((row) => row.legalName)).toEqual(["Litware Solutions SARL"]);
    expect((await searchDirectory(sam, "4100002"))!.rows.map((row) => row.legalName)).toEqual(["Fabrikam Cloud Distribution Inc."]);
    expect((await searchDirectory(sam, "410000"))!.total).toBe(0); // a Partner ID matches exactly, never a prefix
    expect((await searchDirectory(sam, "%"))!.total).toBe(0); // wildcards typed are letters
    expect(await searchDirectory(await as("anna@contoso-distribution.example"), "litware")).toBeNull();
  });

  it("shows an organization's readiness, relationships on both sides, and support's decisions", async () => {
    const sam = await as("sam@program-support.example");
    const contoso = await getDirectoryEntry(sam, await orgId(database, "contoso"));
    expect(contoso!.relationships.map((row) => [row.side, row.otherName, row.status])).toContainEqual(["reseller", "Litware Solutions SARL", "active"]);
    const litware = await getDirectoryEntry(sam, await orgId(database, "litware"));
    expect(litware!.relationships.map((row) => [row.side, row.otherName])).toEqual([["provider", "Contoso Distribution B.V."]]);
    expect(litware!.blocked).toEqual([]);
    const northwind = await getDirectoryEntry(sam, await orgId(database, "northwind"));
    expect(northwind!.blocked.length).toBeGreaterThan(0);
    expect(await getDirectoryEntry(sam, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getDirectoryEntry(await as("anna@contoso-distribution.example"), await orgId(database, "litware"))).toBeNull();
  });

  it("support's decisions list has onboarding verifications and terminations alike", async () => {
    await as("kai@wideworld-importers.example");
    expect((await submitOnboarding({ address: "Ring 1, 1010 Wien", website: "https://wideworld.example", phone: "+43 1 234567" })).ok).toBe(true);
    const sam = await as("sam@program-support.example");
    const wideworld = await orgId(database, "wideworld");
    expect((await approveOnboardingRequest({ organizationId: wideworld })).ok).toBe(true);
    const [alpine] = await listPendingTerminationRequests(sam);
    expect((await decideTermination({ requestId: alpine!.id, decision: "approve", note: "Agreed with both." })).ok).toBe(true);

    const decisions = (await listSupportDecisions(sam))!;
    expect(decisions.map((decision) => [decision.action, decision.organizations.map((organization) => organization.legalName), decision.note])).toEqual([
      ["relationship.terminated", ["Fabrikam Cloud Distribution Inc.", "Alpine Ski House Tech Inc."], "Agreed with both."],
      ["organization.onboarding-approved", ["Wide World Importers IT AG"], null],
    ]);
    expect((await getDirectoryEntry(sam, wideworld))!.decisions.map((decision) => decision.action)).toEqual(["organization.onboarding-approved"]);
    expect(await listSupportDecisions(await as("anna@contoso-distribution.example"))).toBeNull();
  });
});

describe("failed deliveries for support", () => {
  it("lists emails and jobs that failed after their retries, with the last error; nothing else", async () => {
    await database.db.insert(emailOutbox).values([
      { kind: "invitation", recipient: "gone@example.com", subject: "You are invited", text: "secret link", attempts: 8, failedAt: new Date(), lastError: "550 mailbox unavailable" },
      { kind: "invitation", recipient: "fine@example.com", subject: "Delivered", text: "x", attempts: 1, sentAt: new Date() },
    ]);
    await enqueueJob(database.db, { kind: "test.always-fails", organizationId: await orgId(database, "contoso"), maxAttempts: 1 });
    await enqueueJob(database.db, { kind: "test.works", maxAttempts: 1 });
    await runDueJobs({
      handlers: {
        "test.always-fails": async () => {
          throw new Error("Partner Center answered 503");
        },
        "test.works": async () => ({ fine: true }),
      },
    });

    const sam = await as("sam@program-support.example");
    const emails = (await listFailedEmails(sam))!;
    expect(emails.total).toBe(1);
    expect(emails.rows[0]).toMatchObject({ recipient: "gone@example.com", attempts: 8, lastError: "550 mailbox unavailable" });
    expect(emails.rows[0]).not.toHaveProperty("text");
    const jobs = (await listFailedJobs(sam))!;
    expect(jobs.rows.map((job) => [job.kind, job.organizationName, job.lastError])).toEqual([
      ["test.always-fails", "Contoso Distribution B.V.", expect.stringContaining("Partner Center answered 503")],
    ]);
    expect(await listFailedEmails(await as("anna@contoso-distribution.example"))).toBeNull();
    expect(await listFailedJobs(await as("anna@contoso-distribution.example"))).toBeNull();
  });
});
