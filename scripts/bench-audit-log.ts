// `npm run bench:audit-log`: puts 1,000,000 audit events into the configured database (DATABASE_URL, else the embedded
// one) in one set-based INSERT, then runs the audit log's own query (lib/data/audit-log.ts) for the views people use
// and prints EXPLAIN ANALYZE's plan summary and execution time for each, so a regression to a scan shows. The events
// are marked entity_type 'bench' and stay (audit events are append-only); use a throw-away database.
// Runs with the `react-server` condition so the server-only data layer can be imported outside Next.
import { count, eq, sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db/open";
import { setDatabaseForTests } from "@/lib/db/client";
import { auditEvents, users } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import type { Actor } from "@/lib/data/actor";
import { allAuditEvents, auditEventsQuery } from "@/lib/data/audit-log";
import { AUDIT_PAGE_SIZE, type AuditLogQuery } from "@/lib/validation/audit-log";
import { runScript } from "./run-script";

const EVENTS = 1_000_000;
const ORGANIZATIONS = 1_000;
const KINDS = ["invitation.created", "relationship.activated", "organization.mpa-accepted", "subscription.created-with-reseller", "team.invited", "user.password-changed", "customer.created", "organization.details-changed"];
/** A stable UUID per number, made in SQL: organization n of the benchmark. */
const benchOrg = (n: string) => `md5('bench-org-' || ${n})::uuid`;
const HEAVY_ORG = "md5('bench-org-heavy')::uuid";

function actorFor(organizationId: string | null): Actor {
  return {
    userId: "00000000-0000-4000-8000-000000000000",
    email: "bench@example.com",
    name: "Bench",
    role: organizationId ? "admin" : "support",
    organizationId,
    organizationName: organizationId ? "Bench organization" : null,
    customerId: null,
    customerName: null,
    partnerType: organizationId ? "indirect-provider" : null,
    audience: organizationId ? "indirect-provider" : "support",
    twoFactorEnabled: false,
    mustEnrolTwoFactor: false,
    emailVerified: true,
    locale: null,
  };
}

await runScript(async () => {
  const database = await openDatabase(env(), { migrate: true });
  setDatabaseForTests(database);
  const { db } = database;
  try {
    console.log(`Database: ${database.driver}${database.driver === "postgres" ? "" : " (embedded)"}`);
    await seedDemoData(database, "bench-only-password");
    const [anna] = await db.select({ id: users.id }).from(users).where(eq(users.email, "anna@contoso-distribution.example"));
    const [existing] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityType, "bench"));
    if ((existing?.n ?? 0) < EVENTS) {
      const started = performance.now();
      // One statement: events over three years, 1,000 organizations (every 10th event also concerns one heavy
      // organization, 100,000 events), one person in a thousand events, eight kinds.
      await db.execute(sql.raw(`
        insert into audit_events (occurred_at, actor_user_id, action, entity_type, entity_id, subject_organization_ids, after)
        select now() - make_interval(secs => (${EVENTS} - n) * 90),
               case when n % 1000 = 0 then '${anna!.id}'::uuid end,
               (array[${KINDS.map((kind) => `'${kind}'`).join(",")}])[1 + n % ${KINDS.length}],
               'bench', 'record-' || (n % 200000),
               case when n % 10 = 0 then array[${benchOrg(`(n % ${ORGANIZATIONS})`)}, ${HEAVY_ORG}] else array[${benchOrg(`(n % ${ORGANIZATIONS})`)}] end,
               jsonb_build_object('n', n)
        from generate_series(1, ${EVENTS}) as n`));
      await db.execute(sql`analyze audit_events`);
      console.log(`Inserted ${EVENTS.toLocaleString("en")} events in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }
    const [total] = await db.select({ n: count() }).from(auditEvents);
    console.log(`audit_events holds ${total!.n.toLocaleString("en")} rows.\n`);

    const lightOrg = (await db.execute<{ id: string }>(sql.raw(`select ${benchOrg("7")} as id`))) as unknown;
    const heavyOrg = (await db.execute<{ id: string }>(sql.raw(`select ${HEAVY_ORG} as id`))) as unknown;
    const idOf = (result: unknown) => (Array.isArray(result) ? result[0].id : (result as { rows: { id: string }[] }).rows[0]!.id) as string;
    const [middle] = await db.execute<{ id: number }>(sql`select id from audit_events where entity_type = 'bench' order by id limit 1 offset ${EVENTS / 2}`).then((result) => (Array.isArray(result) ? result : (result as { rows: { id: number }[] }).rows));
    const support = actorFor(null);
    const light = actorFor(idOf(lightOrg));
    const heavy = actorFor(idOf(heavyOrg));
    const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
    const monthLater = new Date(Date.now() - (2 * 365 - 30) * 86_400_000).toISOString().slice(0, 10);

    const views: [string, Actor, AuditLogQuery][] = [
      ["support, newest page", support, {}],
      ["support, page from the middle (keyset cursor)", support, { after: Number(middle!.id) }],
      ["support, one kind", support, { kind: "team.invited" }],
      ["support, one person", support, { person: "anna@contoso-distribution.example" }],
      ["support, one record", support, { record: "record-4242" }],
      ["support, one month two years ago", support, { from: twoYearsAgo, to: monthLater }],
      ["admin of an organization with 1,000 events", light, {}],
      ["admin of an organization with 100,000 events", heavy, {}],
      ["the same, one kind", heavy, { kind: "customer.created" }],
      ["the same, one month two years ago", heavy, { from: twoYearsAgo, to: monthLater }],
    ];
    const client = (db as unknown as { $client: { unsafe?: (text: string, params: unknown[]) => Promise<unknown[]>; query?: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> } }).$client;
    const explain = async (text: string, params: unknown[]) => {
      const rows = client.unsafe ? await client.unsafe(`explain (analyze, buffers) ${text}`, params) : (await client.query!(`explain (analyze, buffers) ${text}`, params)).rows;
      return (rows as Record<string, string>[]).map((row) => row["QUERY PLAN"]!);
    };
    for (const [label, actor, query] of views) {
      const { sql: text, params } = auditEventsQuery(db, actor, query, AUDIT_PAGE_SIZE + 1).toSQL();
      await explain(text, params); // warm-up
      const plan = await explain(text, params);
      const execution = plan.find((line) => line.startsWith("Execution Time"));
      const scans = plan.filter((line) => /Scan|Sort|Limit/.test(line)).slice(0, 4).map((line) => `    ${line.trim().replace(/\s+\(cost=.*$/, "")}`);
      console.log(`${label}: ${execution}`);
      console.log(scans.join("\n"));
    }
    const exportStarted = performance.now();
    let exported = 0;
    for await (const batch of allAuditEvents(heavy, { from: twoYearsAgo, to: monthLater })) exported += batch.length;
    console.log(`\nexport of one month of the heavy organization (${exported.toLocaleString("en")} events, keyset batches of 1,000): ${(performance.now() - exportStarted).toFixed(0)} ms`);
  } finally {
    setDatabaseForTests(undefined);
    await database.close();
  }
});
