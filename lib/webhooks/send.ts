import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { addressAllowed, TARGET_REFUSED, urlRefusal, type TargetPolicy } from "./target-policy";

/** A refusal of the target itself (its scheme or where it resolves): said to the admin, never retried differently. */
export class TargetRefused extends Error {}

/**
 * Resolves a host name and refuses it when any of its addresses is one the policy forbids (a name with one public and
 * one private address is refused: the connection could pick either).
 */
export async function resolveTarget(hostname: string, policy: TargetPolicy): Promise<LookupAddress[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  const addresses = ipaddr.isValid(bare)
    ? [{ address: bare, family: bare.includes(":") ? 6 : 4 }]
    : await withTimeout(dnsLookup(bare, { all: true, verbatim: true }), DNS_TIMEOUT_MS).catch(() => []);
  if (addresses.length === 0) throw new TargetRefused(TARGET_REFUSED.unresolved);
  if (addresses.some((entry) => !addressAllowed(entry.address, policy))) throw new TargetRefused(TARGET_REFUSED.private);
  return addresses;
}

const DNS_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("DNS lookup timed out")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Checks a URL as registration does: what it says, then where its host resolves now. Throws TargetRefused. */
export async function checkTarget(url: string, policy: TargetPolicy): Promise<void> {
  const refusal = urlRefusal(url, policy);
  if (refusal) throw new TargetRefused(refusal);
  await resolveTarget(new URL(url).hostname, policy);
}

export const RESPONSE_KEPT_CHARS = 1000;

export type SendOutcome =
  | { kind: "answered"; status: number; body: string; durationMs: number }
  | { kind: "no-answer"; error: string; durationMs: number; refused: boolean };

/**
 * POSTs one signed body. The connection goes to the addresses checked here, at delivery time (the socket's own
 * lookup is this check, so a name that changes between check and connect cannot slip through). Redirects are not
 * followed (a 3xx is an answer that is not a success), and the whole exchange is cut after `timeoutMs`. Only the start
 * of the answer is kept.
 */
export async function sendWebhook(input: { url: string; body: string; headers: Record<string, string>; timeoutMs: number; policy: TargetPolicy }): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refusal = urlRefusal(input.url, input.policy);
  if (refusal) return { kind: "no-answer", error: refusal, durationMs: 0, refused: true };
  const url = new URL(input.url);
  try {
    // Resolve and check first, so a refused target is told as such rather than as a connection error.
    const addresses = await resolveTarget(url.hostname, input.policy);
    const pinned = (_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (options?.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    };
    const { status, body } = await post(url, input, pinned);
    return { kind: "answered", status, body, durationMs: elapsed() };
  } catch (error) {
    const refused = error instanceof TargetRefused;
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "no-answer", error: describeNetworkError(message, input.timeoutMs), durationMs: elapsed(), refused };
  }
}

function describeNetworkError(message: string, timeoutMs: number): string {
  if (/aborted|timeout/i.test(message)) return `No answer within ${timeoutMs / 1000} seconds.`;
  return message.slice(0, 500);
}

function post(url: URL, input: { body: string; headers: Record<string, string>; timeoutMs: number }, lookup: unknown): Promise<{ status: number; body: string }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "CSP-Partner-Hub-Webhooks/1", ...input.headers, "content-length": Buffer.byteLength(input.body) },
        lookup: lookup as never,
        signal: AbortSignal.timeout(input.timeoutMs),
      },
      (response) => {
        let kept = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (kept.length < RESPONSE_KEPT_CHARS) kept += chunk;
          if (kept.length >= RESPONSE_KEPT_CHARS) {
            // Enough to show; the rest is not read.
            response.destroy();
            resolve({ status: response.statusCode ?? 0, body: kept.slice(0, RESPONSE_KEPT_CHARS) });
          }
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: kept.slice(0, RESPONSE_KEPT_CHARS) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(input.body);
  });
}
