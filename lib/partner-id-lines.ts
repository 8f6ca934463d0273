// The browser build: this runs in the verify form, and csv-parse's default build needs Node's Buffer.
import { parse } from "csv-parse/browser/esm/sync";

/**
 * Partner IDs from pasted text or an uploaded CSV: the first cell of each line (comma, semicolon or tab separated,
 * quoted or not); a first line that names a column (letters, no digits) is taken as a header and skipped. Blank lines
 * are dropped; everything else is kept verbatim so that a malformed ID is reported on its own line.
 */
export function partnerIdLines(text: string): string[] {
  const lines = firstCells(text).map((cell) => cell.trim());
  if (lines.length > 0 && /[a-z]/i.test(lines[0]!) && !/\d/.test(lines[0]!)) lines.shift();
  return lines.filter((line) => line !== "");
}

function firstCells(text: string): string[] {
  try {
    const records: string[][] = parse(text, {
      delimiter: [",", ";", "\t"],
      // Pasted text mixes line ends; each one ends a record.
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    });
    return records.map((record) => record[0] ?? "");
  } catch {
    // A quote never closed: read line by line rather than lose the rest of the file; the bad line is reported.
    return text.split(/\r\n|\n|\r/);
  }
}
