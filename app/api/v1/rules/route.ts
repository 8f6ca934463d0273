// GET /api/v1/rules: the rule catalogue (id, title, summary, section, remedies).
import { RULES } from "@/lib/rules";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json({ rules: RULES });
}
