import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents } from "@/lib/db/schema";
import { parseAuditLogQuery, type AuditLogQuery } from "@/lib/validation/audit-log";
import { getActor } from "./actor";
import { allAuditEvents, getAuditEvent, listAuditEvents } from "./audit-log";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let contoso: string, litware: string, fabrikam: string;
let annaId: string;

async function insertEvents(count: number, values: { actor: string | null; org: string | null; action: string; subjects: string[]; entityId?: string; at?: string }) {
  await database.db.execute(sql`
    insert into audit_events (occurred_at, actor_user_id, actor_organization_id, action, entity_type, entity_id, subject_organization_ids)
    select ${values.at ?? "2026-06-15T12:00:00Z"}::timestamptz, ${values.actor}::uuid, ${values.org}::uuid, ${values.action}, 'test',
           coalesce(${values.entityId ?? null}::text, 'record-' || n), ${`{${values.subjects.join(",")}}`}::uuid[]
    from generate_series(1, ${count}) as n`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  [contoso, litware, fabrikam] = await Promise.all([orgId(database, "contoso"), orgId(database, "litware"), orgId(database, "fabrikam")]);
  annaId = await signInAs(database, "anna@contoso-distribution.example");
  const fabrikamAdmin = await signInAs(database, "frank@fabrikam-cloud.example");
  // 120 events of Contoso in one statement: they share one timestamp, so paging must order by id too.
  await insertEvents(120, { actor: annaId, org: contoso, action: "invitation.created", subjects: [contoso] });
  await insertEvents(3, { actor: annaId, org: contoso, action: "relationship.termination-requested", subjects: [contoso, litware], entityId: "rel-1", at: "2026-03-01T08:00:00Z" });
  await insertEvents(5, { actor: fabrikamAdmin, org: fabrikam, action: "invitation.created", subjects: [fabrikam], at: "2026-06-16T09:00:00Z" });
  await insertEvents(2, { actor: null, org: null, action: "organization.onboarding-approved", subjects: [litware], entityId: "litware-org", at: "2026-01-10T10:00:00Z" });
});
afterAll(() => database.drop());

async function asUser(email: string) {
  await signInAs(database, email);
  return (await getActor())!;
}

function query(params: Record<string, string>): AuditLogQuery {
  const parsed = parseAuditLogQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join(" "));
  return parsed.query;
}

async function everything(email: string, params: Record<string, string> = {}) {
  const actor = await asUser(email);
  const rows = [];
  for await (const batch of allAuditEvents(actor, query(params), 7)) rows.push(...batch);
  return rows;
}

describe("who reads which events", () => {
  it("an organization admin sees only events that concern their own organization", async () => {
    const rows = await everything("anna@contoso-distribution.example");
    expect(rows.length).toBeGreaterThanOrEqual(123);
    expect(rows.every((row) => row.subjectOrganizationIds.includes(contoso))).toBe(true);
    expect(rows.some((row) => row.actorOrganizationName === "Fabrikam Cloud Distribution Inc.")).toBe(false);
  });

  it("a shared event shows to both organizations it concerns, and no one else", async () => {
    const litwareRows = await everything("lea@litware.example", { record: "rel-1" });
    expect(litwareRows).toHaveLength(3);
    expect(await everything("frank@fabrikam-cloud.example", { record: "rel-1" })).toHaveLength(0);
  });

  it("members read nothing; program support reads every organization's events", async () => {
    expect(await listAuditEvents(await asUser("mark@contoso-distribution.example"), {})).toBeNull();
    const all = await everything("sam@program-support.example");
    const organizationsSeen = new Set(all.flatMap((row) => row.subjectOrganizationIds));
    expect([contoso, litware, fabrikam].every((id) => organizationsSeen.has(id))).toBe(true);
  });

  it("one event by id: another organization's answers like a missing one", async () => {
    const [fabrikamEvent] = await everything("frank@fabrikam-cloud.example", { kind: "invitation.created" });
    expect(await getAuditEvent(await asUser("frank@fabrikam-cloud.example"), fabrikamEvent!.id)).toMatchObject({ id: fabrikamEvent!.id });
    expect(await getAuditEvent(await asUser("anna@contoso-distribution.example"), fabrikamEvent!.id)).toBeNull();
    expect(await getAuditEvent(await asUser("anna@contoso-distribution.example"), 999_999_999)).toBeNull();
    expect(await getAuditEvent(await asUser("sam@program-support.example"), fabrikamEvent!.id)).toMatchObject({ id: fabrikamEvent!.id });
  });
});

describe("filters", () => {
  it("by person, kind, record and date range, combined", async () => {
    const sam = "sam@program-support.example";
    expect(await everything(sam, { person: "FRANK@fabrikam-cloud.example" })).toHaveLength(5);
    expect((await everything(sam, { kind: "organization.onboarding-approved", record: "litware-org" })).map((row) => row.action)).toEqual([
      "organization.onboarding-approved",
      "organization.onboarding-approved",
    ]);
    expect(await everything(sam, { from: "2026-06-16", to: "2026-06-16" })).toHaveLength(5);
    expect(await everything(sam, { from: "2026-03-01", to: "2026-03-01", person: "anna@contoso-distribution.example" })).toHaveLength(3);
    expect(await everything(sam, { person: "nobody@example.com" })).toHaveLength(0);
  });

  it("refuses malformed filters with a message instead of guessing", () => {
    expect(parseAuditLogQuery({ from: "2026-13-45" })).toMatchObject({ ok: false, problems: [expect.stringContaining("From")] });
    expect(parseAuditLogQuery({ from: "2026-02-01", to: "2026-01-01" })).toMatchObject({ ok: false, problems: ["From must be on or before To."] });
    expect(parseAuditLogQuery({ kind: "drop table" })).toMatchObject({ ok: false });
    expect(parseAuditLogQuery({ after: "-3" })).toMatchObject({ ok: false });
    expect(parseAuditLogQuery({ person: "", kind: "" })).toEqual({ ok: true, query: {} });
  });
});

describe("keyset paging", () => {
  it("walks every event once, newest first, across events with the same timestamp", async () => {
    const actor = await asUser("anna@contoso-distribution.example");
    const seen: number[] = [];
    let after: number | undefined;
    let pages = 0;
    for (;;) {
      const page = (await listAuditEvents(actor, { kind: "invitation.created", after }, 50))!;
      seen.push(...page.events.map((event) => event.id));
      pages++;
      if (page.nextAfter === null) break;
      after = page.nextAfter;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(annaId).toBeTruthy();
  });

  it("the newest event comes first", async () => {
    const page = (await listAuditEvents(await asUser("sam@program-support.example"), {}, 5))!;
    const times = page.events.map((event) => event.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const [newest] = await database.db.select({ at: sql<string>`max(${auditEvents.occurredAt})` }).from(auditEvents);
    expect(page.events[0]!.occurredAt.getTime()).toBe(new Date(newest!.at).getTime());
  });
});
