import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";

/** The large volume's book: the compliance scan's speed goal is set on this many subscriptions. */
export const LARGE_SUBSCRIPTIONS = 1_000_000;

/**
 * Adds `count` subscriptions to a provider's book in one set-based statement, spread over the customers it serves
 * through resellers whose relationship became active, with realistic dates: each starts between the day its reseller
 * became ready (active relationship, onboarded, enrolled, MPA) and the day the relationship was suspended or ended
 * (else 2026-11-30). About 1 in 97 is dated a month before the reseller accepted the MPA, so the compliance scan has
 * something to find at scale, as it would in a real book.
 */
export async function seedLargeSubscriptions(db: Db | Tx, providerId: string, count: number): Promise<void> {
  await db.execute(sql`create temp table if not exists seed_book (n int primary key, customer_id uuid, tenant_id uuid, reseller_id uuid,
    ready_on date, until_on date, mpa_on date)`);
  await db.execute(sql`truncate seed_book`);
  await db.execute(sql`
    insert into seed_book
    select row_number() over (order by cp.customer_id)::int, cp.customer_id, tn.id, cp.on_behalf_of_reseller_id,
      greatest(rel.activated_at::date, r.onboarded_at::date, r.reseller_enrolled_at::date, r.mpa_accepted_on),
      coalesce(least(rel.suspended_at, rel.terminated_at)::date, date '2026-11-30'), r.mpa_accepted_on
    from customer_partners cp
    join organizations r on r.id = cp.on_behalf_of_reseller_id
    join provider_reseller_relationships rel on rel.provider_id = cp.partner_organization_id and rel.reseller_id = r.id
    join lateral (select id from tenants where tenants.customer_id = cp.customer_id order by created_at limit 1) tn on true
    where cp.partner_organization_id = ${providerId} and rel.activated_at is not null and r.mpa_accepted_on is not null
      and r.onboarded_at is not null and r.reseller_enrolled_at is not null`);
  await db.execute(sql`
    with book as (select count(*)::int as size from seed_book)
    insert into subscriptions (customer_id, tenant_id, offer_name, publisher, billing_partner_id, reseller_of_record_id, quantity, starts_on)
    select b.customer_id, b.tenant_id,
      (array['Microsoft 365 Business Premium','Microsoft 365 E3','Azure plan','Dynamics 365 Sales Enterprise','Microsoft Teams Essentials'])[1 + g % 5],
      case when g % 11 = 0 then 'third-party'::offer_publisher else 'first-party'::offer_publisher end,
      ${providerId}, b.reseller_id, 1 + g % 250,
      case when g % 97 = 0 then b.mpa_on - 30
        else b.ready_on + ((g::bigint * 7919) % greatest(1, b.until_on - b.ready_on))::int end
    from generate_series(1, ${count}) g cross join book
    join seed_book b on b.n = 1 + (g % book.size)`);
  await db.execute(sql`drop table seed_book`);
}
