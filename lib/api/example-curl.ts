import type { ApiEndpoint } from "./endpoints";

/** The endpoint's example request as a curl command, for the reference page and docs/api.md. */
export function exampleCurl(endpoint: ApiEndpoint, origin = "https://hub.example.com"): string {
  const { params = {}, query = {}, body } = endpoint.example;
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams(query).toString();
  const lines = [`curl${endpoint.method === "get" ? "" : ` -X ${endpoint.method.toUpperCase()}`} '${origin}${path}${search ? `?${search}` : ""}'`, `  -H "Authorization: Bearer $CSP_TOKEN"`];
  if (body !== undefined) lines.push(`  -H 'Content-Type: application/json'`, `  -d '${JSON.stringify(body)}'`);
  return lines.join(" \\\n");
}
