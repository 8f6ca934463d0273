// GET /api/v1/notifications: the token maker's notifications (partner API; scope notifications:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { nextOffsetCursor } from "@/lib/api/cursor";
import { listOwnNotifications } from "@/lib/data/notifications";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.listNotifications, async ({ actor, query }) => {
  const offset = query.cursor ?? 0;
  const list = await listOwnNotifications(actor, 1, { offset, limit: query.limit });
  return { data: list.items, nextCursor: nextOffsetCursor(offset, list.items.length, query.limit, list.total) };
});
