import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { rowsOf } from "@/lib/db/rows";
import { parseResellerListQuery } from "@/lib/validation/resellers";
import { getActor, type Actor } from "./actor";
import { listResellersOfProvider, readinessFunnel } from "./relationships";

// The funnel is kept by triggers (drizzle/0020_funnel-counts-sql.sql) as rows change, whatever path changes them. Each
// step below writes straight to the tables, like any future code path or an operator's SQL would, and the kept funnel
// must equal a recount over every row with the funnel's definition.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let contoso: Actor;
let contosoId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  await signInAs(database, "mark@contoso-distribution.example");
  contoso = (await getActor())!;
  contosoId = await orgId(database, "contoso");
});
afterAll(() => database.drop());

/** The funnel recounted from scratch: live relationships, each stage including the ones before it. */
async function recount(providerId: string) {
  const result = await database.db.execute(sql`
    select count(*)::int as invited,
      count(*) filter (where o.onboarded_at is not null)::int as onboarded,
      count(*) filter (where o.onboarded_at is not null and o.reseller_enrolled_at is not null)::int as enrolled,
      count(*) filter (where o.onboarded_at is not null and o.reseller_enrolled_at is not null and o.mpa_accepted_on is not null)::int as mpa,
      count(*) filter (where o.onboarded_at is not null and o.reseller_enrolled_at is not null and o.mpa_accepted_on is not null
        and r.status = 'active' and exists (select 1 from subscriptions s where s.reseller_of_record_id = r.reseller_id
          and s.billing_partner_id = r.provider_id and s.status = 'active'))::int as transacting
    from provider_reseller_relationships r join organizations o on o.id = r.reseller_id
    where r.provider_id = ${providerId} and r.status <> 'terminated'`);
  const [row] = rowsOf<{ invited: number; onboarded: number; enrolled: number; mpa: number; transacting: number }>(result);
  return { invited: row!.invited, onboarded: row!.onboarded, enrolled: row!.enrolled, "mpa-signed": row!.mpa, transacting: row!.transacting };
}

async function expectKeptFunnelToMatchRecount() {
  const kept = await readinessFunnel(contoso);
  expect(kept).toEqual(await recount(contosoId));
  return kept;
}

describe("the readiness funnel kept with the writes", () => {
  it("starts equal to a recount (the migration's backfill and the seed's inserts)", async () => {
    expect(await expectKeptFunnelToMatchRecount()).toEqual({ invited: 5, onboarded: 4, enrolled: 3, "mpa-signed": 2, transacting: 1 });
  });

  it("follows a reseller's readiness, one change and many in one statement", async () => {
    const northwind = await orgId(database, "northwind");
    await database.db.execute(sql`update organizations set reseller_enrolled_at = now() where id = ${northwind}`);
    expect((await expectKeptFunnelToMatchRecount()).enrolled).toBe(4);
    await database.db.execute(sql`update organizations set mpa_accepted_on = current_date, mpa_signer_name = 'A', mpa_signer_email = 'a@b.example' where id = ${northwind}`);
    expect((await expectKeptFunnelToMatchRecount())["mpa-signed"]).toBe(3);
    // Everything back to "not onboarded" in one statement, then back again.
    await database.db.execute(sql`create temp table saved_readiness as select id, onboarded_at from organizations
      where id in (select reseller_id from provider_reseller_relationships where provider_id = ${contosoId})`);
    await database.db.execute(sql`update organizations set onboarded_at = null where id in (select id from saved_readiness)`);
    expect(await expectKeptFunnelToMatchRecount()).toEqual({ invited: 5, onboarded: 0, enrolled: 0, "mpa-signed": 0, transacting: 0 });
    await database.db.execute(sql`update organizations o set onboarded_at = s.onboarded_at from saved_readiness s where s.id = o.id`);
    expect((await expectKeptFunnelToMatchRecount()).transacting).toBe(1);
  });

  it("follows subscriptions through a reseller: added, moved to another reseller, cancelled, deleted", async () => {
    const northwind = await orgId(database, "northwind");
    // Northwind is ready now (previous test) with an active relationship? Make sure, then give it business.
    await database.db.execute(sql`update provider_reseller_relationships set status = 'active', activated_at = coalesce(activated_at, now())
      where provider_id = ${contosoId} and reseller_id = ${northwind} and status = 'invited'`);
    const [sub] = rowsOf<{ id: string }>(await database.db.execute(sql`
      insert into subscriptions (customer_id, tenant_id, offer_name, publisher, billing_partner_id, reseller_of_record_id, quantity, starts_on)
      select customer_id, tenant_id, 'Test offer', publisher, billing_partner_id, ${northwind}, 1, current_date
      from subscriptions where billing_partner_id = ${contosoId} and reseller_of_record_id is not null limit 1
      returning id`));
    const afterInsert = await expectKeptFunnelToMatchRecount();
    expect(afterInsert.transacting).toBe(2);
    const litware = await orgId(database, "litware");
    await database.db.execute(sql`update subscriptions set reseller_of_record_id = ${northwind} where billing_partner_id = ${contosoId} and reseller_of_record_id = ${litware}`);
    expect((await expectKeptFunnelToMatchRecount()).transacting).toBe(1);
    await database.db.execute(sql`update subscriptions set status = 'cancelled' where id = ${sub!.id}`);
    await expectKeptFunnelToMatchRecount();
    await database.db.execute(sql`update subscriptions set reseller_of_record_id = ${litware} where billing_partner_id = ${contosoId} and reseller_of_record_id = ${northwind} and id <> ${sub!.id}`);
    expect((await expectKeptFunnelToMatchRecount()).transacting).toBe(1);
    await database.db.execute(sql`update subscriptions set status = 'active' where id = ${sub!.id}`);
    expect((await expectKeptFunnelToMatchRecount()).transacting).toBe(2);
    await database.db.execute(sql`delete from subscriptions where id = ${sub!.id}`);
    expect((await expectKeptFunnelToMatchRecount()).transacting).toBe(1);
  });

  it("follows relationships suspended, terminated and added, and the readiness filter agrees with the funnel", async () => {
    const litware = await orgId(database, "litware");
    await database.db.execute(sql`update provider_reseller_relationships set status = 'suspended', suspended_at = now() where provider_id = ${contosoId} and reseller_id = ${litware} and status = 'active'`);
    expect((await expectKeptFunnelToMatchRecount()).transacting).toBe(0);
    await database.db.execute(sql`update provider_reseller_relationships set status = 'terminated', terminated_at = now() where provider_id = ${contosoId} and reseller_id = ${litware}`);
    const ended = await expectKeptFunnelToMatchRecount();
    expect(ended.invited).toBe(4);
    await database.db.execute(sql`insert into provider_reseller_relationships (provider_id, reseller_id, status, activated_at) values (${contosoId}, ${litware}, 'active', now())`);
    const again = await expectKeptFunnelToMatchRecount();
    expect(again).toMatchObject({ invited: 5, transacting: 1 });
    for (const stage of ["onboarded", "enrolled", "mpa-signed", "transacting"] as const) {
      const list = await listResellersOfProvider(contoso, parseResellerListQuery({ readiness: stage }));
      expect(list.total, stage).toBe(again[stage]);
    }
  });
});
