/**
 * CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * are prefixed with an apostrophe so that a partner name cannot execute in the reader's spreadsheet.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * Partner IDs from pasted text or an uploaded CSV: the first cell of each line; a first line that names a column
 * (letters, no digits) is taken as a header and skipped. Blank lines are dropped; everything else is kept verbatim
 * so that a malformed ID is reported on its own line.
 */
export function partnerIdLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/).map((line) => firstCell(line).trim());
  if (lines.length > 0 && /[a-z]/i.test(lines[0]!) && !/\d/.test(lines[0]!)) lines.shift();
  return lines.filter((line) => line !== "");
}

function firstCell(line: string): string {
  const match = /^\s*"((?:[^"]|"")*)"/.exec(line);
  if (match) return match[1]!.replace(/""/g, '"');
  return line.split(/[,;\t]/)[0] ?? "";
}
