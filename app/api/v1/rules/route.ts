// GET /api/v1/rules: the rule catalogue (id, title, summary, section, remedies), the program's dated versions, and
// the region-table changes known only as a range of dates (listed, never applied).
import { PROGRAM_VERSIONS, RULES, undatedChanges } from "@/lib/rules";
import table from "@/lib/rules/regions.json";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json({ rules: RULES, versions: PROGRAM_VERSIONS, undatedChanges: undatedChanges(table.laterChanges) });
}
