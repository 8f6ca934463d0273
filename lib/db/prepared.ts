/**
 * Queries built once per database handle (or transaction) and then only executed: for the queries every request
 * runs, Drizzle building the SQL again cost more CPU than the database spent running it. Kept per handle, since a
 * prepared query runs on the handle it was built on (PGlite has one connection: a transaction's queries must use it).
 */
export function preparedPer<D extends object, Q>(build: (db: D) => Q): (db: D) => Q {
  const built = new WeakMap<D, Q>();
  return (db) => {
    let queries = built.get(db);
    if (!queries) built.set(db, (queries = build(db)));
    return queries;
  };
}
