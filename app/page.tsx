import { redirect } from "next/navigation";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { homeOf } from "@/lib/navigation";

// The root sends each visitor where they belong: their role's home (whose page sends a user who still owes a step,
// such as proving the email address, to take it), or the sign-in page.
export default async function RootPage() {
  const actor = await getActorAllowing(ANY_PENDING_STEP);
  redirect(actor ? homeOf(actor) : "/sign-in");
}
