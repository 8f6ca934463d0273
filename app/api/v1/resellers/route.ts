// GET /api/v1/resellers: the provider's resellers with readiness (partner API; scope resellers:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { nextOffsetCursor } from "@/lib/api/cursor";
import { readinessOf } from "@/lib/api/readiness";
import { listResellersOfProvider } from "@/lib/data/relationships";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.listResellers, async ({ actor, query }) => {
  const offset = query.cursor ?? 0;
  const list = await listResellersOfProvider(
    actor,
    { q: query.q ?? "", status: query.status, readiness: query.readiness, sort: "name", dir: "asc", page: 1 },
    { offset, limit: query.limit },
  );
  return {
    data: list.rows.map(({ resellerId, ...row }) => ({ id: resellerId, ...row, readiness: readinessOf(row) })),
    nextCursor: nextOffsetCursor(offset, list.rows.length, query.limit, list.total),
  };
});
