import { parse } from "csv-parse/sync";

/**
 * Reading an uploaded CSV file into rows keyed by our field names. Pure (no I/O): the bytes come in, rows or a
 * message people can act on come out. Spreadsheet exports differ by locale (Excel in France writes semicolons, in
 * the US commas) and often start with a byte-order mark, so both are handled.
 */

/** The largest file accepted: server actions take 2 MB in all, and 10,000 rows of these columns fit well under it. */
export const IMPORT_MAX_BYTES = 1_500_000;
export const IMPORT_MAX_ROWS = 10_000;

/** A column we read: its field name, the header it has in our template, and other headers that mean the same. */
export type ImportColumn = { field: string; header: string; aliases: readonly string[]; required?: boolean };

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
function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const NOT_TEXT = "This file is not a CSV file: it is not text in UTF-8. Save it from your spreadsheet as “CSV UTF-8” and upload it again.";
  if (bytes.includes(0)) return { ok: false, message: NOT_TEXT };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
  } catch {
    return { ok: false, message: NOT_TEXT };
  }
}

/**
 * Parses the file: the first non-empty line is the header, matched to `columns` by name (in any order; other
 * columns are ignored); each later non-empty line becomes a row with its line number in the file.
 */
export function parseImportCsv(bytes: Uint8Array, columns: readonly ImportColumn[]): ParseResult {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty. Download the template and fill it in." };
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    return { ok: false, message: `The file is larger than ${IMPORT_MAX_BYTES / 1_000_000} MB. Split it into smaller files of at most ${IMPORT_MAX_ROWS.toLocaleString("en")} rows.` };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const delimiter = detectDelimiter(decoded.text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `This file is not a CSV file we can read${line ? ` (line ${line})` : ""}: check that every quoted field has its closing quote.` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, message: "The file is empty. Download the template and fill it in." };
  const positions = new Map<string, number>();
  header.record.forEach((name, index) => {
    const key = headerKey(name);
    const column = columns.find((candidate) => headerKey(candidate.header) === key || candidate.aliases.some((alias) => headerKey(alias) === key));
    if (column && !positions.has(column.field)) positions.set(column.field, index);
  });
  if (positions.size === 0) {
    return { ok: false, message: `This file is not a CSV file with the expected columns: its first line should name them (${columns.map((column) => column.header).join(", ")}). Download the template to see how.` };
  }
  const missing = columns.filter((column) => column.required && !positions.has(column.field));
  if (missing.length > 0) return { ok: false, message: `The file has no ${missing.map((column) => `“${column.header}”`).join(" or ")} column. Download the template to see the expected columns.` };
  if (body.length === 0) return { ok: false, message: "The file has a header but no rows to import." };
  if (body.length > IMPORT_MAX_ROWS) {
    return { ok: false, message: `The file has ${body.length.toLocaleString("en")} rows; at most ${IMPORT_MAX_ROWS.toLocaleString("en")} can be imported at once. Split it into smaller files.` };
  }
  const rows = body.map(({ record, info }) => {
    const fields: Record<string, string> = {};
    for (const column of columns) fields[column.field] = record[positions.get(column.field) ?? -1] ?? "";
    // csv-parse counts the line a record ends on; a quoted field spanning lines moves its start back by as many.
    const breaks = record.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, fields };
  });
  return { ok: true, rows, delimiter };
}

/** The template people download: the header and one example line, in the delimiter most spreadsheets read. */
export function templateCsv(columns: readonly ImportColumn[], example: Record<string, string>): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return [columns.map((column) => quote(column.header)).join(","), columns.map((column) => quote(example[column.field] ?? "")).join(",")].join("\r\n") + "\r\n";
}
