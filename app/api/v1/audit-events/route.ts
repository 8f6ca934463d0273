// GET /api/v1/audit-events: the organization's audit log (partner API; scope audit:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { encodeCursor } from "@/lib/api/cursor";
import { listAuditEvents } from "@/lib/data/audit-log";
import { auditLogQuerySchema } from "@/lib/validation/audit-log";
import { refuse } from "@/lib/errors";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.listAuditEvents, async ({ actor, query }) => {
  // The page's own filter schema decides what the filters mean (calendar dates, from <= to), so both answer alike.
  const parsed = auditLogQuerySchema.safeParse({ person: query.person, kind: query.kind, record: query.record, from: query.from, to: query.to, after: query.cursor });
  if (!parsed.success) refuse("Some query parameters are not valid.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const page = await listAuditEvents(actor, parsed.data, query.limit);
  if (!page) refuse("This organization's audit log is not open to this token.");
  return {
    data: page.events.map(({ subjectOrganizationIds: _subjects, ...event }) => event),
    nextCursor: page.nextAfter === null ? null : encodeCursor({ after: page.nextAfter }),
  };
});
