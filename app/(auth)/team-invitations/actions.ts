"use server";

import { acceptTeamInvitation } from "@/lib/data/team";
import type { PublicFormState } from "@/lib/validation/accounts";
import { joinFromMailedLink } from "../_components/join-from-link";

/**
 * Public: the mailed token is the proof. The invitee chooses a name and password; the account is made in the team
 * and they go on to sign in (and set up two-factor sign-in if the organization requires it).
 */
export async function joinTeamForm(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  return joinFromMailedLink(formData, acceptTeamInvitation);
}
