import { parse } from "csv-parse/sync";
import { catalogues } from "@/lib/i18n/catalogue";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * Reading an uploaded CSV file into rows keyed by our field names. Pure (no I/O): the bytes come in, rows or a
 * message people can act on come out. Spreadsheet exports differ by locale (Excel in France writes semicolons, in
 * the US commas) and often start with a byte-order mark, so both are handled.
 */

/** The largest file accepted: server actions take 2 MB in all, and 10,000 rows of these columns fit well under it. */
export const IMPORT_MAX_BYTES = 1_500_000;
export const IMPORT_MAX_ROWS = 10_000;

/** The fields a column can hold; each has its header in every language in messages/<locale>/import.json (`columns`). */
export type ImportField = keyof (typeof catalogues)["en"]["import"]["columns"];

/**
 * A column we read: its field name, the header it has in our English template (Partner Center's name), and other
 * headers that mean the same. The header in each language comes from the catalogue and is read too, so a template
 * downloaded in Dutch imports as well as the English one.
 */
export type ImportColumn = { field: ImportField; header: string; aliases: readonly string[]; required?: boolean };

/** The column's header as people read it in `locale` (the English one is Partner Center's). */
export function columnHeader(column: ImportColumn, locale: Locale): string {
  return locale === defaultLocale ? column.header : catalogues[locale].import.columns[column.field];
}

/** Every header that names this column: ours in each language, then the other names exports use. */
function namesOf(column: ImportColumn): string[] {
  return [column.header, ...locales.map((locale) => catalogues[locale].import.columns[column.field]), ...column.aliases];
}

export type ParsedRow = { line: number; fields: Record<string, string> };
export type ParseResult = { ok: true; rows: ParsedRow[]; delimiter: "," | ";" } | { ok: false; message: string };

const BOM = "\uFEFF";

/** Header text compared without case, spaces or punctuation: "Partner ID", "partner_id" and "PartnerId" are one. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The delimiter of the header line (outside quotes): the one of ";" and "," it has more of. */
export function detectDelimiter(text: string): "," | ";" {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (const character of text) {
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === "\n" || character === "\r")) break;
    else if (!inQuotes && character === ",") commas++;
    else if (!inQuotes && character === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** The text of the file, or why it is not a text file we can read (binary, or not UTF-8). */
function decode(bytes: Uint8Array, t: ParseTranslator): { ok: true; text: string } | { ok: false; message: string } {
  const NOT_TEXT = t("parse.notText");
  if (bytes.includes(0)) return { ok: false, message: NOT_TEXT };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
  } catch {
    return { ok: false, message: NOT_TEXT };
  }
}

type ParseTranslator = ReturnType<typeof translator<"import">>;

/**
 * Parses the file: the first non-empty line is the header, matched to `columns` by name (in any order; other
 * columns are ignored); each later non-empty line becomes a row with its line number in the file. Refusals are
 * written in `locale`.
 */
export function parseImportCsv(bytes: Uint8Array, columns: readonly ImportColumn[], locale: Locale = defaultLocale): ParseResult {
  const t = translator(locale, "import");
  if (bytes.byteLength === 0) return { ok: false, message: t("parse.empty") };
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    return { ok: false, message: t("parse.tooLarge", { megabytes: IMPORT_MAX_BYTES / 1_000_000, maxRows: IMPORT_MAX_ROWS }) };
  }
  const decoded = decode(bytes, t);
  if (!decoded.ok) return decoded;
  const delimiter = detectDelimiter(decoded.text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: line ? t("parse.unclosedQuoteAt", { line }) : t("parse.unclosedQuote") };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, message: t("parse.empty") };
  const positions = new Map<string, number>();
  header.record.forEach((name, index) => {
    const key = headerKey(name);
    const column = columns.find((candidate) => namesOf(candidate).some((name) => headerKey(name) === key));
    if (column && !positions.has(column.field)) positions.set(column.field, index);
  });
  if (positions.size === 0) {
    return { ok: false, message: t("parse.noKnownColumns", { columns: columns.map((column) => columnHeader(column, locale)).join(", ") }) };
  }
  const missing = columns.filter((column) => column.required && !positions.has(column.field));
  if (missing.length > 0) {
    const names = missing.map((column) => t("parse.quoted", { name: columnHeader(column, locale) })).join(` ${t("parse.or")} `);
    return { ok: false, message: t("parse.missingColumn", { columns: names }) };
  }
  if (body.length === 0) return { ok: false, message: t("parse.noRows") };
  if (body.length > IMPORT_MAX_ROWS) return { ok: false, message: t("parse.tooManyRows", { count: body.length, maxRows: IMPORT_MAX_ROWS }) };
  const rows = body.map(({ record, info }) => {
    const fields: Record<string, string> = {};
    for (const column of columns) fields[column.field] = record[positions.get(column.field) ?? -1] ?? "";
    // csv-parse counts the line a record ends on; a quoted field spanning lines moves its start back by as many.
    const breaks = record.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, fields };
  });
  return { ok: true, rows, delimiter };
}

/** The template people download: the header (in their language) and one example line, in the delimiter most spreadsheets read. */
export function templateCsv(columns: readonly ImportColumn[], example: Record<string, string>, locale: Locale = defaultLocale): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return [columns.map((column) => quote(columnHeader(column, locale))).join(","), columns.map((column) => quote(example[column.field] ?? "")).join(",")].join("\r\n") + "\r\n";
}
