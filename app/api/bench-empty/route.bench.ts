// Bench-only (built only with BENCH_ROUTES=1, see next.config.js): the floor for a POST route; reads the body like a
// real route would, answers a tiny JSON.
export async function POST(request: Request): Promise<Response> {
  await request.text();
  return Response.json({ ok: true });
}
