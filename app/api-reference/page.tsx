import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { PublicHeader } from "@/components/public-header";
import { openApiDocument } from "@/lib/api/openapi";
import { exampleCurl } from "@/lib/api/example-curl";
import { endpoints, type ApiEndpoint } from "@/lib/api/endpoints";
import { scopeDescriptions } from "@/lib/api/scopes";
import { apiScopeNames } from "@/lib/permissions";
import { publicEndpoints, type PublicEndpoint } from "@/lib/api/public-endpoints";

export const metadata: Metadata = { title: "Partner API reference" };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: string[]; default?: unknown } };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { description: string }> };

/**
 * The partner API's reference, rendered on the server from the OpenAPI document (no script, nothing fetched from a
 * CDN, so it works offline and under the strict Content-Security-Policy). The machine-readable document is at
 * /api/v1/openapi.json.
 */
export default async function ApiReferencePage() {
  const actor = await getActor();
  const document = openApiDocument();
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  return (
    <>
      <PublicHeader home={actor ? { href: homeOf(actor), label: "Back to your dashboard" } : { href: "/sign-in", label: "Sign in" }} />
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold">{document.info.title}</h1>
          <p className="text-slate-600">{document.info.description}</p>
          <p className="text-sm">
            OpenAPI 3.1: <a href="/api/v1/openapi.json" className="text-brand-700 underline">/api/v1/openapi.json</a>. Admins make tokens in{" "}
            <Link href="/settings/api-tokens" className="text-brand-700 underline">Settings → API tokens</Link>.
          </p>
        </div>
        <section aria-labelledby="scopes-heading" className="card space-y-2">
          <h2 id="scopes-heading" className="text-lg font-medium">Scopes</h2>
          <ul className="space-y-1 text-sm">
            {apiScopeNames.map((scope) => (
              <li key={scope}>
                <code className="font-mono">{scope}</code> — {scopeDescriptions[scope]}
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">
            Errors answer <code className="font-mono">{`{ "error": "…", "code": "…", "fieldErrors": {} }`}</code> with 400, 401, 403, 404,
            413, 415, 422 or 429 (with <code className="font-mono">Retry-After</code>).
          </p>
        </section>
        {(Object.values(endpoints) as ApiEndpoint[]).map((endpoint) => {
          const operation = (document.paths?.[endpoint.path] as Record<string, Operation> | undefined)?.[endpoint.method];
          return (
            <section key={endpoint.operationId} id={endpoint.operationId} aria-labelledby={`${endpoint.operationId}-heading`} className="card space-y-3">
              <h2 id={`${endpoint.operationId}-heading`} className="font-mono text-base font-semibold break-all">
                {endpoint.method.toUpperCase()} {endpoint.path}
              </h2>
              <p className="text-sm">
                {endpoint.summary}. {endpoint.description} Scope <code className="font-mono">{endpoint.scope}</code>.
              </p>
              {operation?.parameters?.length ? (
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">Parameters</caption>
                    <thead>
                      <tr className="text-slate-600">
                        <th scope="col" className="pr-3">Parameter</th>
                        <th scope="col" className="pr-3">In</th>
                        <th scope="col">Meaning</th>
                      </tr>
                    </thead>
                    <tbody>
                      {operation.parameters.map((parameter) => (
                        <tr key={`${parameter.in}-${parameter.name}`} className="align-top">
                          <td className="pr-3 font-mono">{parameter.name}{parameter.required ? " *" : ""}</td>
                          <td className="pr-3">{parameter.in}</td>
                          <td>
                            {parameter.description}
                            {parameter.schema?.enum && <span className="text-slate-600"> One of {parameter.schema.enum.join(", ")}.</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              {operation?.requestBody && (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">Request body schema</summary>
                  <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(resolve(operation.requestBody.content["application/json"]?.schema, schemas), null, 2)}</pre>
                </details>
              )}
              <div>
                <p className="text-sm font-medium">Example</p>
                <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-3 text-xs" data-testid="example-request">{exampleCurl(endpoint)}</pre>
              </div>
              <p className="text-sm text-slate-600">
                Answers: {Object.entries(operation?.responses ?? {}).map(([status, response]) => `${status} ${response.description}`).join(" · ")}
              </p>
            </section>
          );
        })}
        <section aria-labelledby="public-heading" className="card space-y-2">
          <h2 id="public-heading" className="text-lg font-medium">Public endpoints (no token)</h2>
          <ul className="space-y-1 text-sm">
            {(Object.values(publicEndpoints) as PublicEndpoint[]).map((endpoint) => (
              <li key={endpoint.operationId}>
                <code className="font-mono break-all">{endpoint.method.toUpperCase()} {endpoint.path}</code> — {endpoint.summary}. {endpoint.description}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}

/** A schema with its `$ref` to a component replaced by the component, one level deep, for reading. */
function resolve(schema: unknown, schemas: Record<string, unknown>): unknown {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref ? schemas[ref.replace("#/components/schemas/", "")] : schema;
}
