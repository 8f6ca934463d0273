import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Audience } from "@/lib/navigation";
import { getActor, type Actor } from "./actor";

/** For pages: the signed-in actor, or a redirect to sign-in; a page outside the actor's audiences answers "not found". */
export async function requireActor(audiences?: Audience[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (audiences && !audiences.includes(actor.audience)) notFound();
  return actor;
}
