import { getActor } from "@/lib/data/actor";
import { completePartnerCenterSignIn } from "@/lib/data/partner-center";
import { appUrl } from "@/lib/env";
import { Refusal } from "@/lib/errors";

const SETTINGS = "/settings/partner-center";

/**
 * Where Microsoft (or the simulator) sends the admin back after signing in to Partner Center. Through the one gate:
 * only the admin who started the sign-in completes it (the signed state names them).
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.redirect(`${appUrl()}/sign-in?callbackUrl=${encodeURIComponent(SETTINGS)}`, 303);
  const params = new URL(request.url).searchParams;
  const back = (outcome: Record<string, string>) => Response.redirect(`${appUrl()}${SETTINGS}?${new URLSearchParams(outcome)}`, 303);
  const code = params.get("code");
  const state = params.get("state");
  if (params.get("error") || !code || !state) return back({ error: "Partner Center sign-in was cancelled or refused." });
  try {
    await completePartnerCenterSignIn(actor, { code, state, redirectUri: `${appUrl()}/api/partner-center/callback` });
    return back({ connected: "1" });
  } catch (error) {
    if (error instanceof Refusal) return back({ error: error.message });
    console.error("Partner Center sign-in failed:", error);
    return back({ error: "Partner Center did not complete the sign-in. Try again in a moment." });
  }
}
