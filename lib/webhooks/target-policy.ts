import ipaddr from "ipaddr.js";

/**
 * Where webhooks may be sent (no server-side request forgery through a webhook URL): in production only https; and,
 * unless `allowPrivate` (WEBHOOKS_ALLOW_PRIVATE_TARGETS=1, for development and tests), only public unicast
 * addresses: loopback, private (RFC 1918), link-local (169.254/16, where cloud metadata answers), unique-local IPv6,
 * carrier-grade NAT, multicast and reserved ranges are refused. IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export type TargetPolicy = { production: boolean; allowPrivate: boolean };

export const TARGET_REFUSED = {
  notUrl: "Enter the endpoint's full address, starting with https://.",
  scheme: "Webhook endpoints must use https://.",
  credentials: "Put no user name or password in the address; the signature authenticates each request.",
  private: "This address points to a private, loopback or link-local network, which webhooks cannot reach.",
  unresolved: "This host name does not resolve to an address.",
} as const;

/** Checks what the URL itself says; null when fine, else the reason (one of TARGET_REFUSED). */
export function urlRefusal(raw: string, policy: TargetPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return TARGET_REFUSED.notUrl;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return TARGET_REFUSED.notUrl;
  if (url.protocol === "http:" && policy.production && !policy.allowPrivate) return TARGET_REFUSED.scheme;
  if (url.username || url.password) return TARGET_REFUSED.credentials;
  if (!url.hostname) return TARGET_REFUSED.notUrl;
  // An address written in the URL is judged at once; a host name once it resolves.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(literal) && !addressAllowed(literal, policy)) return TARGET_REFUSED.private;
  return null;
}

/** Whether the policy lets a request go to this IP address. */
export function addressAllowed(address: string, policy: TargetPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  if (policy.allowPrivate) return true;
  return ipaddr.process(address).range() === "unicast";
}
