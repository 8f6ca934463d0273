import { createDocument } from "zod-openapi";
import { apiScopes, type ApiScope } from "@/lib/permissions";
import { apiErrorSchema, endpoints, type ApiEndpoint } from "./endpoints";
import { scopeDescriptions } from "./scopes";
import { publicEndpoints, publicResponse, type PublicEndpoint } from "./public-endpoints";

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: apiErrorSchema } } });

function operation(endpoint: ApiEndpoint) {
  const { example } = endpoint;
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: [endpoint.description, `Scope: \`${endpoint.scope}\`.`].filter(Boolean).join("\n\n"),
    tags: [endpoint.path.split("/")[3]!],
    security: [{ bearerToken: [endpoint.scope] }],
    requestParams: { ...(endpoint.params ? { path: endpoint.params } : {}), ...(endpoint.query ? { query: endpoint.query } : {}) },
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: endpoint.body, example: example.body } } } } : {}),
    // The example request, whole, for readers and for the test that validates it against the schemas.
    "x-example-request": example,
    responses: {
      [String(endpoint.status)]: { description: "Success", content: { "application/json": { schema: endpoint.response } } },
      "400": errorResponse("The input is not valid (fieldErrors names each problem)."),
      "401": errorResponse("No token, or an unknown, expired or revoked one."),
      "403": errorResponse("The token's scopes, or its organization's type, do not allow this."),
      ...(endpoint.params ? { "404": errorResponse("No such record, or another organization's.") } : {}),
      ...(endpoint.body ? { "413": errorResponse("The body is too large."), "415": errorResponse("The body is not JSON.") } : {}),
      "422": errorResponse("Refused by a rule or the record's state."),
      "429": { ...errorResponse("Too many requests for this token; wait `Retry-After` seconds."), headers: { "Retry-After": { schema: { type: "integer" as const } } } },
    },
  };
}

function publicOperation(endpoint: PublicEndpoint) {
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    tags: ["public"],
    security: [],
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: endpoint.body, example: endpoint.example.body } } } } : {}),
    "x-example-request": endpoint.example,
    responses: {
      "200": { description: "Success", content: { "application/json": { schema: publicResponse } } },
      ...(endpoint.body ? { "400": errorResponse("The proposal is not valid."), "413": errorResponse("Over 64 KB."), "415": errorResponse("Not JSON.") } : {}),
    },
  };
}

/** The OpenAPI 3.1 document of the partner API, generated from the zod schemas the routes parse with. */
export function openApiDocument() {
  const paths: Record<string, Record<string, ReturnType<typeof operation> | ReturnType<typeof publicOperation>>> = {};
  for (const endpoint of Object.values(endpoints) as ApiEndpoint[]) {
    (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  }
  for (const endpoint of Object.values(publicEndpoints) as PublicEndpoint[]) {
    (paths[endpoint.path] ??= {})[endpoint.method] = publicOperation(endpoint);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "CSP Partner Hub partner API",
      version: "1.0.0",
      description:
        "Read and act on what the Partner Hub knows, as your organization: create a token in Settings → API tokens (admins), " +
        "send it as `Authorization: Bearer csp_…`. A token can do what an admin of its organization can, limited to its scopes. " +
        "Lists page with `limit` and an opaque `cursor` (`nextCursor` of the previous page). Each token may make a limited number " +
        "of requests a minute; over it, 429 with `Retry-After`.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: `A partner API token (csp_…). Scopes: ${Object.keys(apiScopes).map((scope) => `\`${scope}\` ${scopeDescriptions[scope as ApiScope]}`).join(" ")}`,
        },
      },
    },
    paths,
  });
}
