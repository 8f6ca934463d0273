// Security headers, in plain JavaScript so that next.config.js can load them too. Unit-tested in headers.test.ts.

/**
 * The Content-Security-Policy of a page. Scripts run only with this request's nonce (Next puts it on its own scripts)
 * and what they load ('strict-dynamic'); no inline script without it. Styles allow 'unsafe-inline': React renders
 * style attributes, and styles cannot run code. Development adds 'unsafe-eval', which React's dev tools need.
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 */
export function contentSecurityPolicy(nonce, { development = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers for every response, static files included (next.config.js `headers()`).
 * @param {{ production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function staticSecurityHeaders({ production }) {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Only in production: on a development machine HSTS would pin localhost to https for a year.
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** A fresh, unguessable nonce per request (128 random bits, base64). */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
