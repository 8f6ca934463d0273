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
