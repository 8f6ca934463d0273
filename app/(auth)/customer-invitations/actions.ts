"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { NOT_A_FORM } from "@/lib/errors";
import { joinAsCustomerAdmin } from "@/lib/data/customer-admins";
import { joinTeamSchema, type PublicFormState } from "@/lib/validation/accounts";

/**
 * Public: the mailed token is the proof. The customer's admin chooses a name and password, which proves the address;
 * then they sign in (and set up two-factor sign-in if their customer requires it).
 */
export async function joinCustomerForm(_previous: unknown, formData: FormData): Promise<PublicFormState> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const raw = Object.fromEntries(formData);
  const values = { name: String(raw.name ?? "").slice(0, 100) };
  const parsed = joinTeamSchema.safeParse(raw);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return { ok: false, error: "This invitation link is not valid. Check that you copied all of it." };
    return { ok: false, error: formErrors[0] ?? "Some fields need attention.", fieldErrors, values };
  }
  const result = await joinAsCustomerAdmin(parsed.data.token, parsed.data.name, parsed.data.newPassword);
  if (!result.ok) return { ...result, values };
  redirect("/sign-in?joined=1");
}
