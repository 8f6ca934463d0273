import "server-only";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import { getApiActor, type Actor } from "@/lib/data/actor";
import { recordApiCall } from "@/lib/data/api-tokens";
import { consumeApiRequest } from "@/lib/data/api-rate-limit";
import { describeDatabaseError } from "@/lib/db/errors";
import { NOT_FOUND, Refusal } from "@/lib/errors";
import { deliverSoon } from "@/lib/email/deliver";
import { runJobsSoon } from "@/lib/jobs/runner";
import { can } from "@/lib/permissions";
import { isJsonContentType, readBodyUpTo } from "@/lib/http/read-body";
import type { ApiEndpoint } from "@/lib/api/endpoints";

/** Partner API bodies are small (5,000 Partner IDs fit easily); larger ones are refused before parsing. */
const MAX_BODY_BYTES = 512 * 1024;

type ErrorCode = "unauthorized" | "forbidden" | "not_found" | "invalid_request" | "refused" | "rate_limited" | "internal";

/** The one error body of the partner API: evaluate's `{ error, fieldErrors }` plus a machine-readable `code`. */
export function apiError(status: number, code: ErrorCode, error: string, fieldErrors: Record<string, string[]> = {}, headers: HeadersInit = {}): Response {
  return Response.json({ error, code, fieldErrors }, { status, headers: { "cache-control": "no-store", ...headers } });
}

type Input<E extends ApiEndpoint, K extends "params" | "query" | "body"> = E[K] extends z.ZodType ? z.output<E[K]> : undefined;

type RouteContext<E extends ApiEndpoint> = {
  actor: Actor;
  params: Input<E, "params">;
  query: Input<E, "query">;
  body: Input<E, "body">;
  /** The transaction of a changing call (its audit events commit with it); the app's connection for a read. */
  tx: Tx;
};

type RouteOptions = {
  /** A changing call: runs in one transaction with its audit events, and sends what it queued once committed. */
  changes?: boolean;
};

const UNAUTHORIZED = "Send a valid API token: Authorization: Bearer csp_… (it may have expired or been revoked).";
const FORBIDDEN = "This token may not do this: its scopes, or its organization's type, do not allow it.";

/**
 * The one way to write a partner API route: token (the gate's getApiActor) -> rate limit (429 + Retry-After) ->
 * permission table intersected with the token's scopes -> input parsed against the endpoint's schemas -> the data
 * function -> audit event of the call (token name, method, path, status) and last use. Client mistakes answer 4xx
 * with the one error body, never 500.
 */
export function defineApiRoute<E extends ApiEndpoint, T>(endpoint: E, run: (context: RouteContext<E>) => Promise<T>, options: RouteOptions = {}) {
  return async function handler(request: Request, context?: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> {
    let actor: Actor | null;
    try {
      actor = await getApiActor(request);
    } catch (error) {
      return apiError(503, "internal", describeDatabaseError(error));
    }
    if (!actor?.apiToken) return apiError(401, "unauthorized", UNAUTHORIZED, {}, { "www-authenticate": 'Bearer realm="csp-partner-hub"' });

    let limit: Awaited<ReturnType<typeof consumeApiRequest>>;
    try {
      limit = await consumeApiRequest(actor.apiToken.id);
    } catch (error) {
      return apiError(503, "internal", describeDatabaseError(error));
    }
    if (!limit.allowed) {
      return apiError(429, "rate_limited", `Too many requests: at most ${limit.limit} a minute per token. Try again in ${limit.retryAfterSeconds} s.`, {}, {
        "retry-after": String(limit.retryAfterSeconds),
      });
    }

    const path = endpoint.path;
    const method = endpoint.method.toUpperCase();
    const finish = async (response: Response, tx?: Tx) => {
      if (tx) await recordApiCall(tx, actor, { method, path, status: response.status });
      else {
        const db = await getDb();
        await db.transaction((auditTx) => recordApiCall(auditTx, actor, { method, path, status: response.status }));
      }
      response.headers.set("x-ratelimit-limit", String(limit.limit));
      response.headers.set("x-ratelimit-remaining", String(limit.remaining));
      return response;
    };

    if (!can(actor, endpoint.capability)) return finish(apiError(403, "forbidden", FORBIDDEN));

    const input = await parseInput(endpoint, request, context);
    if (!input.ok) return finish(input.response);

    const signedIn = actor;
    try {
      const db = await getDb();
      let response: Response | undefined;
      if (options.changes) {
        await db.transaction(async (tx) => {
          const data = await run({ actor: signedIn, ...input.values, tx });
          response = Response.json(data, { status: endpoint.status, headers: { "cache-control": "no-store" } });
          await finish(response, tx);
        });
        deliverSoon();
        runJobsSoon();
        return response!;
      }
      const data = await run({ actor: signedIn, ...input.values, tx: db as unknown as Tx });
      return await finish(Response.json(data, { status: endpoint.status, headers: { "cache-control": "no-store" } }));
    } catch (error) {
      if (error instanceof Refusal) {
        if (error.message === NOT_FOUND) return finish(apiError(404, "not_found", error.message));
        // A refusal naming fields is about the input; one without is a rule or the record's state.
        if (error.fieldErrors) return finish(apiError(400, "invalid_request", error.message, error.fieldErrors));
        return finish(apiError(422, "refused", error.message));
      }
      return apiError(500, "internal", describeDatabaseError(error));
    }
  };
}

type Parsed = { ok: true; values: { params: never; query: never; body: never } } | { ok: false; response: Response };

function invalid(error: string, fieldErrors: Record<string, string[]> = {}, status = 400): { ok: false; response: Response } {
  return { ok: false, response: apiError(status, "invalid_request", error, fieldErrors) };
}

function issues(error: z.ZodError, prefix = ""): Record<string, string[]> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const named = Object.fromEntries(Object.entries(fieldErrors).map(([key, messages]) => [prefix + key, messages as string[]]));
  return formErrors.length ? { ...named, [prefix || "_"]: formErrors } : named;
}

async function parseInput(endpoint: ApiEndpoint, request: Request, context?: { params?: Promise<Record<string, string | string[]>> }): Promise<Parsed> {
  const values: Record<string, unknown> = {};
  if (endpoint.params) {
    const parsed = endpoint.params.safeParse((await context?.params) ?? {});
    // A malformed id names no record: the same answer as a missing one.
    if (!parsed.success) return { ok: false, response: apiError(404, "not_found", NOT_FOUND) };
    values.params = parsed.data;
  }
  if (endpoint.query) {
    const search = new URL(request.url).searchParams;
    const raw: Record<string, string> = {};
    for (const key of Object.keys(endpoint.query.shape)) {
      const value = search.get(key);
      if (value !== null && value !== "") raw[key] = value;
    }
    const parsed = endpoint.query.safeParse(raw);
    if (!parsed.success) return invalid("Some query parameters are not valid.", issues(parsed.error));
    values.query = parsed.data;
  }
  if (endpoint.body) {
    if (!isJsonContentType(request.headers.get("content-type"))) return invalid("Send the body as JSON (Content-Type: application/json).", {}, 415);
    const text = await readBodyUpTo(request, MAX_BODY_BYTES);
    if (text === null) return invalid(`The body is larger than ${MAX_BODY_BYTES} bytes.`, {}, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return invalid("The body is not valid JSON.");
    }
    const parsed = endpoint.body.safeParse(body);
    if (!parsed.success) return invalid("The body is not valid.", issues(parsed.error));
    values.body = parsed.data;
  }
  return { ok: true, values: values as { params: never; query: never; body: never } };
}
