import { expect } from "vitest";
import { NOT_ALLOWED, NOT_FOUND, SIGNED_OUT, TWO_FACTOR_FIRST, VERIFY_EMAIL_FIRST } from "@/lib/errors";
import type { ActionEntry, Outcome, RouteEntry } from "./matrix-types";
import type { Caller, World } from "./world";

export type Answer = { kind: "result"; value: unknown } | { kind: "redirect"; to: string };

/** FormData from a plain object, the way a browser form would send it (values as strings or files). */
export function toFormData(input: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    if (value instanceof Blob) form.append(key, value);
    else if (value !== undefined) form.append(key, typeof value === "string" ? value : JSON.stringify(value) ?? "");
  }
  return form;
}

function isRedirect(error: unknown): string | null {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] ?? "" : null;
}

/** Calls an action as Next would; Next's redirect (thrown on purpose) becomes an answer, any other throw propagates. */
export async function callAction(fn: (...args: unknown[]) => Promise<unknown>, entry: Pick<ActionEntry, "call">, exportName: string, input: unknown): Promise<Answer> {
  const style = entry.call ?? (exportName.endsWith("Form") ? "form" : "object");
  try {
    const args =
      style === "none" ? [] : style === "form" ? [null, input instanceof FormData || typeof input !== "object" || input === null ? input : toFormData(input as Record<string, unknown>)] : [input];
    return { kind: "result", value: await fn(...args) };
  } catch (error) {
    const to = isRedirect(error);
    if (to !== null) return { kind: "redirect", to };
    throw error;
  }
}

const refusals: Record<string, string> = {
  "signed-out": SIGNED_OUT,
  "not-allowed": NOT_ALLOWED,
  "not-found": NOT_FOUND,
  "two-factor-first": TWO_FACTOR_FIRST,
  "verify-email-first": VERIFY_EMAIL_FIRST,
};

export function isRefusal(outcome: Outcome): boolean {
  return (typeof outcome === "string" && outcome in refusals) || (typeof outcome === "object" && "refused" in outcome);
}

/** Outcomes that must have written something (at least the audit event). */
export function mustWrite(outcome: Outcome): boolean {
  return outcome === "ok" || outcome === "done";
}

/** Asserts an action's answer matches the cell. */
export function expectAnswer(answer: Answer, outcome: Outcome, where: string): void {
  if (outcome === "public") return;
  if (outcome === "redirect") {
    expect(answer.kind, where).toBe("redirect");
    return;
  }
  expect(answer.kind, `${where}: unexpected redirect`).toBe("result");
  const value = (answer as { value: unknown }).value as { ok?: unknown; error?: unknown };
  if (outcome === "ok" || outcome === "read") {
    expect(value, where).toMatchObject({ ok: true });
    return;
  }
  if (outcome === "done") {
    if (value !== null) expect(value, where).toMatchObject({ ok: true });
    return;
  }
  if (typeof outcome === "object" && "refused" in outcome) {
    expect(value, where).toMatchObject({ ok: false });
    expect(String(value.error), where).toContain(outcome.refused);
    return;
  }
  if (typeof outcome === "string") expect(value, where).toEqual({ ok: false, error: refusals[outcome] });
}

/** The entry's request, with the caller's API token when it is a token caller. */
export async function requestAs(entry: RouteEntry, world: World, caller: Caller): Promise<Request> {
  const request = entry.request(world);
  const secret = world.tokenSecret(caller);
  if (!secret) return request;
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${secret}`);
  const body = request.body ? await request.text() : undefined;
  return new Request(request.url, { method: request.method, headers, body });
}

