import { getActor } from "@/lib/data/actor";
import { exportResellersOfProvider } from "@/lib/data/relationships";
import { toCsv } from "@/lib/csv";
import { relationshipStatusLabel } from "@/lib/labels";
import { parseResellerListQuery } from "@/lib/validation/resellers";
import { searchParamWithControlCharacters } from "@/lib/validation/fields";
import { can } from "@/lib/permissions";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

const EXPORT_COLUMNS = ["reseller", "partnerId", "country", "region", "relationship", "onboardedOn", "enrolledOn", "mpaSignedOn", "transacting"] as const;

/** The reseller list as CSV, with the same filters as the page. Checks the session and the actor's organization itself. */
export async function GET(request: Request) {
  const actor = await getActor();
  // Errors in the API's shape ({ error }), so scripts downloading the list can read them.
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!can(actor, "reseller.view")) return Response.json({ error: "Not found." }, { status: 404 });
  const params = new URL(request.url).searchParams;
  // A script should hear that its search was malformed, not get the whole list as if it had asked for nothing.
  const malformed = searchParamWithControlCharacters(params);
  if (malformed !== null) return Response.json({ error: `The parameter "${malformed}" contains control characters.` }, { status: 400 });
  const query = parseResellerListQuery(Object.fromEntries(params));
  const rows = await exportResellersOfProvider(actor, query);
  // The header row and the words in the language of the person downloading; codes, ids and ISO dates stay as they are.
  const locale = await getRequestLocale();
  const t = translator(locale, "resellers");
  const csv = toCsv(
    EXPORT_COLUMNS.map((column) => t(`export.columns.${column}`)),
    rows.map((row) => [
      row.legalName,
      row.partnerId,
      row.country,
      row.region,
      relationshipStatusLabel(row.status, locale),
      row.onboardedAt?.toISOString().slice(0, 10),
      row.enrolledAt?.toISOString().slice(0, 10),
      row.mpaAcceptedOn,
      row.transacting ? t("export.yes") : t("export.no"),
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="resellers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
