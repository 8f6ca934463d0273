// The partner API's endpoints, called as Next would call them, with tokens made through the real action.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { auditEvents, complianceScans, invitations, notifications, organizations, users } from "@/lib/db/schema";
import { createApiToken } from "@/app/(app)/settings/api-tokens/actions";
import { GET as listResellers } from "./resellers/route";
import { GET as getReseller } from "./resellers/[id]/route";
import { GET as listResellerSubscriptions } from "./resellers/[id]/subscriptions/route";
import { POST as createInvitation } from "./invitations/route";
import { DELETE as revokeInvitation } from "./invitations/[id]/route";
import { POST as verifyMpa } from "./mpa/verify/route";
import { GET as listCustomers } from "./customers/route";
import { GET as getCustomer } from "./customers/[id]/route";
import { GET as listAuditEvents } from "./audit-events/route";
import { GET as listNotifications } from "./notifications/route";
import { GET as listComplianceFindings } from "./compliance/findings/route";
import { runComplianceScan } from "@/lib/data/compliance-scan-run";
import { endpoints } from "@/lib/api/endpoints";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const tokens: Record<string, string> = {};

async function token(email: string, scopes: string[]) {
  await signInAs(database, email);
  const answer = await createApiToken({ name: `${email.split("@")[0]} with ${scopes.length} scopes`, scopes, expiresInDays: 30 });
  signOutOfTests();
  if (!answer.ok) throw new Error(answer.error);
  return answer.data.secret;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  tokens.provider = await token("anna@contoso-distribution.example", ["resellers:read", "invitations:write", "mpa:verify", "audit:read", "notifications:read"]);
  tokens.providerReadOnly = await token("anna@contoso-distribution.example", ["resellers:read"]);
  tokens.otherProvider = await token("frank@fabrikam-cloud.example", ["resellers:read", "invitations:write"]);
  tokens.reseller = await token("lea@litware.example", ["customers:read", "resellers:read", "audit:read"]);
  tokens.directBill = await token("olivia@blueyonder-cloud.example", ["customers:read"]);
});
afterAll(() => database.drop());

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, secret: string, path: string, init: { method?: string; body?: unknown; rawBody?: string; params?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${secret}` };
  if (init.body !== undefined || init.rawBody !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost${path}`, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? "POST" : "GET"),
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const response = await handler(request, { params: Promise.resolve(init.params ?? {}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { data?: Record<string, unknown>[]; nextCursor?: string | null }, headers: response.headers };
}

const idOf = async (partnerId: string) => (await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, partnerId)))[0]!.id;

describe("resellers", () => {
  it("lists the provider's own resellers with readiness, and validates each answer against the documented schema", async () => {
    const answer = await call(listResellers, tokens.provider!, "/api/v1/resellers?status=all&limit=100");
    expect(answer.status).toBe(200);
    expect(answer.body.data!.length).toBeGreaterThan(2);
    expect(endpoints.listResellers.response.safeParse(answer.body).success).toBe(true);
    const litware = answer.body.data!.find((row) => row.legalName === "Litware Solutions SARL")!;
    expect(litware).toMatchObject({ partnerId: expect.any(String), readiness: { onboarded: true, enrolled: true } });
    // Fabrikam's token sees only Fabrikam's resellers: none of Contoso's.
    const other = await call(listResellers, tokens.otherProvider!, "/api/v1/resellers?status=all&limit=100");
    expect(other.body.data!.map((row) => row.id)).not.toContain(litware.id);
  });

  it("pages with an opaque cursor until the last page, each reseller once", async () => {
    const seen: string[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const answer = await call(listResellers, tokens.provider!, `/api/v1/resellers?status=all&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data!.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.data!.map((row) => String(row.id)));
      cursor = answer.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    const all = await call(listResellers, tokens.provider!, "/api/v1/resellers?status=all&limit=100");
    expect(seen).toEqual(all.body.data!.map((row) => row.id));
    expect(pages).toBe(Math.ceil(seen.length / 2));
  });

  it("answers 400 with the one error body for a bad cursor, limit or filter; never 500", async () => {
    for (const query of ["cursor=nonsense", "cursor=eyJvIjotMX0", "limit=0", "limit=101", "limit=abc", "status=unknown", `cursor=${"A".repeat(500)}`]) {
      const answer = await call(listResellers, tokens.provider!, `/api/v1/resellers?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body, query).toMatchObject({ code: "invalid_request", error: expect.any(String), fieldErrors: expect.any(Object) });
    }
  });

  it("gets one reseller; another provider's reseller, a missing id and a malformed id answer alike", async () => {
    const litware = await idOf("5200004");
    const answer = await call(getReseller, tokens.provider!, `/api/v1/resellers/${litware}`, { params: { id: litware } });
    expect(answer.status).toBe(200);
    expect(endpoints.getReseller.response.safeParse(answer.body).success).toBe(true);
    expect(answer.body).toMatchObject({ id: litware, legalName: "Litware Solutions SARL", relationship: { status: expect.any(String) }, readiness: expect.any(Object) });
    const other = await call(getReseller, tokens.otherProvider!, `/api/v1/resellers/${litware}`, { params: { id: litware } });
    const missing = await call(getReseller, tokens.otherProvider!, "/api/v1/resellers/x", { params: { id: crypto.randomUUID() } });
    const malformed = await call(getReseller, tokens.otherProvider!, "/api/v1/resellers/x", { params: { id: "not-a-uuid" } });
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    expect(malformed.body).toEqual(missing.body);

    const subscriptions = await call(listResellerSubscriptions, tokens.provider!, "/x", { params: { id: litware } });
    expect(subscriptions.status).toBe(200);
    expect(subscriptions.body.data!.map((row) => row.customerName)).toContain("Fourth Coffee Roasters");
    expect(endpoints.listResellerSubscriptions.response.safeParse(subscriptions.body).success).toBe(true);
    expect((await call(listResellerSubscriptions, tokens.otherProvider!, "/x", { params: { id: litware } })).status).toBe(404);
  });

  it("a reseller's token with resellers:read gets 403: its organization's admin has no reseller list either", async () => {
    const answer = await call(listResellers, tokens.reseller!, "/api/v1/resellers");
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: "forbidden" });
  });
});

describe("invitations", () => {
  it("creates an invitation (audited with the token's name) and revokes it; another provider's token finds nothing", async () => {
    const created = await call(createInvitation, tokens.provider!, "/api/v1/invitations", { body: { partnerId: "5299001", email: "api-invite@reseller.example" } });
    expect(created.status).toBe(201);
    expect(endpoints.createInvitation.response.safeParse(created.body).success).toBe(true);
    expect(String(created.body.link)).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    const id = String(created.body.id);
    const [event] = await database.db.select().from(auditEvents).where(sql`${auditEvents.action} = 'invitation.created' and ${auditEvents.entityId} = ${id}`);
    expect(event!.apiTokenName).toBe("anna with 5 scopes");

    const foreign = await call(revokeInvitation, tokens.otherProvider!, "/x", { method: "DELETE", params: { id } });
    const missing = await call(revokeInvitation, tokens.otherProvider!, "/x", { method: "DELETE", params: { id: crypto.randomUUID() } });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);

    const revoked = await call(revokeInvitation, tokens.provider!, "/x", { method: "DELETE", params: { id } });
    expect(revoked).toMatchObject({ status: 200, body: { id, revoked: true } });
    const [row] = await database.db.select({ revokedAt: invitations.revokedAt }).from(invitations).where(eq(invitations.id, id));
    expect(row!.revokedAt).not.toBeNull();
    const again = await call(revokeInvitation, tokens.provider!, "/x", { method: "DELETE", params: { id } });
    expect(again).toMatchObject({ status: 422, body: { code: "refused" } });
  });

  it("needs invitations:write; bad bodies answer 4xx and write nothing", async () => {
    const count = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(invitations))[0]!.n;
    const before = await count();
    expect((await call(createInvitation, tokens.providerReadOnly!, "/api/v1/invitations", { body: { partnerId: "5299002" } })).status).toBe(403);
    const cases: [{ body?: unknown; rawBody?: string }, number][] = [
      [{ rawBody: "{not json" }, 400],
      [{ body: {} }, 400],
      [{ body: { partnerId: 5299002 } }, 400],
      [{ body: { partnerId: "12" } }, 400],
      [{ body: [] }, 400],
      [{ body: null }, 400],
      [{ body: { partnerId: "5299002", admin: true } }, 400],
      [{ rawBody: JSON.stringify({ partnerId: "5299002", pad: "x".repeat(600_000) }) }, 413],
    ];
    for (const [init, status] of cases) {
      const answer = await call(createInvitation, tokens.provider!, "/api/v1/invitations", init);
      expect(answer.status, JSON.stringify(init).slice(0, 80)).toBe(status);
      expect(answer.body.code).toBe(status === 413 ? "invalid_request" : "invalid_request");
    }
    const wrongType = await createInvitation(
      new Request("http://localhost/api/v1/invitations", { method: "POST", headers: { authorization: `Bearer ${tokens.provider}`, "content-type": "text/plain" }, body: "x" }),
    );
    expect(wrongType.status).toBe(415);
    expect(await count()).toBe(before);
  });
});

describe("verify MPA", () => {
  it("answers every line as the Verify MPA page does, in order, up to 5,000 at once", async () => {
    const litware = "5200004";
    const answer = await call(verifyMpa, tokens.provider!, "/api/v1/mpa/verify", { body: { partnerIds: [litware, "not-an-id", "9999999"] } });
    expect(answer.status).toBe(200);
    expect(endpoints.verifyMpa.response.safeParse(answer.body).success).toBe(true);
    expect(answer.body.data!.map((line) => line.line)).toEqual([1, 2, 3]);
    expect(answer.body.data![0]).toMatchObject({ ok: true, partnerId: litware, name: "Litware Solutions SARL" });
    expect(answer.body.data![1]).toMatchObject({ ok: false });
    expect(answer.body.data![2]).toMatchObject({ ok: true, result: { status: "unknown-partner-id" } });
    const many = await call(verifyMpa, tokens.provider!, "/api/v1/mpa/verify", { body: { partnerIds: Array.from({ length: 1200 }, (_, i) => String(7000000 + i)) } });
    expect(many.body.data!.map((line) => line.line)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect((await call(verifyMpa, tokens.provider!, "/api/v1/mpa/verify", { body: { partnerIds: Array.from({ length: 5001 }, () => "1234567") } })).status).toBe(400);
    expect((await call(verifyMpa, tokens.providerReadOnly!, "/api/v1/mpa/verify", { body: { partnerIds: [litware] } })).status).toBe(403);
  });
});

describe("customers", () => {
  it("lists the partner's customers and gets one with its subscriptions; another partner's customer is not found", async () => {
    const list = await call(listCustomers, tokens.reseller!, "/api/v1/customers?limit=100");
    expect(list.status).toBe(200);
    expect(endpoints.listCustomers.response.safeParse(list.body).success).toBe(true);
    expect(list.body.data!.length).toBeGreaterThan(0);
    const first = list.body.data![0]!;
    const one = await call(getCustomer, tokens.reseller!, "/x", { params: { id: String(first.id) } });
    expect(one.status).toBe(200);
    expect(endpoints.getCustomer.response.safeParse(one.body).success).toBe(true);
    expect(one.body).toMatchObject({ id: first.id, subscriptions: expect.any(Array) });
    const directBillList = await call(listCustomers, tokens.directBill!, "/api/v1/customers?limit=100");
    const mine = new Set(directBillList.body.data!.map((row) => row.id));
    const notTheirs = list.body.data!.find((row) => !mine.has(row.id));
    expect(notTheirs, "a Litware customer Blue Yonder does not serve").toBeDefined();
    const foreign = await call(getCustomer, tokens.directBill!, "/x", { params: { id: String(notTheirs!.id) } });
    const missing = await call(getCustomer, tokens.directBill!, "/x", { params: { id: crypto.randomUUID() } });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    // A provider's admin has no customer list: its token gets 403 even with every scope it can hold.
    expect((await call(listCustomers, tokens.provider!, "/api/v1/customers")).status).toBe(403);
  });

  it("pages customers by cursor", async () => {
    const all = await call(listCustomers, tokens.reseller!, "/api/v1/customers?limit=100");
    expect(all.body.data!.length).toBeGreaterThan(1);
    const firstPage = await call(listCustomers, tokens.reseller!, "/api/v1/customers?limit=1");
    expect(firstPage.body.data).toHaveLength(1);
    const second = await call(listCustomers, tokens.reseller!, `/api/v1/customers?limit=1&cursor=${firstPage.body.nextCursor}`);
    expect(second.body.data![0]!.id).toBe(all.body.data![1]!.id);
    const last = await call(listCustomers, tokens.reseller!, `/api/v1/customers?limit=100`);
    expect(last.body.nextCursor).toBeNull();
  });
});

describe("audit log and notifications", () => {
  it("reads the organization's audit log newest first with keyset paging, API calls included", async () => {
    const first = await call(listAuditEvents, tokens.provider!, "/api/v1/audit-events?limit=3");
    expect(first.status).toBe(200);
    expect(endpoints.listAuditEvents.response.safeParse(first.body).success).toBe(true);
    expect(first.body.data).toHaveLength(3);
    expect(first.body.data![0]!.action).toBe("api.request");
    const second = await call(listAuditEvents, tokens.provider!, `/api/v1/audit-events?limit=3&cursor=${first.body.nextCursor}`);
    expect(Number(second.body.data![0]!.id)).toBeLessThan(Number(first.body.data![2]!.id));
    // An offset cursor is not an audit-log cursor, and a date must be a date.
    expect((await call(listAuditEvents, tokens.provider!, "/api/v1/audit-events?cursor=eyJvIjoxfQ")).status).toBe(400);
    expect((await call(listAuditEvents, tokens.provider!, "/api/v1/audit-events?from=2026-02-30")).status).toBe(400);
    expect((await call(listAuditEvents, tokens.provider!, "/api/v1/audit-events?from=2026-03-02&to=2026-03-01")).status).toBe(400);
    // Never another organization's events: Litware's token reads Litware's log only.
    const theirs = await call(listAuditEvents, tokens.reseller!, "/api/v1/audit-events?limit=100&kind=api-token.created");
    const names = theirs.body.data!.map((event) => String((event.after as { name?: string }).name));
    expect(names).toEqual(["lea with 3 scopes"]);
  });

  it("reads the token maker's notifications, newest first, by cursor", async () => {
    const [anna] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, "anna@contoso-distribution.example"));
    await database.db.insert(notifications).values(
      Array.from({ length: 3 }, (_, i) => ({ userId: anna!.id, kind: "mpa.signed", title: `API ${i}`, body: "x", href: "/resellers", createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)) })),
    );
    const first = await call(listNotifications, tokens.provider!, "/api/v1/notifications?limit=2");
    expect(first.status).toBe(200);
    expect(endpoints.listNotifications.response.safeParse(first.body).success).toBe(true);
    expect(first.body.data!.map((item) => item.title)).toEqual(["API 2", "API 1"]);
    const second = await call(listNotifications, tokens.provider!, `/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.data![0]!.title).toBe("API 0");
    expect((await call(listNotifications, tokens.providerReadOnly!, "/api/v1/notifications")).status).toBe(403);
  });
});

describe("compliance findings", () => {
  it("reads the caller's own last scan only, filtered and paged as the page does; resellers have no scan", async () => {
    // Fabrikam bills the demo's five findings (a reseller of record before its MPA); Contoso has not scanned.
    const provider = await token("frank@fabrikam-cloud.example", ["compliance:read"]);
    const otherProvider = await token("anna@contoso-distribution.example", ["compliance:read"]);
    const reseller = await token("lea@litware.example", ["compliance:read"]);
    const path = "/api/v1/compliance/findings";
    const before = await call(listComplianceFindings, provider, path);
    expect(before).toMatchObject({ status: 200, body: { scan: null, data: [], nextCursor: null } });

    const [frank] = await database.db.select({ organizationId: users.organizationId }).from(users).where(eq(users.email, "frank@fabrikam-cloud.example"));
    const [fabrikam] = await database.db.select({ legalName: organizations.legalName }).from(organizations).where(eq(organizations.id, frank!.organizationId!));
    const [scan] = await database.db.insert(complianceScans).values({ organizationId: frank!.organizationId }).returning({ id: complianceScans.id });
    await runComplianceScan(database.db, scan!.id);

    const all = await call(listComplianceFindings, provider, `${path}?limit=100`);
    expect(all.status).toBe(200);
    expect(endpoints.listComplianceFindings.response.safeParse(all.body).success).toBe(true);
    expect(all.body.scan).toMatchObject({ id: scan!.id, findingsCount: all.body.data!.length });
    expect(all.body.data!.length).toBe(5);
    expect(new Set(all.body.data!.map((finding) => finding.billerName))).toEqual(new Set([fabrikam!.legalName]));

    const rule = all.body.data![0]!.ruleId as string;
    const byRule = await call(listComplianceFindings, provider, `${path}?limit=100&rule=${rule}`);
    expect(byRule.body.data!.length).toBe(all.body.data!.filter((finding) => finding.ruleId === rule).length);

    const first = await call(listComplianceFindings, provider, `${path}?limit=2`);
    const second = await call(listComplianceFindings, provider, `${path}?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.data!, ...second.body.data!]).toEqual(all.body.data!.slice(0, 4));

    // Another provider's token reads its own (empty) scope, never Fabrikam's scan.
    expect(await call(listComplianceFindings, otherProvider, path)).toMatchObject({ status: 200, body: { scan: null, data: [] } });
    expect((await call(listComplianceFindings, reseller, path)).status).toBe(403);
    expect((await call(listComplianceFindings, provider, `${path}?resellerId=not-a-uuid`)).status).toBe(400);
    expect((await call(listComplianceFindings, tokens.provider!, path)).status).toBe(403);
  });
});
