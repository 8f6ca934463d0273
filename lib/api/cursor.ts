import { z } from "zod";

/**
 * The partner API's paging cursor: opaque to clients (base64url of a small JSON object), so the paging can change
 * without breaking them. An offset for lists paged by position, the last id for keyset-paged lists (the audit log).
 */
export type Cursor = { offset: number } | { after: number };

const cursorShape = z.union([
  z.object({ o: z.number().int().min(0).max(10_000_000) }).strict(),
  z.object({ a: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict(),
]);

export function encodeCursor(cursor: Cursor): string {
  const compact = "offset" in cursor ? { o: cursor.offset } : { a: cursor.after };
  return Buffer.from(JSON.stringify(compact)).toString("base64url");
}

/** The cursor, or null when the text is not one this API made. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorShape.safeParse(value);
  if (!parsed.success) return null;
  return "o" in parsed.data ? { offset: parsed.data.o } : { after: parsed.data.a };
}

const BAD_CURSOR = "The cursor is not valid: pass the nextCursor of the previous page as it was.";

/** A query parameter holding an offset cursor (lists paged by position). */
export const offsetCursorParam = z
  .string()
  .transform((text, context) => {
    const cursor = decodeCursor(text);
    if (!cursor || !("offset" in cursor)) {
      context.addIssue({ code: "custom", message: BAD_CURSOR });
      return z.NEVER;
    }
    return cursor.offset;
  })
  .optional()
  .meta({ description: "The `nextCursor` of the previous page; omit it for the first page." });

/** A query parameter holding a keyset cursor (the audit log). */
export const keysetCursorParam = z
  .string()
  .transform((text, context) => {
    const cursor = decodeCursor(text);
    if (!cursor || !("after" in cursor)) {
      context.addIssue({ code: "custom", message: BAD_CURSOR });
      return z.NEVER;
    }
    return cursor.after;
  })
  .optional()
  .meta({ description: "The `nextCursor` of the previous page; omit it for the first page." });

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const limitParam = z.coerce
  .number("The limit is a whole number from 1 to 100.")
  .int("The limit is a whole number from 1 to 100.")
  .min(1, "The limit is a whole number from 1 to 100.")
  .max(MAX_LIMIT, "The limit is a whole number from 1 to 100.")
  .default(DEFAULT_LIMIT)
  .meta({ description: "Items per page, 1 to 100 (default 20)." });

/** The next cursor of an offset-paged list: one when this page was full and more rows exist. */
export function nextOffsetCursor(offset: number, returned: number, limit: number, total: number): string | null {
  return returned === limit && offset + returned < total ? encodeCursor({ offset: offset + returned }) : null;
}
