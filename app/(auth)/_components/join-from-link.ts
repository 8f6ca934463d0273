import { redirect } from "next/navigation";
import { z } from "zod";
import { NOT_A_FORM } from "@/lib/errors";
import type { ActionResult } from "@/lib/result";
import { joinTeamSchema, type PublicFormState } from "@/lib/validation/accounts";

type Join = (token: string, name: string, password: string) => Promise<ActionResult<{ email: string }>>;

/**
 * The shared body of the "join from a mailed link" actions: the token is the proof, the form gives a name and a
 * password; a refusal keeps the name, success sends the new user to sign in.
 */
export async function joinFromMailedLink(formData: FormData, join: Join): Promise<PublicFormState> {
  if (!(formData instanceof FormData)) return { ok: false, error: NOT_A_FORM };
  const raw = Object.fromEntries(formData);
  const values = { name: String(raw.name ?? "").slice(0, 100) };
  const parsed = joinTeamSchema.safeParse(raw);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return { ok: false, error: "This invitation link is not valid. Check that you copied all of it." };
    return { ok: false, error: formErrors[0] ?? "Some fields need attention.", fieldErrors, values };
  }
  const result = await join(parsed.data.token, parsed.data.name, parsed.data.newPassword);
  if (!result.ok) return { ...result, values };
  redirect("/sign-in?joined=1");
}
