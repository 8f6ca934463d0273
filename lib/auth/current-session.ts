import "server-only";
import { auth } from "@/auth";

/** The id of the browser session making this request (recorded at sign-in), or null. */
export async function currentSessionId(): Promise<string | null> {
  return (await auth())?.sessionId ?? null;
}
