import { z } from "zod";
import { searchQuery } from "./fields";

export const AUDIT_PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
const day = (label: string) =>
  optional(
    z
      .string()
      .trim()
      .regex(DATE, `${label}: enter a date like 2026-01-31.`)
      // Round-trip, because Date.parse rolls 2026-02-30 over into March instead of refusing it.
      .refine((value) => {
        const time = Date.parse(`${value}T00:00:00Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
      }, `${label} is not a calendar date.`),
  );

/**
 * The audit log's filters, shared by the page and the CSV export so both answer the same question: who did it
 * (email), what kind of event, which record (its id), which days (inclusive, UTC), and the keyset cursor.
 */
export const auditLogQuerySchema = z
  .object({
    person: optional(searchQuery.pipe(z.string().toLowerCase())),
    kind: optional(z.string().trim().max(80).regex(/^[a-z-]+\.[a-z-]+$/, "Choose a kind of event from the list.")),
    record: optional(searchQuery),
    from: day("From"),
    to: day("To"),
    /** The id of the last event of the previous page; the next page starts after it. */
    after: optional(z.coerce.number().int().positive("The page link is not valid.").max(Number.MAX_SAFE_INTEGER)),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "From must be on or before To.", path: ["to"] });

export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** Parses page or export search parameters (the first value of a repeated one counts); problems come back as messages. */
export function parseAuditLogQuery(params: Params): { ok: true; query: AuditLogQuery } | { ok: false; problems: string[]; query: AuditLogQuery } {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const raw = { person: get("person"), kind: get("kind"), record: get("record"), from: get("from"), to: get("to"), after: get("after") };
  const parsed = auditLogQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const { formErrors, fieldErrors } = z.flattenError(parsed.error);
  const problems = [...formErrors, ...Object.values(fieldErrors).flat()].filter((message): message is string => typeof message === "string");
  return { ok: false, problems, query: {} };
}

/** The link to a page of the log with these filters, leaving out empty ones. */
export function auditLogHref(query: AuditLogQuery, base = "/audit-log"): string {
  const params = new URLSearchParams();
  for (const key of ["person", "kind", "record", "from", "to", "after"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
