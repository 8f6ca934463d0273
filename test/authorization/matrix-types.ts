import type { Caller, CallerInfo, World } from "./world";
import { callerNames, pendingCallers, twinCallers } from "./world";

/**
 * What a caller should get:
 * - "ok": `{ ok: true }` and something was written (at least the audit event);
 * - "read": `{ ok: true }` from a read-only action, and nothing written;
 * - "done": a public form's success (`{ ok: true }` or the form's `null`), and something was written;
 * - "signed-out" / "not-allowed" / "not-found" / "two-factor-first" / "verify-email-first": that refusal, and nothing
 *   written;
 * - `{ refused }`: a refusal whose message contains that text (a rule or state, not authorization), nothing written;
 * - "redirect": Next's redirect (sign-in); "public": any answer, no authorization involved;
 * - `{ status }`: a route handler's HTTP status.
 */
export type Outcome =
  | "ok"
  | "read"
  | "done"
  | "signed-out"
  | "not-allowed"
  | "not-found"
  | "two-factor-first"
  | "verify-email-first"
  | "redirect"
  | "public"
  | { status: number }
  | { refused: string };

export type Cells = Record<Caller, Outcome>;

export type ActionEntry = {
  kind: "action";
  /**
   * A valid input for this caller that targets organization A's record (it may write set-up rows first; those
   * writes happen before the "nothing changed" snapshot).
   */
  input: (world: World, caller: CallerInfo) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The same input with A's record id replaced by one that exists nowhere: must get the same answer as A's id. */
  withMissingRecord?: (input: Record<string, unknown>) => Record<string, unknown>;
  /** How the function is called: `(input)` (default), `(previousState, FormData)` (default for names ending in
   * "Form"), or with no argument. */
  call?: "object" | "form" | "none";
  expect: Cells;
};

export type RouteEntry = {
  kind: "route";
  request: (world: World) => Request;
  expect: Cells;
};

/** Handled by a library and checked end to end instead (named spec), e.g. Auth.js's own endpoints. */
export type DelegatedEntry = { kind: "delegated"; coveredBy: string; reason: string };

export type MatrixEntry = ActionEntry | RouteEntry | DelegatedEntry;

/** Fills every caller: `rest` for those not named, except that `pending` fills the callers who owe a gate step and a
 * twin caller (world.ts) gets what its twin gets. */
function fill(named: Partial<Cells>, rest: Outcome, pending: (caller: keyof typeof pendingCallers) => Outcome): Cells {
  const outcomeOf = (caller: Caller): Outcome => {
    if (named[caller]) return named[caller];
    if (caller in pendingCallers) return pending(caller as keyof typeof pendingCallers);
    if (caller in twinCallers) return named[twinCallers[caller as keyof typeof twinCallers]] ?? rest;
    return rest;
  };
  return Object.fromEntries(callerNames.map((caller) => [caller, outcomeOf(caller)])) as Cells;
}

/**
 * For actions: `rest` for the callers not named; a caller who still owes a gate step gets that step's refusal
 * (defineAction asks before anything else) unless named, as for the actions open to that step.
 */
export function cells(named: Partial<Cells>, rest: Outcome): Cells {
  return fill(named, rest, (caller) => pendingCallers[caller]);
}

/** For route handlers: a caller who still owes a gate step is answered like the anonymous one (getActor is null). */
export function routeCells(named: Partial<Cells> & { anonymous: Outcome }, rest: Outcome): Cells {
  return fill(named, rest, () => named.anonymous);
}

export const signedInUsers = cells({ anonymous: "signed-out" }, "ok");
/** Public endpoints: the same answer whoever calls, the gate plays no part. */
export const everyone = (outcome: Outcome) => fill({}, outcome, () => outcome);
/** Admins of any partner organization (each acting on its own organization). */
export const partnerAdmins = cells(
  {
    anonymous: "signed-out",
    "provider-admin": "ok",
    "reseller-admin": "ok",
    "direct-bill-admin": "ok",
    "other-provider-admin": "ok",
    "other-reseller-admin": "ok",
    "other-direct-bill-admin": "ok",
  },
  "not-allowed",
);

/** An action and its `formAction` twin, keyed by file and export. */
export function withFormTwin(file: string, name: string, entry: ActionEntry): Record<string, MatrixEntry> {
  return { [`${file}#${name}`]: entry, [`${file}#${name}Form`]: { ...entry, call: "form" } };
}
