/** What every server action answers: data, or a message (and per-field messages) the form can show. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

/** The state a form starts from before its first submission. */
export const idle = null;
export type FormState<T = undefined> = ActionResult<T> | null;
