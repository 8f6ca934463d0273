// Request -> Response for POST /api/v1/evaluate, with web types only so Vitest can call it directly.
// Expected failures (content type, JSON, validation) are answered with 4xx; nothing the client sends gives a 500.
// The verdict's titles, explanations and remedies follow `Accept-Language` (English or Dutch); error messages stay English.
import { z } from "zod";
import { evaluate } from "@/lib/rules";
import { proposalSchema } from "@/lib/rules/schema";
import { isJsonContentType, readBodyUpTo } from "@/lib/http/read-body";
import { defaultLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

/** Proposals are small; a cap keeps a public endpoint from parsing huge bodies. */
const MAX_BODY_BYTES = 64 * 1024;

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });
}

export async function handleEvaluate(request: Request): Promise<Response> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return json({ error: "Send the proposal as JSON (Content-Type: application/json).", fieldErrors: {} }, 415);
  }
  const text = await readBodyUpTo(request, MAX_BODY_BYTES);
  if (text === null) return json({ error: `The body is larger than ${MAX_BODY_BYTES} bytes.`, fieldErrors: {} }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: "The body is not valid JSON.", fieldErrors: {} }, 400);
  }
  const parsed = proposalSchema.safeParse(body);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return json({ error: "The proposal is not valid.", formErrors, fieldErrors }, 400);
  }
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language")) ?? defaultLocale;
  return json(evaluate(parsed.data, locale), 200);
}
