// How the Verify MPA page shows its answers: one row per Partner ID however often it was listed.

type Row = { line: number; ok: boolean; partnerId?: string };

/**
 * Collapses repeated Partner IDs into their first row, which records on which lines the ID appeared ("listed 2
 * times: lines 3 and 9"). Malformed lines stay one row each: each is a different typo to fix.
 */
export function collapseDuplicates<T extends Row>(rows: T[]): (T & { lines: number[] })[] {
  const first = new Map<string, T & { lines: number[] }>();
  const out: (T & { lines: number[] })[] = [];
  for (const row of rows) {
    const key = row.ok ? row.partnerId : undefined;
    const seen = key ? first.get(key) : undefined;
    if (seen) {
      seen.lines.push(row.line);
      continue;
    }
    const kept = { ...row, lines: [row.line] };
    if (key) first.set(key, kept);
    out.push(kept);
  }
  return out;
}

/** The lines an ID was listed on, for "listed 2 times: lines {lines}": "3 and 9" ("3 en 9" in Dutch); past five, the first five and "…". */
export function listedLines(lines: number[], locale: string): string {
  if (lines.length > 5) return `${lines.slice(0, 5).join(", ")} …`;
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(lines.map(String));
}
