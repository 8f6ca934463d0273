// GET /api/v1/evaluate/schema: the JSON Schema of a proposal, generated from the zod schema.
import { proposalJsonSchema } from "@/lib/rules/schema";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(proposalJsonSchema(), { headers: { "content-type": "application/schema+json; charset=utf-8" } });
}
