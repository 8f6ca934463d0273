import "server-only";
import { readSession } from "./read-session";

/** The id of the browser session making this request (recorded at sign-in), or null. */
export async function currentSessionId(): Promise<string | null> {
  return (await readSession())?.sessionId ?? null;
}
