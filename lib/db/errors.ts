/** Postgres error codes we answer with a specific message. */
const UNIQUE_VIOLATION = "23505";
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "08006", "08001", "08003", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"]);

export const DATABASE_UNAVAILABLE = "The database is not available right now. Nothing was changed; try again in a moment.";
export const UNEXPECTED = "Something went wrong on our side. Nothing was changed; try again.";

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

export function isUniqueViolation(error: unknown): boolean {
  return codesOf(error).includes(UNIQUE_VIOLATION);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return codesOf(error).some((code) => CONNECTION_CODES.has(code));
}

/** The database's own refusal to leave an organization without an admin (trigger `users_keep_an_admin`). */
export const LAST_ADMIN = "Your organization must keep at least one admin. Make someone else an admin first.";

function constraintsOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { constraint, constraint_name } = current as { constraint?: unknown; constraint_name?: unknown };
    for (const name of [constraint, constraint_name]) if (typeof name === "string") names.push(name);
    current = (current as { cause?: unknown }).cause;
  }
  return names;
}

/** A message safe to show a user for an error nobody refused on purpose; the details go to the server log. */
export function describeDatabaseError(error: unknown): string {
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  if (constraintsOf(error).includes("users_keep_an_admin")) return LAST_ADMIN;
  console.error(error);
  return UNEXPECTED;
}
