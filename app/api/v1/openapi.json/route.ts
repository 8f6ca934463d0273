// GET /api/v1/openapi.json: the partner API's OpenAPI 3.1 document, generated from its zod schemas. Public.
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument());
}
