import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import { ANY_PENDING_STEP, getActorAllowing, pendingStepOf, type Actor } from "@/lib/data/actor";
import { auditEventsWritten, writeAudit, type AuditEntry } from "@/lib/data/audit";
import type { ActionResult } from "@/lib/result";
import { describeDatabaseError } from "@/lib/db/errors";
import { NOT_A_FORM, NOT_ALLOWED, Refusal, SIGNED_OUT, TWO_FACTOR_FIRST, VERIFY_EMAIL_FIRST } from "@/lib/errors";
import { deliverSoon } from "@/lib/email/deliver";
import { defaultLocale } from "@/lib/i18n/locales";
import { localizeResult, parseIn } from "@/lib/i18n/localize-message";
import { inRequestLanguage, requestLanguage } from "./request-language";
import { runJobsSoon } from "@/lib/jobs/runner";
import { can, type Capability } from "@/lib/permissions";

type ActionContext<I> = {
  actor: Actor;
  input: I;
  tx: Tx;
  /** Records what changed, for a change with no data function of its own; data functions write theirs themselves. A
   * changing action whose transaction records no audit event at all is a programmer error. */
  audit: (entry: AuditEntry) => Promise<void>;
};

type ActionDefinition<S extends z.ZodType, T> = {
  input: S;
  /** Who may call it at all, from the permission table (lib/permissions.ts); record-level checks happen in the data layer. */
  capability: Capability;
  run: (context: ActionContext<z.output<S>>) => Promise<T>;
  /** Paths whose pages show the changed data. */
  revalidate?: string[];
  /** True for actions that only read (no audit event needed). */
  readOnly?: boolean;
  /**
   * For read-only actions that wait on another system (Partner Center): they run on the app's connection instead of
   * holding a transaction open while they wait (PGlite has one connection; an open transaction would stall the app).
   */
  outsideTransaction?: boolean;
  /** True for the few actions open to a user who must still set up two-factor sign-in (the set-up itself). */
  allowBeforeTwoFactor?: boolean;
  /** True for the few actions open to a user who has not proven their email address yet (asking for a new link). */
  allowBeforeEmailVerified?: boolean;
  /** Runs once the transaction has committed (e.g. to re-issue the session cookie); not for database writes. */
  afterCommit?: (context: { actor: Actor; data: T }) => Promise<void>;
};

/**
 * The one way to write a server action: parse -> authenticate -> authorize -> run in a transaction with its audit
 * events -> revalidate. Expected failures come back as `{ ok: false }`; nothing half-done is kept.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async function action(raw: unknown): Promise<ActionResult<T>> {
    const parsed = definition.input.safeParse(raw);
    if (!parsed.success) return invalidInput(definition.input, raw, parsed.error);
    // A refusal's message (and field messages) in the request's language; English stays as the code wrote it.
    return inRequestLanguage(await authorizeAndRun(definition, parsed.data));
  };
}

/** The fields' messages in the request's language: zod's own ones from a second parse in that language. */
async function invalidInput(schema: z.ZodType, raw: unknown, englishError: z.ZodError): Promise<ActionResult<never>> {
  const locale = await requestLanguage();
  const error = locale === defaultLocale ? englishError : (parseIn(schema, raw, locale).error ?? englishError);
  const { formErrors, fieldErrors } = z.flattenError(error);
  const result: ActionResult<never> = {
    ok: false,
    error: formErrors[0] ?? "Some fields need attention.",
    fieldErrors: fieldErrors as Record<string, string[]>,
  };
  return localizeResult(result, locale);
}

async function authorizeAndRun<S extends z.ZodType, T>(definition: ActionDefinition<S, T>, input: z.output<S>): Promise<ActionResult<T>> {
  let actor: Actor | null;
  let data: T;
  try {
    // Past the gate's pending steps too, so that each step gets its own message instead of "signed out".
    actor = await getActorAllowing(ANY_PENDING_STEP);
  } catch (error) {
    return { ok: false, error: describeDatabaseError(error) };
  }
  if (!actor) return { ok: false, error: SIGNED_OUT };
  const pendingStep = pendingStepOf(actor);
  if (pendingStep === "verify-email" && !definition.allowBeforeEmailVerified) return { ok: false, error: VERIFY_EMAIL_FIRST };
  if (pendingStep === "two-factor" && !definition.allowBeforeTwoFactor) return { ok: false, error: TWO_FACTOR_FIRST };
  if (!can(actor, definition.capability)) return { ok: false, error: NOT_ALLOWED };

  try {
    const db = await getDb();
    const signedIn = actor;
    if (definition.outsideTransaction) {
      if (!definition.readOnly) throw new Error("Only read-only actions may run outside a transaction.");
      const noAudit = async () => {
        throw new Error("A read-only action writes no audit event.");
      };
      data = await definition.run({ actor: signedIn, input, tx: db as unknown as Tx, audit: noAudit });
    } else data = await db.transaction(async (tx) => {
      const audit = (entry: AuditEntry) => writeAudit(tx, signedIn, entry);
      const result = await definition.run({ actor: signedIn, input, tx, audit });
      if (!definition.readOnly && auditEventsWritten(tx) === 0) throw new Error("A changing action must write an audit event.");
      return result;
    });
  } catch (error) {
    if (error instanceof Refusal) return refusedAfterRollback(error);
    return { ok: false, error: describeDatabaseError(error) };
  }
  // Messages the change queued go out now that it has committed.
  if (!definition.readOnly) {
    deliverSoon();
    runJobsSoon();
  }
  for (const path of definition.revalidate ?? []) revalidatePath(path);
  await definition.afterCommit?.({ actor, data });
  return { ok: true, data };
}

/** The refusal's answer, once its after-rollback write (if any) is done; a failing write answers like any database error. */
async function refusedAfterRollback(refusal: Refusal): Promise<ActionResult<never>> {
  try {
    await refusal.afterRollback?.();
  } catch (error) {
    return { ok: false, error: describeDatabaseError(error) };
  }
  if (refusal.inLanguage) {
    const locale = await requestLanguage();
    if (locale !== defaultLocale) {
      // Worded by the refusal itself; its field messages (if any) still go through the catalogue.
      const fields = localizeResult({ ok: false as const, error: "", fieldErrors: refusal.fieldErrors }, locale).fieldErrors;
      return { ok: false, error: refusal.inLanguage(locale), fieldErrors: fields };
    }
  }
  return { ok: false, error: refusal.message, fieldErrors: refusal.fieldErrors };
}

/**
 * Adapts an action to `useActionState`: the form's fields become the input. Anyone can post any serialisable value to
 * an action, so a second argument that is not a form is refused rather than thrown on.
 */
export function formAction<T>(action: (raw: unknown) => Promise<ActionResult<T>>) {
  return async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
    if (!(formData instanceof FormData)) return inRequestLanguage({ ok: false, error: NOT_A_FORM });
    return action(Object.fromEntries(formData));
  };
}
