import { z } from "zod";
import { proposalSchema } from "@/lib/rules/schema";

/**
 * The public endpoints of /api/v1 (no token, no database work but the health check), in the OpenAPI document beside
 * the partner API so that every route file under app/api/v1 is documented. Their handlers live in their route files.
 */
export type PublicEndpoint = {
  operationId: string;
  method: "get" | "post";
  path: `/api/v1/${string}`;
  summary: string;
  description: string;
  body?: z.ZodType;
  example: { body?: unknown };
};

const anyJson = z.record(z.string(), z.unknown());

export const publicEndpoints = {
  evaluate: {
    operationId: "evaluate",
    method: "post",
    path: "/api/v1/evaluate",
    summary: "Evaluate a proposal against the program's rules",
    description: "Public. The verdict with each rule's finding; 400 with `fieldErrors` for an invalid proposal, 413 over 64 KB, 415 without JSON.",
    body: proposalSchema.meta({ id: "Proposal" }),
    example: {
      body: {
        action: "link-provider-reseller",
        on: "2020-05-12",
        actor: { type: "indirect-provider", country: "NL", partnerId: "1000001", onboarded: true, enrolled: true, mpaAcceptedOn: "2019-11-01" },
        counterparty: { type: "indirect-reseller", country: "DE", partnerId: "2000002", onboarded: true, enrolled: true, mpaAcceptedOn: "2019-12-01" },
      },
    },
  },
  proposalSchema: {
    operationId: "getProposalSchema",
    method: "get",
    path: "/api/v1/evaluate/schema",
    summary: "The JSON Schema of a proposal",
    description: "Public. Generated from the same zod schema the evaluate endpoint parses with.",
    example: {},
  },
  rules: {
    operationId: "listRules",
    method: "get",
    path: "/api/v1/rules",
    summary: "The rule catalogue and the program's dated versions",
    description: "Public.",
    example: {},
  },
  health: {
    operationId: "health",
    method: "get",
    path: "/api/v1/health",
    summary: "Health check",
    description: "Public. 200 when the app reaches its database, 503 with Retry-After when it cannot.",
    example: {},
  },
  openapi: {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    description: "Public. OpenAPI 3.1, generated from the zod schemas the routes parse with.",
    example: {},
  },
} as const satisfies Record<string, PublicEndpoint>;

export const publicResponse = anyJson;
