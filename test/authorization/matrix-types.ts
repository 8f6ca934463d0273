import { can, type Capability } from "@/lib/permissions";
import type { Caller, CallerInfo, World } from "./world";
import { callerNames, callerSubjects, isTokenCaller, outsideCallers, pendingCallers, tokenCallers, twinCallers } from "./world";

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
  /** The request; a token caller's gets its `Authorization: Bearer …` header added. */
  request: (world: World) => Request;
  /** The route's dynamic segments, aimed at organization A's record (may write set-up rows, before the snapshot). */
  params?: (world: World) => Promise<Record<string, string>> | Record<string, string>;
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

/** Public endpoints: the same answer whoever calls, the gate plays no part. */
export const everyone = (outcome: Outcome) => fill({}, outcome, () => outcome);

/** An action and its `formAction` twin, keyed by file and export. */
export function withFormTwin(file: string, name: string, entry: ActionEntry): Record<string, MatrixEntry> {
  return { [`${file}#${name}`]: entry, [`${file}#${name}Form`]: { ...entry, call: "form" } };
}

type FromTable = {
  /** What a caller the table allows gets (default "ok"). */
  allowed?: Outcome;
  /**
   * What an allowed caller outside organization A gets (outsideCallers): "not-found" when the input aims at A's
   * record (the cross-organization rule); by default the same as `allowed` (the action acts on the caller's own).
   */
  outside?: Outcome;
  /**
   * Answers that differ for a caller the table allows: a rule or a record's state, never a permission (a caller the
   * table refuses here fails the test), or a gate step the action is open to.
   */
  except?: Partial<Cells>;
};

/**
 * An action's expected cells, derived from the permission table (lib/permissions.ts): a caller whose partner type
 * and role lack the capability gets "not-allowed"; one who has it gets `allowed` (or `outside`, across
 * organizations). The gate's callers and the twin follow `cells`. So the table and the matrix cannot drift.
 */
export function fromTable(capability: Capability, { allowed = "ok", outside = allowed, except = {} }: FromTable = {}): Cells {
  const named: Partial<Cells> = { anonymous: "signed-out" };
  for (const caller of callerNames) {
    if (caller === "anonymous" || caller in pendingCallers || caller in twinCallers) continue;
    if (can(callerSubjects[caller], capability)) named[caller] = outsideCallers.includes(caller) ? outside : allowed;
  }
  for (const [caller, outcome] of Object.entries(except) as [Caller, Outcome][]) {
    if (!can(callerSubjects[caller], capability)) throw new Error(`${caller} lacks ${capability} in the permission table; it cannot have an exception.`);
    named[caller] = outcome;
  }
  return cells(named, "not-allowed");
}

/** A route handler's cells from the table: `allowed` for callers with the capability, `refused` for the others. */
export function routeFromTable(capability: Capability, answers: { anonymous: Outcome; allowed: Outcome; refused: Outcome }): Cells {
  const named: Partial<Cells> & { anonymous: Outcome } = { anonymous: answers.anonymous };
  for (const caller of callerNames) {
    if (caller === "anonymous" || caller in pendingCallers || caller in twinCallers) continue;
    if (can(callerSubjects[caller], capability)) named[caller] = answers.allowed;
  }
  return routeCells(named, answers.refused);
}

/**
 * A partner API route's cells from the permission table: every caller without a token (signed in or not) gets 401; an
 * expired or revoked token 401; a token whose organization's admin has the capability AND whose scopes grant it gets
 * `allowed` (`outside` for another organization's token, "not found" when the request aims at A's record); any other
 * token 403. So a token can never get more than its organization's admin.
 */
export function apiFromTable(capability: Capability, { allowed, outside = allowed }: { allowed: Outcome; outside?: Outcome }): Cells {
  const cellOf = (caller: Caller): Outcome => {
    if (!isTokenCaller(caller)) return { status: 401 };
    const token = tokenCallers[caller];
    if (token.state !== "active") return { status: 401 };
    if (!can(callerSubjects[caller], capability)) return { status: 403 };
    return token.outside ? outside : allowed;
  };
  return Object.fromEntries(callerNames.map((caller) => [caller, cellOf(caller)])) as Cells;
}
