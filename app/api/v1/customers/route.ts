// GET /api/v1/customers: the partner's customers (partner API; scope customers:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { nextOffsetCursor } from "@/lib/api/cursor";
import { listMyCustomers } from "@/lib/data/partner-customers";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.listCustomers, async ({ actor, query }) => {
  const offset = query.cursor ?? 0;
  const list = await listMyCustomers(actor, { q: query.q, managedOnly: query.managedOnly === "true" }, { offset, limit: query.limit });
  return { data: list.rows, nextCursor: nextOffsetCursor(offset, list.rows.length, query.limit, list.total) };
});
