import { redirect } from "next/navigation";
import { getActor } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";

// The root sends each visitor where they belong: their role's home, or the sign-in page.
export default async function RootPage() {
  const actor = await getActor();
  redirect(actor ? homeOf(actor.audience) : "/sign-in");
}
