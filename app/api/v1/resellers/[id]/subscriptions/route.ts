// GET /api/v1/resellers/{id}/subscriptions: what the provider bills through this reseller (partner API; resellers:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { encodeCursor } from "@/lib/api/cursor";
import { getResellerOfProvider, subscriptionsThroughReseller } from "@/lib/data/relationships";
import { refuseNotFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.listResellerSubscriptions, async ({ actor, params, query }) => {
  // Another provider's reseller (or none) answers like a missing one, not as an empty list.
  if (!(await getResellerOfProvider(actor, params.id))) refuseNotFound();
  const offset = query.cursor ?? 0;
  // One row more than asked tells whether another page follows, without counting.
  const rows = await subscriptionsThroughReseller(actor, params.id, query.limit + 1, offset);
  const data = rows.slice(0, query.limit);
  return { data, nextCursor: rows.length > query.limit ? encodeCursor({ offset: offset + data.length }) : null };
});
