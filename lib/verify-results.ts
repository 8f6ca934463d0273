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

/** "listed 2 times: lines 3 and 9", or "" for an ID listed once. */
export function listedTimes(lines: number[]): string {
  if (lines.length < 2) return "";
  const shown = lines.length > 5 ? `${lines.slice(0, 5).join(", ")} …` : `${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`;
  return `listed ${lines.length} times: lines ${shown}`;
}
