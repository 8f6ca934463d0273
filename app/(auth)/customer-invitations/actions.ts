"use server";

import { inRequestLanguage } from "@/lib/actions/request-language";
import { joinAsCustomerAdmin } from "@/lib/data/customer-admins";
import type { PublicFormState } from "@/lib/validation/accounts";
import { joinFromMailedLink } from "../_components/join-from-link";

/**
 * Public: the mailed token is the proof. The customer's admin chooses a name and password, which proves the address;
 * then they sign in (and set up two-factor sign-in if their customer requires it).
 */
export async function joinCustomerForm(previous: unknown, formData: FormData): Promise<PublicFormState> {
  return inRequestLanguage(await joinCustomerFormInEnglish(previous, formData));
}

async function joinCustomerFormInEnglish(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  return joinFromMailedLink(formData, joinAsCustomerAdmin);
}
