import { randomUUID } from "node:crypto";
import type { z } from "zod";
import {
  agreementStatus,
  customerCollection,
  partnerCenterErrorBody,
  relationshipCollection,
  validateResellersResponse,
  type PartnerCenterCustomer,
  type PartnerRelationship,
  type ValidateResellersResponse,
} from "./schemas";

/** Partner Center said no, or could not be reached; `retryable` tells a sync whether trying later may help. */
export class PartnerCenterError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly code?: number,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "PartnerCenterError";
  }
}

export type PartnerCenterClientOptions = {
  /** `https://api.partnercenter.microsoft.com` or the simulator's address; no trailing `/v1`. */
  baseUrl: string;
  /** An App+User access token for the connected organization (refreshed by the caller's token cache). */
  getAccessToken: () => Promise<string>;
  /** Ties together the requests of one sync in Partner Center's logs. */
  correlationId?: string;
  timeoutMs?: number;
  /** Attempts per request when Partner Center throttles (429) or is unavailable (5xx, network). */
  maxAttempts?: number;
  /** Longest wait honoured from a `Retry-After` header. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
};

/** The agreement-status answer: signed, or Partner Center's reason code (2200–2206) and text. */
export type AgreementStatusAnswer = { signed: true } | { signed: false; code: number | null; description: string };

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
/** What every paged Partner Center list shares. */
type Collection<T> = { items: T[]; links?: { next?: { uri: string; headers: { key: string; value: string }[] } } };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as RFC 9110 allows. */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/**
 * A typed client for the Partner Center REST endpoints this product reads. Every response is checked against the
 * documented shape (./schemas.ts); throttling and outages are retried with `Retry-After` or a growing wait.
 */
export function createPartnerCenterClient(options: PartnerCenterClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const correlationId = options.correlationId ?? randomUUID();
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxAttempts = options.maxAttempts ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 15_000;

  /** Sends one request, retrying what may pass later; returns the response for statuses the caller reads. */
  async function send(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}, readable: number[] = []) {
    const url = path.startsWith("http") ? path : `${baseUrl}${path}`;
    for (let attempt = 1; ; attempt++) {
      const requestId = randomUUID();
      let response: Response;
      try {
        response = await doFetch(url, {
          method: init.method ?? "GET",
          headers: {
            Authorization: `Bearer ${await options.getAccessToken()}`,
            Accept: "application/json",
            "MS-RequestId": requestId,
            "MS-CorrelationId": correlationId,
            "X-Locale": "en-US",
            ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
            ...init.headers,
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (attempt >= maxAttempts) {
          const why = error instanceof Error && error.name === "TimeoutError" ? "did not answer in time" : "could not be reached";
          throw new PartnerCenterError(`Partner Center ${why}.`, null, true, undefined, requestId);
        }
        await sleep(backoff(attempt));
        continue;
      }
      if (response.ok || readable.includes(response.status)) return response;
      if (RETRYABLE_STATUSES.has(response.status) && attempt < maxAttempts) {
        await response.body?.cancel();
        const hinted = retryAfterMs(response.headers.get("Retry-After"));
        await sleep(hinted === null ? backoff(attempt) : Math.min(hinted, maxRetryAfterMs));
        continue;
      }
      throw await errorFrom(response, requestId);
    }
  }

  async function read<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new PartnerCenterError(`Partner Center answered ${what} with something that is not JSON.`, response.status, false);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new PartnerCenterError(`Partner Center's answer to ${what} did not have the documented shape.`, response.status, false);
    }
    return parsed.data;
  }

  /** Follows `links.next` (with its `MS-ContinuationToken` header) until the collection ends. */
  async function* pages<T>(firstPath: string, schema: z.ZodType<Collection<T>>, what: string): AsyncGenerator<T[]> {
    let path: string | null = firstPath;
    let headers: Record<string, string> = {};
    while (path) {
      const page: Collection<T> = await read(await send(path, { headers }), schema, what);
      yield page.items;
      const next = page.links?.next;
      if (!next || page.items.length === 0) return;
      path = next.uri.startsWith("/v1/") || next.uri.startsWith("http") ? next.uri : `/v1${next.uri}`;
      headers = Object.fromEntries(next.headers.map((h) => [h.key, h.value]));
    }
  }

  async function all<T>(iterator: AsyncIterable<T[]>): Promise<T[]> {
    const items: T[] = [];
    for await (const page of iterator) items.push(...page);
    return items;
  }

  return {
    correlationId,

    /** The signed-in provider's indirect resellers, with each relationship's state. */
    indirectResellers(): Promise<PartnerRelationship[]> {
      return all(pages("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", relationshipCollection, "the list of indirect resellers"));
    },

    /** The signed-in reseller's indirect providers. */
    indirectProviders(): Promise<PartnerRelationship[]> {
      return all(pages("/v1/relationships?relationship_type=IsIndirectResellerOf", relationshipCollection, "the list of indirect providers"));
    },

    /** Whether a reseller (by Partner ID or CSP tenant id) signed the MPA; Partner Center's 2200–2206 come back as answers. */
    async agreementStatus(who: { mpnId: string } | { tenantId: string }): Promise<AgreementStatusAnswer> {
      const query = "mpnId" in who ? `mpnId=${encodeURIComponent(who.mpnId)}` : `tenantId=${encodeURIComponent(who.tenantId)}`;
      const response = await send(`/v1/compliance/csp/agreementstatus?${query}`, {}, [400]);
      if (response.status === 400) {
        const error = await read(response, partnerCenterErrorBody, "the agreement status");
        if (error.code >= 2200 && error.code <= 2206) return { signed: false, code: error.code, description: error.description };
        throw new PartnerCenterError(error.description, 400, false, error.code);
      }
      const status = await read(response, agreementStatus, "the agreement status");
      return status.isAgreementSigned ? { signed: true } : { signed: false, code: null, description: "The agreement is not signed." };
    },

    /** Partner-of-record validation for many Partner IDs in one call. */
    async validateResellers(partnerIds: string[]): Promise<ValidateResellersResponse["validationResults"]> {
      const response = await send("/v1/partners/validateresellers", { method: "POST", body: { partnerIds } });
      return (await read(response, validateResellersResponse, "the partner-of-record validation")).validationResults;
    },

    /** Every customer, page by page (continuation tokens), so a large book never sits in memory at once. */
    customers(pageSize = 100): AsyncGenerator<PartnerCenterCustomer[]> {
      return pages(`/v1/customers?size=${pageSize}`, customerCollection, "the list of customers");
    },

    /** The indirect resellers linked to one customer. */
    customerRelationships(customerId: string): Promise<PartnerRelationship[]> {
      return all(pages(`/v1/customers/${encodeURIComponent(customerId)}/relationships`, relationshipCollection, "a customer's resellers"));
    },
  };
}

export type PartnerCenterClient = ReturnType<typeof createPartnerCenterClient>;

/** 1 s, 2 s, 4 s … with jitter, capped at 30 s. */
function backoff(attempt: number): number {
  const base = Math.min(30_000, 1000 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}

async function errorFrom(response: Response, requestId: string): Promise<PartnerCenterError> {
  const retryable = RETRYABLE_STATUSES.has(response.status);
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: the status says enough
  }
  const parsed = partnerCenterErrorBody.safeParse(body);
  if (response.status === 401) {
    return new PartnerCenterError("Partner Center did not accept the connection's credentials; reconnect the account.", 401, false, undefined, requestId);
  }
  const said = parsed.success ? ` ${parsed.data.description}` : "";
  const message = retryable
    ? `Partner Center is busy or unavailable (HTTP ${response.status}).${said}`
    : parsed.success
      ? parsed.data.description
      : `Partner Center refused the request (HTTP ${response.status}).`;
  return new PartnerCenterError(message, response.status, retryable, parsed.success ? parsed.data.code : undefined, requestId);
}
