import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import { getActor, type Actor } from "@/lib/data/actor";
import { writeAudit, type AuditEntry } from "@/lib/data/audit";
import type { ActionResult } from "./result";
import { describeDatabaseError } from "./database-errors";

/** Thrown inside an action to refuse it with a message for the user; the transaction rolls back. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export function refuse(message: string, fieldErrors?: Record<string, string[]>): never {
  throw new Refusal(message, fieldErrors);
}

type ActionContext<I> = {
  actor: Actor;
  input: I;
  tx: Tx;
  /** Records what changed; a changing action that writes no audit event is a programmer error. */
  audit: (entry: AuditEntry) => Promise<void>;
};

type ActionDefinition<S extends z.ZodType, T> = {
  input: S;
  /** Who may call it at all; finer, record-level checks happen in the data layer. */
  allow: (actor: Actor) => boolean;
  run: (context: ActionContext<z.output<S>>) => Promise<T>;
  /** Paths whose pages show the changed data. */
  revalidate?: string[];
  /** True for actions that only read (no audit event needed). */
  readOnly?: boolean;
};

export const NOT_ALLOWED = "You are not allowed to do this.";
export const SIGNED_OUT = "Your session has ended. Sign in again.";

/**
 * The one way to write a server action: parse -> authenticate -> authorize -> run in a transaction with its audit
 * events -> revalidate. Expected failures come back as `{ ok: false }`; nothing half-done is kept.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async function action(raw: unknown): Promise<ActionResult<T>> {
    const parsed = definition.input.safeParse(raw);
    if (!parsed.success) {
      const { formErrors, fieldErrors } = z.flattenError(parsed.error);
      return {
        ok: false,
        error: formErrors[0] ?? "Some fields need attention.",
        fieldErrors: fieldErrors as Record<string, string[]>,
      };
    }
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      return { ok: false, error: describeDatabaseError(error) };
    }
    if (!actor) return { ok: false, error: SIGNED_OUT };
    if (!definition.allow(actor)) return { ok: false, error: NOT_ALLOWED };

    try {
      const db = await getDb();
      const signedIn = actor;
      const data = await db.transaction(async (tx) => {
        let audited = 0;
        const audit = async (entry: AuditEntry) => {
          audited++;
          await writeAudit(tx, signedIn, entry);
        };
        const result = await definition.run({ actor: signedIn, input: parsed.data, tx, audit });
        if (!definition.readOnly && audited === 0) throw new Error("A changing action must write an audit event.");
        return result;
      });
      for (const path of definition.revalidate ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      return { ok: false, error: describeDatabaseError(error) };
    }
  };
}

/** Adapts an action to `useActionState`: the form's fields become the input. */
export function formAction<T>(action: (raw: unknown) => Promise<ActionResult<T>>) {
  return async (_previous: unknown, formData: FormData) => action(Object.fromEntries(formData));
}
