import "server-only";
import { getActor } from "@/lib/data/actor";
import { importColumns, importResultRows, type ImportKind } from "@/lib/data/imports";
import { customerTemplateExample, resellerTemplateExample } from "@/lib/import/columns";
import { columnHeader, templateCsv } from "@/lib/import/parse-csv";
import { importReasonText } from "@/lib/import/reasons";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { toCsv } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { importIdSchema } from "@/lib/validation/imports";

/** The route handlers both imports share: the template to fill in and the result of a finished import. */

const capabilityOf = { resellers: "reseller.invite", customers: "customer.add" } as const;
const examples = { resellers: resellerTemplateExample, customers: customerTemplateExample };

function csvResponse(csv: string, fileName: string) {
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" },
  });
}

export async function templateResponse(kind: ImportKind) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!can(actor, capabilityOf[kind])) return Response.json({ error: "Not found." }, { status: 404 });
  // In the reader's language: the import reads the headers of every language, so any template comes back in.
  return csvResponse(templateCsv(importColumns[kind], examples[kind], await getRequestLocale()), `${kind}-import-template.csv`);
}

/** Each row as in the file, with what happened to it and why. Another organization's import answers 404 like a missing one. */
export async function resultResponse(kind: ImportKind, rawId: string) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  const id = importIdSchema.safeParse({ importId: rawId });
  const result = id.success && can(actor, capabilityOf[kind]) ? await importResultRows(actor, kind, id.data.importId) : null;
  if (!result) return Response.json({ error: "Not found." }, { status: 404 });
  const columns = importColumns[kind];
  // Headers, results and reasons in the reader's language; the row's own cells stay as they were in the file.
  const locale = await getRequestLocale();
  const t = translator(locale, "import");
  const why = (reason: string | null) => (reason ? importReasonText(reason, locale) : "");
  const csv = toCsv(
    [t("result.line"), ...columns.map((column) => columnHeader(column, locale)), t("result.result"), t("result.why")],
    result.rows.map((row) => [
      row.line,
      ...columns.map((column) => row.fields[column.field] ?? ""),
      row.outcome === null ? (row.decision === "go" ? t("result.waiting") : t("result.skipped")) : row.outcome === "done" ? t(`result.done.${kind}`) : t(`result.${row.outcome}`),
      why(row.outcomeReason ?? row.reason),
    ]),
  );
  return csvResponse(csv, `${kind}-import-result-${result.view.createdAt.toISOString().slice(0, 10)}.csv`);
}
