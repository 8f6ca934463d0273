// The OpenAPI document covers every route file under app/api/v1, and every example request validates against the
// schemas the route parses with.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { endpoints, type ApiEndpoint } from "./endpoints";
import { publicEndpoints, type PublicEndpoint } from "./public-endpoints";
import { scopesGrant } from "@/lib/permissions";
import { proposalSchema } from "@/lib/rules/schema";

const root = path.join(process.cwd(), "app/api/v1");

/** Every route file and the methods it exports, as OpenAPI paths (`[id]` becomes `{id}`). */
function routeFiles(): { path: string; methods: string[]; file: string }[] {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => /(^|\/)route\.ts$/.test(file));
  return files.map((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const methods = [...source.matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!.toLowerCase());
    const folder = path.dirname(file) === "." ? "" : `/${path.dirname(file).split(path.sep).join("/")}`;
    return { file, methods, path: `/api/v1${folder}`.replace(/\[(\w+)\]/g, "{$1}") };
  });
}

const document = openApiDocument();
type Operation = { "x-example-request"?: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }; security?: unknown[] };

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a bearer security scheme", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components?.securitySchemes?.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents every route file under app/api/v1, each exported method, and nothing else", () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const documented = Object.entries(document.paths ?? {}).flatMap(([route, item]) => Object.keys(item ?? {}).map((method) => `${method} ${route}`));
    const inFiles = routes.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`));
    expect(inFiles.every((entry) => /^(get|post|delete|put|patch) \//.test(entry))).toBe(true);
    expect([...documented].sort()).toEqual([...inFiles].sort());
  });

  it("gives every operation an example request that validates against its schemas", () => {
    for (const endpoint of Object.values(endpoints) as ApiEndpoint[]) {
      const operation = (document.paths?.[endpoint.path] as Record<string, Operation>)[endpoint.method]!;
      const example = operation["x-example-request"]!;
      expect(example, endpoint.operationId).toBeDefined();
      if (endpoint.params) expect(endpoint.params.safeParse(example.params).success, `${endpoint.operationId} params`).toBe(true);
      else expect(example.params, endpoint.operationId).toBeUndefined();
      if (endpoint.query) expect(endpoint.query.safeParse(example.query ?? {}).error, `${endpoint.operationId} query`).toBeUndefined();
      else expect(example.query, endpoint.operationId).toBeUndefined();
      if (endpoint.body) expect(endpoint.body.safeParse(example.body).error, `${endpoint.operationId} body`).toBeUndefined();
      else expect(example.body, endpoint.operationId).toBeUndefined();
      expect(operation.security).toEqual([{ bearerToken: [endpoint.scope] }]);
    }
    for (const endpoint of Object.values(publicEndpoints) as PublicEndpoint[]) {
      const operation = (document.paths?.[endpoint.path] as Record<string, Operation>)[endpoint.method]!;
      expect(operation["x-example-request"], endpoint.operationId).toBeDefined();
      expect(operation.security).toEqual([]);
      if (endpoint.body) expect(proposalSchema.safeParse(operation["x-example-request"]!.body).error).toBeUndefined();
    }
  });

  it("an endpoint's scope grants the capability it checks, so the table and the scopes agree", () => {
    for (const endpoint of Object.values(endpoints) as ApiEndpoint[]) expect(scopesGrant([endpoint.scope], endpoint.capability), endpoint.operationId).toBe(true);
  });

  it("an example that breaks its schema would be caught", () => {
    expect(endpoints.createInvitation.body.safeParse({ partnerId: "12" }).success).toBe(false);
    expect(endpoints.listResellers.query.safeParse({ limit: "1000" }).success).toBe(false);
  });
});
