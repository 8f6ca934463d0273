// GET /api/v1/health: 200 when the app can reach its database, 503 (with Retry-After) when it cannot.
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store", ...(database ? {} : { "retry-after": "5" }) } },
  );
}
