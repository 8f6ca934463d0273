/** The rows of a raw `db.execute`: PGlite answers `{ rows }`, postgres.js an array; one shape for both. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
