import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Audience } from "@/lib/navigation";
import { getActor, type Actor } from "./actor";

export const TWO_FACTOR_SETUP_PATH = "/settings/two-factor";

/**
 * For pages: the signed-in actor, or a redirect to sign-in; a page outside the actor's audiences answers "not found".
 * A user whose organization requires two-factor sign-in and who has not set it up is sent to set it up first (only
 * the pages that help with that pass `beforeTwoFactor`).
 */
export async function requireActor(audiences?: Audience[], options: { beforeTwoFactor?: boolean; beforeEmailVerified?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (actor.mustEnrolTwoFactor && !options.beforeTwoFactor) redirect(TWO_FACTOR_SETUP_PATH);
  if (audiences && !audiences.includes(actor.audience)) notFound();
  return actor;
}
