import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Audience } from "@/lib/navigation";
import { ANY_PENDING_STEP, getActorAllowing, isLetThrough, pendingStepOf, type Actor, type PendingSteps } from "./actor";

export const TWO_FACTOR_SETUP_PATH = "/settings/two-factor";
export const VERIFY_EMAIL_PATH = "/verify-email";

/**
 * For pages: the actor through the gate (see getActor), or a redirect: to sign-in when signed out, to the page for the
 * step they still owe (prove the email address, then set up two-factor sign-in) unless this page is one that helps
 * with it and says so in `allowed`. A page outside the actor's audiences answers "not found".
 */
export async function requireActor(audiences?: Audience[], allowed: PendingSteps = {}): Promise<Actor> {
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (!actor) redirect("/sign-in");
  if (!isLetThrough(actor, allowed)) redirect(pendingStepOf(actor) === "verify-email" ? VERIFY_EMAIL_PATH : TWO_FACTOR_SETUP_PATH);
  if (audiences && !audiences.includes(actor.audience)) notFound();
  return actor;
}
