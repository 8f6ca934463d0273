// POST /api/v1/evaluate: public; the verdict for a proposal. No database, no session.
import { handleEvaluate } from "./handler";

export function POST(request: Request): Promise<Response> {
  return handleEvaluate(request);
}
