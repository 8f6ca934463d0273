import { getActor } from "@/lib/data/actor";
import { exportScanFindings, scanScopeOf } from "@/lib/data/compliance-scan";
import { toCsv } from "@/lib/csv";
import { parseFindingQuery } from "@/lib/validation/compliance";
import { searchParamWithControlCharacters } from "@/lib/validation/fields";

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
  const csv = toCsv(
    ["Subscription", "Offer", "Customer", "Customer country", "Billed by", "Reseller of record", "Reseller Partner ID", "Date", "Rule", "Rules version", "What was wrong", "What to do now", "Scan ran at"],
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
