"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { acceptTeamInvitation } from "@/lib/data/team";
import type { PublicFormState } from "@/lib/validation/accounts";
import { joinFromMailedLink } from "../_components/join-from-link";

/**
 * Public: the mailed token is the proof. The invitee chooses a name and password; the account is made in the team
 * and they go on to sign in (and set up two-factor sign-in if the organization requires it).
 */
export async function joinTeamForm(previous: unknown, formData: FormData): Promise<PublicFormState> {
  return inRequestLanguage(await joinTeamFormInEnglish(previous, formData));
}

async function joinTeamFormInEnglish(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  return joinFromMailedLink(formData, acceptTeamInvitation);
}
