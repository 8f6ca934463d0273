// GET /api/v1/compliance/findings: the last compliance scan's findings (partner API; scope compliance:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { nextOffsetCursor } from "@/lib/api/cursor";
import { scanFindingsWindow } from "@/lib/data/compliance-scan";
import { refuseNotFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.listComplianceFindings, async ({ actor, query }) => {
  const offset = query.cursor ?? 0;
  const result = await scanFindingsWindow(actor, { rule: query.rule, resellerId: query.resellerId }, { offset, limit: query.limit });
  if (!result) refuseNotFound();
  return { scan: result.scan, data: result.findings, nextCursor: nextOffsetCursor(offset, result.findings.length, query.limit, result.total) };
});
