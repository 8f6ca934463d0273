import { getActor } from "@/lib/data/actor";
import { exportScanFindings, scanScopeOf } from "@/lib/data/compliance-scan";
import { toCsv } from "@/lib/csv";
import { parseFindingQuery } from "@/lib/validation/compliance";
import { searchParamWithControlCharacters } from "@/lib/validation/fields";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

const EXPORT_COLUMNS = ["subscription", "offer", "customer", "customerCountry", "billedBy", "reseller", "resellerPartnerId", "date", "rule", "rulesVersion", "whatWasWrong", "whatToDo", "ranAt"] as const;

/** The last scan's findings as CSV, with the page's filters. Through the one gate (getActor), scoped like the page. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (scanScopeOf(actor) === undefined) return Response.json({ error: "Not found." }, { status: 404 });
  const params = new URL(request.url).searchParams;
  const malformed = searchParamWithControlCharacters(params);
  if (malformed !== null) return Response.json({ error: `The parameter "${malformed}" contains control characters.` }, { status: 400 });
  const query = parseFindingQuery(Object.fromEntries(params));
  const result = await exportScanFindings(actor, { rule: query.rule, resellerId: query.reseller });
  // Before the first scan the file has its header and no rows (the page says no scan has run).
  const ranAt = result?.scan.finishedAt?.toISOString() ?? "";
  // The header row in the language of the person downloading; the cells are the findings as the scan wrote them.
  const t = translator(await getRequestLocale(), "compliance");
  const csv = toCsv(
    EXPORT_COLUMNS.map((column) => t(`export.${column}`)),
    (result?.rows ?? []).map((row) => [
      row.subscriptionId,
      row.offerName,
      row.customerName,
      row.customerCountry,
      row.billerName,
      row.resellerName,
      row.resellerPartnerId,
      row.startsOn,
      row.ruleId,
      row.rulesVersion,
      row.explanation,
      row.remedy,
      ranAt,
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="compliance-findings-${ranAt.slice(0, 10) || "none"}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
