import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getActor } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";
import { PublicHeader } from "@/components/public-header";
import { openApiDocument } from "@/lib/api/openapi";
import { exampleCurl } from "@/lib/api/example-curl";
import { endpoints, type ApiEndpoint } from "@/lib/api/endpoints";
import { scopeKey } from "@/app/(app)/settings/api-tokens/scope-key";
import { apiScopeNames } from "@/lib/permissions";
import { publicEndpoints, type PublicEndpoint } from "@/lib/api/public-endpoints";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiReference"))("metaTitle") };
}

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: string[]; default?: unknown } };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { description: string }> };

/**
 * The partner API's reference, rendered on the server from the OpenAPI document (no script, nothing fetched from a
 * CDN, so it works offline and under the strict Content-Security-Policy). The machine-readable document is at
 * /api/v1/openapi.json. The page's own words follow the reader's language; what comes from the OpenAPI document
 * (endpoint summaries, parameter and answer descriptions) is the API's contract and stays in English, like its errors.
 */
export default async function ApiReferencePage() {
  const actor = await getActor();
  const document = openApiDocument();
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const t = await getTranslations("apiReference");
  const scopes = await getTranslations("apiTokens.scope");
  const code = (chunks: React.ReactNode) => <code className="font-mono">{chunks}</code>;
  const home = actor ? { href: homeOf(actor), label: t("backToDashboard") } : { href: "/sign-in", label: t("signIn") };
  const openApi = t.rich("openApi", {
    path: "/api/v1/openapi.json",
    document: (chunks) => (
      <a href="/api/v1/openapi.json" className="text-brand-700 underline">
        {chunks}
      </a>
    ),
    tokens: (chunks) => (
      <Link href="/settings/api-tokens" className="text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  const scopeLine = (scope: (typeof apiScopeNames)[number]) => t.rich("scope", { scope, description: scopes(scopeKey[scope]), code });
  const errors = t.rich("errors", { body: `{ "error": "…", "code": "…", "fieldErrors": {} }`, header: "Retry-After", code });
  const endpointLine = (endpoint: ApiEndpoint) => t.rich("endpoint", { summary: endpoint.summary, description: endpoint.description ?? "", scope: endpoint.scope, code });
  const publicLine = (endpoint: PublicEndpoint) =>
    t.rich("publicEndpoint", {
      request: `${endpoint.method.toUpperCase()} ${endpoint.path}`,
      summary: endpoint.summary,
      description: endpoint.description,
      code: (chunks) => <code className="font-mono break-all">{chunks}</code>,
    });
  return (
    <>
      <PublicHeader home={home} />
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold">{document.info.title}</h1>
          <p className="text-slate-600">{document.info.description}</p>
          <p className="text-sm">
            {openApi}
          </p>
        </div>
        <section aria-labelledby="scopes-heading" className="card space-y-2">
          <h2 id="scopes-heading" className="text-lg font-medium">{t("scopes")}</h2>
          <ul className="space-y-1 text-sm">
            {apiScopeNames.map((scope) => (
              <li key={scope}>
                {scopeLine(scope)}
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">
            {errors}
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
                {endpointLine(endpoint)}
              </p>
              {operation?.parameters?.length ? (
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">{t("parameters")}</caption>
                    <thead>
                      <tr className="text-slate-600">
                        <th scope="col" className="pr-3">
                          {t("parameter")}
                        </th>
                        <th scope="col" className="pr-3">
                          {t("in")}
                        </th>
                        <th scope="col">{t("meaning")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {operation.parameters.map((parameter) => (
                        <tr key={`${parameter.in}-${parameter.name}`} className="align-top">
                          <td className="pr-3 font-mono">{parameter.name}{parameter.required ? " *" : ""}</td>
                          <td className="pr-3">{parameter.in}</td>
                          <td>
                            {parameter.description}
                            {parameter.schema?.enum && <span className="text-slate-600"> {t("oneOf", { values: parameter.schema.enum.join(", ") })}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              {operation?.requestBody && (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">{t("requestBody")}</summary>
                  <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(resolve(operation.requestBody.content["application/json"]?.schema, schemas), null, 2)}</pre>
                </details>
              )}
              <div>
                <p className="text-sm font-medium">{t("example")}</p>
                <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-3 text-xs" data-testid="example-request">{exampleCurl(endpoint)}</pre>
              </div>
              <p className="text-sm text-slate-600">
                {t("answers", { answers: Object.entries(operation?.responses ?? {}).map(([status, response]) => `${status} ${response.description}`).join(" · ") })}
              </p>
            </section>
          );
        })}
        <section aria-labelledby="public-heading" className="card space-y-2">
          <h2 id="public-heading" className="text-lg font-medium">{t("publicEndpoints")}</h2>
          <ul className="space-y-1 text-sm">
            {(Object.values(publicEndpoints) as PublicEndpoint[]).map((endpoint) => (
              <li key={endpoint.operationId}>
                {publicLine(endpoint)}
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
