import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/errors";

/**
 * Wraps a route handler so that a failure is a JSON answer, never an HTML 500 page: 503 with Retry-After while the
 * database is unreachable, 500 with a generic message (details in the server log) otherwise.
 */
export function withRouteErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        return Response.json({ error: "The database is not available right now. Try again in a moment." }, { status: 503, headers: { "retry-after": "5" } });
      }
      console.error(error);
      return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
