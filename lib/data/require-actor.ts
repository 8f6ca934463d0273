import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Capability } from "@/lib/permissions";
import { ANY_PENDING_STEP, getActorAllowing, isLetThrough, pendingStepOf, type Actor, type PendingSteps } from "./actor";

export const TWO_FACTOR_SETUP_PATH = "/settings/two-factor";
export const VERIFY_EMAIL_PATH = "/verify-email";

/**
 * For pages: the actor through the gate (see getActor), or a redirect: to sign-in when signed out, to the page for the
 * step they still owe (prove the email address, then set up two-factor sign-in) unless this page is one that helps
 * with it and says so in `allowed`. A page for a capability the actor lacks (lib/permissions.ts) answers "not found".
 */
export async function requireActor(capability?: Capability, allowed: PendingSteps = {}): Promise<Actor> {
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  if (!actor) redirect("/sign-in");
  if (!isLetThrough(actor, allowed)) redirect(pendingStepOf(actor) === "verify-email" ? VERIFY_EMAIL_PATH : TWO_FACTOR_SETUP_PATH);
  if (capability && !can(actor, capability)) notFound();
  return actor;
}
