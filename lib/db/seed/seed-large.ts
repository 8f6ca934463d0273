import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { OpenDatabase } from "@/lib/db/open";
import * as t from "@/lib/db/schema";
import type { Tx } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows";
import { LARGE_SUBSCRIPTIONS, seedLargeSubscriptions } from "./seed-large-subscriptions";

/** A distributor with many resellers, for the list's scale goal (20,000 resellers, 200,000 customers by default). */
export const LARGE_PROVIDER = {
  legalName: "Tailwind Traders Distribution GmbH",
  partnerId: "4199999",
  country: "DE",
  adminEmail: "lena@tailwind-distribution.example",
};

/** An admin of the large distributor's first reseller (Partner ID 8000001), to browse a reseller's pages at scale. */
export const LARGE_RESELLER_ADMIN = { email: "alex@reseller1.example", name: "Alex Reseller", partnerId: "8000001" };

/** Adds the first reseller's admin when missing (volumes seeded before it existed get it too); false when no such reseller. */
export async function ensureLargeResellerAdmin({ db }: Pick<OpenDatabase, "db">, password: string): Promise<boolean> {
  const [reseller] = await db.select({ id: t.organizations.id }).from(t.organizations).where(eq(t.organizations.partnerId, LARGE_RESELLER_ADMIN.partnerId));
  if (!reseller) return false;
  const passwordHash = await hashPassword(password);
  await db
    .insert(t.users)
    .values({ email: LARGE_RESELLER_ADMIN.email, name: LARGE_RESELLER_ADMIN.name, passwordHash, organizationId: reseller.id, role: "admin", emailVerifiedAt: new Date() })
    .onConflictDoNothing();
  return true;
}

export type LargeVolume = { resellers: number; customers: number; subscriptions: number };

export const DEFAULT_LARGE_VOLUME: LargeVolume = { resellers: 20_000, customers: 200_000, subscriptions: LARGE_SUBSCRIPTIONS };

/**
 * Seeds the large distributor in set-based SQL (generate_series, one statement per table), so it takes seconds, not
 * minutes. Readiness varies by reseller number so that every filter and funnel stage has rows. Customers are dealt
 * to the resellers in turn (customer n goes to reseller 1 + (n - 1) mod resellers). Returns false when the
 * distributor is already there.
 */
export async function seedLargeVolume({ db }: OpenDatabase, password: string, volume: Partial<LargeVolume> = {}, log: (line: string) => void = () => {}): Promise<boolean> {
  const { resellers: resellerCount, customers: customerCount, subscriptions: subscriptionCount } = { ...DEFAULT_LARGE_VOLUME, ...volume };
  // Zero-padded numbers in names keep name order equal to number order, whatever the volume.
  const digits = String(resellerCount).length;
  const [existing] = await db.select({ id: t.organizations.id }).from(t.organizations).where(eq(t.organizations.partnerId, LARGE_PROVIDER.partnerId));
  if (existing) return false;
  const passwordHash = await hashPassword(password);

  let last = performance.now();
  const step = (what: string) => {
    const now = performance.now();
    log(`${what}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };

  await db.transaction(async (tx) => {
    // Bulk load: secondary indexes (trigram GIN above all) are dropped and rebuilt once after the rows are in, which
    // is far cheaper than maintaining them row by row (PGlite took over 70 minutes at 100k/1M with them in place).
    // Indexes behind constraints (primary keys, uniques) stay.
    // Index builds sort in memory up to this much (the default 64 MB spills a million trigram entries to disk).
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    const loaded = ["organizations", "provider_reseller_relationships", "audit_events", "customers", "tenants", "customer_partners"];
    const dropped = await dropSecondaryIndexes(tx, loaded);
    const droppedOfSubscriptions = await dropSecondaryIndexes(tx, ["subscriptions"]);
    step(`dropped ${dropped.length + droppedOfSubscriptions.length} secondary indexes`);
    const [provider] = await tx
      .insert(t.organizations)
      .values({
        partnerType: "indirect-provider",
        legalName: LARGE_PROVIDER.legalName,
        partnerId: LARGE_PROVIDER.partnerId,
        country: LARGE_PROVIDER.country,
        region: "europe",
        cspTenantId: sql`gen_random_uuid()`,
        onboardingStatus: "approved",
        onboardedAt: new Date("2018-01-15T09:00:00Z"),
        mpaAcceptedOn: "2019-10-01",
        mpaSignerName: "Global administrator",
        mpaSignerEmail: LARGE_PROVIDER.adminEmail,
      })
      .returning({ id: t.organizations.id });
    const providerId = provider!.id;
    await tx.insert(t.users).values({ email: LARGE_PROVIDER.adminEmail, name: "Lena Schmidt", passwordHash, organizationId: providerId, role: "admin", emailVerifiedAt: new Date() });

    await tx.execute(sql`create temp table seed_resellers on commit drop as
      select g, gen_random_uuid() as id from generate_series(1, ${resellerCount}) g`);
    // Names start with one of 40 words, so a prefix search finds about 1 in 40; Partner IDs 8000001, 8000002, …
    await tx.execute(sql`
      with words as (select array['Alpha','Apex','Atlas','Aurora','Beacon','Blue','Bright','Cedar','Cloud','Cobalt',
        'Crest','Delta','Echo','Ember','Falcon','Forge','Granite','Harbor','Horizon','Iron','Juniper','Keystone','Lumen',
        'Maple','Meridian','Nimbus','Nova','Oak','Orbit','Pioneer','Quartz','Redwood','Summit','Titan','Unity','Vector',
        'Vertex','Willow','Zenith','Zephyr'] as w),
      countries as (select array_agg(country order by country) as c from country_regions where region = 'europe')
      insert into organizations (id, partner_type, legal_name, partner_id, country, region, csp_tenant_id,
        onboarding_status, onboarded_at, reseller_enrolled_at, mpa_accepted_on, mpa_signer_name, mpa_signer_email)
      select r.id, 'indirect-reseller', w[1 + r.g % 40] || ' IT Services ' || lpad(r.g::text, ${digits}, '0'),
        (8000000 + r.g)::text, c[1 + r.g % array_length(c, 1)], 'europe', gen_random_uuid(),
        case when r.g % 10 = 0 then 'not-submitted'::onboarding_status else 'approved'::onboarding_status end,
        case when r.g % 10 = 0 then null else timestamptz '2021-01-01' + (r.g % 900) * interval '1 day' end,
        case when r.g % 10 in (0, 1) then null else timestamptz '2021-02-01' + (r.g % 900) * interval '1 day' end,
        case when r.g % 10 in (0, 1, 2) then null else date '2021-03-01' + (r.g % 900) end,
        case when r.g % 10 in (0, 1, 2) then null else 'Global administrator' end,
        case when r.g % 10 in (0, 1, 2) then null else 'admin@reseller' || r.g || '.example' end
      from seed_resellers r, words, countries`);
    step("resellers");
    await tx.execute(sql`
      insert into provider_reseller_relationships (provider_id, reseller_id, status, invited_at, activated_at, suspended_at, terminated_at)
      select ${providerId}, r.id, s.status::relationship_status, timestamptz '2021-01-01', 
        case when s.status = 'invited' then null else timestamptz '2021-04-01' end,
        case when s.status = 'suspended' then timestamptz '2024-01-01' end,
        case when s.status = 'terminated' then timestamptz '2025-01-01' end
      from seed_resellers r,
        lateral (select case when r.g % 25 = 0 then 'invited' when r.g % 25 = 1 then 'suspended'
          when r.g % 50 = 2 then 'terminated' else 'active' end as status) s`);
    step("relationships");

    // The provider's history: one activated relationship per reseller, so the audit log pages over as many events as resellers.
    await tx.execute(sql`
      insert into audit_events (occurred_at, actor_organization_id, action, entity_type, entity_id, subject_organization_ids, after)
      select timestamptz '2021-01-01' + r.g * interval '1 minute', ${providerId}, 'relationship.activated', 'organization', r.id::text,
        array[${providerId}::uuid, r.id], jsonb_build_object('partnerId', (8000000 + r.g)::text)
      from seed_resellers r`);
    step("audit events");

    // c: the customer's number at its reseller (1, 2, …), so names read "Customer <reseller>-<c>" as before.
    // Customers, their tenants, partners and subscriptions have no triggers of their own but the foreign-key checks,
    // one per row and key; the rows here are generated consistent, so those checks are off for these inserts
    // (replica mode) and back on right after. The subscriptions' funnel trigger is off with them; the stages it
    // would have moved are recomputed once below (the relationships' row and count triggers run then, so the kept
    // funnel stays equal to a recount).
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`create temp table seed_customers on commit drop as
      select 1 + (n - 1) / ${resellerCount} as c, r.id as reseller_id, r.g as reseller_g, gen_random_uuid() as id, gen_random_uuid() as tenant_row
      from generate_series(1, ${customerCount}) n join seed_resellers r on r.g = 1 + (n - 1) % ${resellerCount}`);
    await tx.execute(sql`
      with countries as (select array_agg(country order by country) as codes from country_regions where region = 'europe')
      insert into customers (id, name, country, region, created_by_organization_id)
      select s.id, 'Customer ' || s.reseller_g || '-' || s.c, codes[1 + (s.reseller_g + s.c) % array_length(codes, 1)], 'europe', ${providerId}
      from seed_customers s, countries`);
    step("customers");
    await tx.execute(sql`insert into tenants (id, tenant_id, customer_id, tenant_type)
      select tenant_row, gen_random_uuid(), id, 'customer' from seed_customers`);
    step("tenants");
    await tx.execute(sql`insert into customer_partners (customer_id, partner_organization_id, on_behalf_of_reseller_id)
      select id, ${providerId}, reseller_id from seed_customers
      union all select id, reseller_id, null from seed_customers`);
    step("customer partners");
    await recreateIndexes(tx, dropped);
    step("rebuilt indexes");
    await seedLargeSubscriptions(tx, providerId, subscriptionCount);
    step("subscriptions");
    await tx.execute(sql`set local session_replication_role = origin`);
    await recreateIndexes(tx, droppedOfSubscriptions);
    step("rebuilt subscription indexes");
    // Without statistics on the fresh rows the stage function's lookup of a reseller's subscriptions is planned blind.
    await tx.execute(sql`analyze organizations, provider_reseller_relationships, subscriptions`);
    await tx.execute(sql`update provider_reseller_relationships r set funnel_stage = r.funnel_stage
      where r.provider_id = ${providerId} and r.funnel_stage = 3 and r.status = 'active'`);
    step("funnel stages");
    await tx.insert(t.auditEvents).values({
      action: "large-volume.seeded",
      entityType: "database",
      entityId: "large",
      after: { resellers: resellerCount, customers: customerCount, subscriptions: subscriptionCount },
    });
  });
  await ensureLargeResellerAdmin({ db }, password);
  return true;
}

type IndexDefinition = { name: string; definition: string };

/** Drops the indexes of these tables that no constraint owns and returns their definitions, to rebuild them later. */
async function dropSecondaryIndexes(tx: Tx, tables: string[]): Promise<IndexDefinition[]> {
  const result = await tx.execute(sql`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = 'public' and i.tablename in (${sql.join(tables.map((table) => sql`${table}`), sql`, `)})
      and not exists (select 1 from pg_constraint c where c.conindid = to_regclass('public.' || quote_ident(i.indexname)))`);
  const indexes = rowsOf<IndexDefinition>(result);
  for (const index of indexes) await tx.execute(sql.raw(`drop index public.${quoteIdent(index.name)}`));
  return indexes;
}

async function recreateIndexes(tx: Tx, indexes: IndexDefinition[]): Promise<void> {
  for (const index of indexes) await tx.execute(sql.raw(index.definition));
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
