import { stringify } from "csv-stringify/sync";

type Cell = string | number | boolean | null | undefined;

/**
 * A cell a spreadsheet would run as a formula starts with =, +, -, @, tab or carriage return; some also split a
 * cell again on ";" or "," (by locale), so the same after those counts too. An apostrophe before it makes the
 * spreadsheet show the text instead, so a partner's name cannot execute in the reader's spreadsheet.
 */
const FORMULA_START = /(^|[;,]\s*)([=+\-@\t\r])/g;

export function neutraliseFormulas(text: string): string {
  return text.replace(FORMULA_START, "$1'$2");
}

/** Numbers and booleans are written as they are (a negative number is not a formula); text is neutralised. */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutraliseFormulas(value);
  return String(value);
}

/** Every cell quoted, empty ones too, so no spreadsheet guesses a type from an unquoted cell. */
const QUOTE_EVERYTHING = { quoted: true, quoted_empty: true, record_delimiter: "\r\n" } as const;

export function csvCell(value: Cell): string {
  return stringify([[cellText(value)]], { ...QUOTE_EVERYTHING, eof: false });
}

/** CSV for spreadsheets (RFC 4180, CRLF line ends), every cell quoted and defused. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows].map((row) => row.map(cellText)), QUOTE_EVERYTHING);
}

/** Rows without a header, for a CSV written in pieces (a streamed export): the same quoting and defusing as toCsv. */
export function csvRows(rows: Cell[][]): string {
  if (rows.length === 0) return "";
  return stringify(rows.map((row) => row.map(cellText)), QUOTE_EVERYTHING);
}

/**
 * Partner IDs from pasted text or an uploaded CSV: the first cell of each line; a first line that names a column
 * (letters, no digits) is taken as a header and skipped. Blank lines are dropped; everything else is kept verbatim
 * so that a malformed ID is reported on its own line.
 */
export function partnerIdLines(text: string): string[] {
  return numberedPartnerIdLines(text).map((entry) => entry.input);
}

/**
 * The same lines, each with its line number in the text as pasted (1 for the first line; blank lines and a header
 * count), so a result's "line 7" is the seventh line the person sees in the box or the file.
 */
export function numberedPartnerIdLines(text: string): { line: number; input: string }[] {
  const lines = text.split(/\r\n|\n|\r/).map((line, index) => ({ line: index + 1, input: firstCell(line).trim() }));
  if (lines.length > 0 && /[a-z]/i.test(lines[0]!.input) && !/\d/.test(lines[0]!.input)) lines.shift();
  return lines.filter((entry) => entry.input !== "");
}

function firstCell(line: string): string {
  const match = /^\s*"((?:[^"]|"")*)"/.exec(line);
  if (match) return match[1]!.replace(/""/g, '"');
  return line.split(/[,;\t]/)[0] ?? "";
}
