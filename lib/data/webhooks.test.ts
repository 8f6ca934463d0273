import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { signatureHeadersOf, startWebhookReceiver } from "@/test/webhook-receiver";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { jobs, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { NOT_FOUND } from "@/lib/errors";
import { runDueJobs } from "@/lib/jobs/runner";
import { webhookEventKindNames } from "@/lib/webhooks/event-kinds";
import { TARGET_REFUSED, type TargetPolicy } from "@/lib/webhooks/target-policy";
import { sealWebhookSecret } from "@/lib/webhooks/signing";
import {
  createWebhookEndpoint,
  createWebhookEndpointForm,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
  updateWebhookEndpointKinds,
} from "@/app/(app)/settings/webhooks/actions";
import { getActor } from "./actor";
import { attemptWebhookDelivery } from "./webhook-delivery";
import { createWebhookEndpoint as createEndpoint, getWebhookEndpointWithDeliveries } from "./webhooks";
import { emitWebhookEvent } from "./webhook-events";

// Receivers in these tests listen on loopback: allowed like in development (the refusals pass their own policy).
vi.hoisted(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "1";
});

const strict: TargetPolicy = { production: false, allowPrivate: false };
const production: TargetPolicy = { production: true, allowPrivate: false };

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let contoso: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  contoso = await orgId(database, "contoso");
});
afterAll(() => database.drop());
beforeEach(async () => {
  receiver = await startWebhookReceiver();
  await database.db.delete(webhookEndpoints);
  await database.db.delete(jobs);
});
afterEach(() => receiver.close());

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function asAnna() {
  await signInAs(database, "anna@contoso-distribution.example");
}

/** Contoso's admin registers the receiver for every kind; returns the endpoint id and its secret. */
async function registerReceiver(path = "/hooks") {
  await asAnna();
  return ok(await createWebhookEndpoint({ url: receiver.url(path), eventKinds: webhookEventKindNames }));
}

/** An event for Contoso, as a data function would emit it. */
async function emitForContoso(data: Record<string, unknown> = { hello: "world" }) {
  return database.db.transaction((tx) => emitWebhookEvent(tx, { organizationIds: [contoso], kind: "mpa.signed", data: () => data }));
}

async function deliveriesOf(endpointId: string) {
  return database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);
}

async function queuedAttempts() {
  return database.db.select().from(jobs).where(and(eq(jobs.kind, "webhook.deliver"), eq(jobs.status, "queued")));
}

/** Brings every waiting attempt forward to now, as if its wait had passed. */
async function waitIsOver() {
  await database.db.update(jobs).set({ runAt: sql`now()` }).where(and(eq(jobs.kind, "webhook.deliver"), eq(jobs.status, "queued")));
}

describe("registering an endpoint", () => {
  it("shows a Standard Webhooks secret once, stores it sealed, and audits without it", async () => {
    const { id, secret } = await registerReceiver();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const [row] = await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(row!.sealedSecret).not.toContain(secret.slice(6));
    expect(row).toMatchObject({ organizationId: contoso, enabled: true, eventKinds: webhookEventKindNames });
    const audit = await database.db.execute(sql`select after::text as after from audit_events where action = 'webhook.endpoint-created' and entity_id = ${id}`);
    const text = JSON.stringify(audit);
    expect(text).toContain("eventKinds");
    expect(text).not.toContain(secret.slice(6));
  });

  it("takes the events as ticked boxes from the form, and refuses none or unknown ones, changing nothing", async () => {
    await asAnna();
    const form = new FormData();
    form.set("url", receiver.url());
    form.set("event:mpa.signed", "on");
    form.set("event:termination.requested", "on");
    const created = await createWebhookEndpointForm(null, form);
    expect(created).toMatchObject({ ok: true });
    const [row] = await database.db.select().from(webhookEndpoints);
    expect(row!.eventKinds).toEqual(["mpa.signed", "termination.requested"]);

    expect(await createWebhookEndpoint({ url: receiver.url(), eventKinds: [] })).toMatchObject({ ok: false, fieldErrors: { eventKinds: ["Choose at least one event."] } });
    expect(await createWebhookEndpoint({ url: receiver.url(), eventKinds: ["user.deleted"] })).toMatchObject({ ok: false, fieldErrors: { eventKinds: ["Choose events from the list."] } });
    expect(await createWebhookEndpoint({ url: "ftp://example.com/x", eventKinds: ["mpa.signed"] })).toMatchObject({ ok: false, fieldErrors: { url: [expect.stringContaining("https://")] } });
    expect(await database.db.select().from(webhookEndpoints)).toHaveLength(1);
  });

  it("keeps an organization to 20 endpoints", async () => {
    const { id } = await registerReceiver();
    const [first] = await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    const { id: _id, ...copy } = first!;
    await database.db.insert(webhookEndpoints).values(Array.from({ length: 19 }, () => copy));
    expect(await createWebhookEndpoint({ url: receiver.url(), eventKinds: ["mpa.signed"] })).toEqual({
      ok: false,
      error: "Your organization has 20 endpoints, the most it can have. Delete one first.",
    });
    expect(await database.db.select().from(webhookEndpoints)).toHaveLength(20);
  });

  it("is for partner admins only", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect(await createWebhookEndpoint({ url: receiver.url(), eventKinds: ["mpa.signed"] })).toEqual({ ok: false, error: "You are not allowed to do this." });
    await signInAs(database, "sam@program-support.example");
    expect(await createWebhookEndpoint({ url: receiver.url(), eventKinds: ["mpa.signed"] })).toEqual({ ok: false, error: "You are not allowed to do this." });
    expect(await database.db.select().from(webhookEndpoints)).toHaveLength(0);
  });
});

describe("server-side request forgery", () => {
  async function registerWith(url: string, policy: TargetPolicy) {
    await asAnna();
    const actor = (await getActor())!;
    return database.db
      .transaction((tx) => createEndpoint(tx, actor, { url, eventKinds: ["mpa.signed"] }, policy))
      .then(
        () => "registered",
        (error: Error) => error.message,
      );
  }

  it("refuses private, loopback, link-local, unique-local and metadata addresses outside development", async () => {
    for (const url of [
      "https://10.0.0.5/hooks",
      "https://192.168.1.10/hooks",
      "https://172.16.3.4/hooks",
      "http://127.0.0.1:8080/hooks",
      "https://169.254.169.254/latest/meta-data/",
      "https://[::1]/hooks",
      "https://[fd00:ec2::254]/hooks",
      "https://[fe80::1]/hooks",
      "https://[::ffff:127.0.0.1]/hooks",
      "https://100.100.100.200/hooks",
      "https://0.0.0.0/hooks",
    ]) {
      expect([url, await registerWith(url, strict)]).toEqual([url, TARGET_REFUSED.private]);
    }
    expect(await database.db.select().from(webhookEndpoints)).toHaveLength(0);
  });

  it("refuses a host name that resolves to loopback, unless private targets are allowed", async () => {
    expect(await registerWith(`http://localhost:${receiver.port}/hooks`, strict)).toBe(TARGET_REFUSED.private);
    expect(await registerWith(`http://localhost:${receiver.port}/hooks`, { production: false, allowPrivate: true })).toBe("registered");
  });

  it("refuses plain http in production, and accepts https to a public address", async () => {
    expect(await registerWith("http://93.184.215.14/hooks", production)).toBe(TARGET_REFUSED.scheme);
    expect(await registerWith("https://93.184.215.14/hooks", production)).toBe("registered");
    expect(await registerWith("https://user:secret@93.184.215.14/hooks", production)).toBe(TARGET_REFUSED.credentials);
  });

  it("checks again at delivery time: an endpoint whose host now resolves to loopback gets nothing", async () => {
    const { id } = await registerReceiver();
    // Registered while allowed; the server's policy is now strict (the name resolves to a loopback address).
    await database.db.update(webhookEndpoints).set({ url: `http://localhost:${receiver.port}/hooks` }).where(eq(webhookEndpoints.id, id));
    await emitForContoso();
    const [delivery] = await deliveriesOf(id);
    expect(await attemptWebhookDelivery(database.db, delivery!.id, { policy: strict })).toMatchObject({ status: "failed" });
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "failed", attempts: 1, responseStatus: null, lastError: TARGET_REFUSED.private });
  });
});

describe("delivering", () => {
  it("POSTs the event signed per Standard Webhooks, verifiable with the receiver's library", async () => {
    const { id, secret } = await registerReceiver();
    await emitForContoso({ reseller: { name: "Tailspin" } });
    await runDueJobs();

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers["content-type"]).toBe("application/json");
    const verified = new Webhook(secret).verify(request!.body, signatureHeadersOf(request!));
    expect(verified).toMatchObject({ type: "mpa.signed", data: { reseller: { name: "Tailspin" } } });
    expect(request!.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    // Another secret does not verify it: the signature really depends on the key.
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 7).toString("base64")}`).verify(request!.body, signatureHeadersOf(request!))).toThrow();

    const [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, responseStatus: 200, responseBody: "ok", lastError: null });
    expect(delivery!.durationMs).toBeGreaterThanOrEqual(0);
    expect(delivery!.finishedAt).not.toBeNull();
  });

  it("retries a failure with a growing wait, keeping the message id, then succeeds", async () => {
    const { id, secret } = await registerReceiver();
    receiver.answerWith({ status: 500, body: "database down" }, { status: 503, body: "still down" });
    await emitForContoso();

    await runDueJobs();
    let [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, responseBody: "database down", lastError: "The endpoint answered 500." });
    const [first] = await queuedAttempts();
    const firstWait = first!.runAt.getTime() - delivery!.lastAttemptAt!.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(4_000);
    expect(firstWait).toBeLessThan(7_000);
    // Not due yet: nothing is sent.
    await runDueJobs();
    expect(receiver.received).toHaveLength(1);

    await waitIsOver();
    await runDueJobs();
    [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 2, responseStatus: 503 });
    const [second] = await queuedAttempts();
    const secondWait = second!.runAt.getTime() - delivery!.lastAttemptAt!.getTime();
    expect(secondWait).toBeGreaterThanOrEqual(20_000);
    expect(secondWait).toBeLessThan(30_000);

    await waitIsOver();
    await runDueJobs();
    [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 3, responseStatus: 200, lastError: null });
    expect(await queuedAttempts()).toHaveLength(0);
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([delivery!.messageId]));
    for (const request of receiver.received) expect(() => new Webhook(secret).verify(request.body, signatureHeadersOf(request))).not.toThrow();
  });

  it("fails for good once the next attempt would fall past 24 hours", async () => {
    const { id } = await registerReceiver();
    receiver.answerWith({ status: 500 }, { status: 500 });
    await emitForContoso();
    await runDueJobs();
    // The delivery started almost 24 hours ago: the next wait (25 s) would end outside the window.
    await database.db.update(webhookDeliveries).set({ windowStartedAt: sql`now() - interval '23 hours 59 minutes 50 seconds'` }).where(eq(webhookDeliveries.endpointId, id));
    await waitIsOver();
    await runDueJobs();
    const [delivery] = await deliveriesOf(id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 2, responseStatus: 500, nextAttemptAt: null });
    expect(delivery!.finishedAt).not.toBeNull();
    expect(await queuedAttempts()).toHaveLength(0);
    expect(receiver.received).toHaveLength(2);
  });

  it("cuts an attempt that takes too long, follows no redirect, and keeps only the start of the answer", async () => {
    const { id } = await registerReceiver();
    receiver.answerWith({ status: 200, delayMs: 2_000 }, { status: 302, headers: { location: "/elsewhere" } }, { status: 200, body: "x".repeat(5_000) });
    await emitForContoso();
    const [delivery] = await deliveriesOf(id);

    await attemptWebhookDelivery(database.db, delivery!.id, { timeoutMs: 300 });
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "pending", attempts: 1, responseStatus: null, lastError: "No answer within 0.3 seconds." });

    await attemptWebhookDelivery(database.db, delivery!.id);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "pending", attempts: 2, responseStatus: 302, lastError: "The endpoint answered 302." });
    expect(receiver.received.map((r) => r.path)).toEqual(["/hooks", "/hooks"]);

    await attemptWebhookDelivery(database.db, delivery!.id);
    const done = (await deliveriesOf(id))[0]!;
    expect(done).toMatchObject({ status: "succeeded", attempts: 3 });
    expect(done.responseBody).toHaveLength(1000);
  });

  it("sends nothing for a disabled endpoint, or for a kind it did not choose", async () => {
    const { id } = await registerReceiver();
    ok(await updateWebhookEndpointKinds({ endpointId: id, eventKinds: ["termination.requested"] }));
    expect(await emitForContoso()).toBe(0);
    ok(await updateWebhookEndpointKinds({ endpointId: id, eventKinds: ["mpa.signed"] }));
    ok(await setWebhookEndpointEnabled({ endpointId: id, enabled: false }));
    expect(await emitForContoso()).toBe(0);
    expect(await setWebhookEndpointEnabled({ endpointId: id, enabled: false })).toMatchObject({ ok: false, error: "This endpoint is already disabled." });
    ok(await setWebhookEndpointEnabled({ endpointId: id, enabled: true }));
    expect(await emitForContoso()).toBe(1);
  });

  it("a pending attempt of an endpoint disabled meanwhile fails without sending", async () => {
    const { id } = await registerReceiver();
    await emitForContoso();
    ok(await setWebhookEndpointEnabled({ endpointId: id, enabled: false }));
    await runDueJobs();
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "failed", lastError: expect.stringContaining("disabled") });
  });

  it("a secret sealed under another AUTH_SECRET fails the delivery at once, saying what to do", async () => {
    const { id } = await registerReceiver();
    await database.db
      .update(webhookEndpoints)
      .set({ sealedSecret: sealWebhookSecret("whsec_c2VhbGVkIHVuZGVyIGFub3RoZXIga2V5IQ==", "another-auth-secret-of-another-server") })
      .where(eq(webhookEndpoints.id, id));
    await emitForContoso();
    await runDueJobs();
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: "failed", lastError: expect.stringContaining("Rotate the endpoint's secret") });
  });

  it("rotating the secret signs the next attempts with the new one only", async () => {
    const { id, secret: old } = await registerReceiver();
    const { secret } = ok(await rotateWebhookSecret({ endpointId: id }));
    expect(secret).not.toBe(old);
    await emitForContoso();
    await runDueJobs();
    const [request] = receiver.received;
    expect(() => new Webhook(secret).verify(request!.body, signatureHeadersOf(request!))).not.toThrow();
    expect(() => new Webhook(old).verify(request!.body, signatureHeadersOf(request!))).toThrow();
  });

  it("sends a finished delivery again as a new delivery of the same message", async () => {
    const { id, secret } = await registerReceiver();
    receiver.answerWith({ status: 410 });
    await emitForContoso();
    await database.db.update(webhookDeliveries).set({ windowStartedAt: sql`now() - interval '24 hours'` });
    await runDueJobs();
    const [failed] = await deliveriesOf(id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, responseStatus: 410 });

    ok(await resendWebhookDelivery({ deliveryId: failed!.id }));
    await runDueJobs();
    const [, again] = await deliveriesOf(id);
    expect(again).toMatchObject({ status: "succeeded", attempts: 1, messageId: failed!.messageId, body: failed!.body });
    expect(receiver.received).toHaveLength(2);
    expect(() => new Webhook(secret).verify(receiver.received[1]!.body, signatureHeadersOf(receiver.received[1]!))).not.toThrow();

    const log = await getWebhookEndpointWithDeliveries((await getActor())!, id, 1);
    expect(log!.deliveries.map((d) => d.status)).toEqual(["succeeded", "failed"]);
  });
});

describe("scoping", () => {
  it("another organization's endpoint or delivery answers exactly like a missing one, and stays as it was", async () => {
    const { id } = await registerReceiver();
    await emitForContoso();
    const [delivery] = await deliveriesOf(id);
    const missing = "00000000-0000-4000-8000-00000000dead";
    await signInAs(database, "frank@fabrikam-cloud.example");
    for (const endpointId of [id, missing]) {
      expect(await updateWebhookEndpointKinds({ endpointId, eventKinds: ["mpa.signed"] })).toEqual({ ok: false, error: NOT_FOUND });
      expect(await setWebhookEndpointEnabled({ endpointId, enabled: false })).toEqual({ ok: false, error: NOT_FOUND });
      expect(await rotateWebhookSecret({ endpointId })).toEqual({ ok: false, error: NOT_FOUND });
      expect(await deleteWebhookEndpoint({ endpointId })).toEqual({ ok: false, error: NOT_FOUND });
      expect(await getWebhookEndpointWithDeliveries((await getActor())!, endpointId, 1)).toBeNull();
    }
    for (const deliveryId of [delivery!.id, missing]) expect(await resendWebhookDelivery({ deliveryId })).toEqual({ ok: false, error: NOT_FOUND });
    const [row] = await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(row).toMatchObject({ enabled: true, eventKinds: webhookEventKindNames });
    expect(await deliveriesOf(id)).toHaveLength(1);
  });

  it("deleting an endpoint removes it and its log; its waiting attempt then sends nothing", async () => {
    const { id } = await registerReceiver();
    await emitForContoso();
    ok(await deleteWebhookEndpoint({ endpointId: id }));
    await runDueJobs();
    expect(receiver.received).toHaveLength(0);
    expect(await database.db.select().from(webhookDeliveries)).toHaveLength(0);
  });
});
