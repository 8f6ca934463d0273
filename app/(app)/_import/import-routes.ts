import "server-only";
import { getActor } from "@/lib/data/actor";
import { importColumns, importResultRows, type ImportKind } from "@/lib/data/imports";
import { customerTemplateExample, resellerTemplateExample } from "@/lib/import/columns";
import { templateCsv } from "@/lib/import/parse-csv";
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
  return csvResponse(templateCsv(importColumns[kind], examples[kind]), `${kind}-import-template.csv`);
}

const outcomeLabel = { done: "", skipped: "skipped", failed: "failed" } as const;

/** Each row as in the file, with what happened to it and why. Another organization's import answers 404 like a missing one. */
export async function resultResponse(kind: ImportKind, rawId: string) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  const id = importIdSchema.safeParse({ importId: rawId });
  const result = id.success && can(actor, capabilityOf[kind]) ? await importResultRows(actor, kind, id.data.importId) : null;
  if (!result) return Response.json({ error: "Not found." }, { status: 404 });
  const columns = importColumns[kind];
  const done = kind === "resellers" ? "invited" : "added";
  const csv = toCsv(
    ["Line", ...columns.map((column) => column.header), "Result", "Why"],
    result.rows.map((row) => [
      row.line,
      ...columns.map((column) => row.fields[column.field] ?? ""),
      row.outcome === null ? (row.decision === "go" ? "waiting" : "skipped") : row.outcome === "done" ? done : outcomeLabel[row.outcome],
      row.outcomeReason ?? row.reason ?? "",
    ]),
  );
  return csvResponse(csv, `${kind}-import-result-${result.view.createdAt.toISOString().slice(0, 10)}.csv`);
}
