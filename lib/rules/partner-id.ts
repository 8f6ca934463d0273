// Partner ID (formerly MPN ID) syntax. Documented examples have 6 or 7 digits; we accept 6 to 10 digits so that
// longer IDs Partner Center may issue later still pass, while typos such as a missing digit or letters do not.
export const PARTNER_ID_PATTERN = /^\d{6,10}$/;

export type PartnerIdResult = { ok: true; partnerId: string } | { ok: false; message: string };

/** Trims surrounding spaces, then accepts 6 to 10 digits only. */
export function parsePartnerId(raw: string): PartnerIdResult {
  const value = raw.trim();
  if (value === "") return { ok: false, message: "Enter a Partner ID." };
  // A Partner ID read aloud or copied from a PDF often carries the letter O for a zero: say so rather than "digits only".
  if (/[Oo]/.test(value) && /^[\dOo]+$/.test(value)) return { ok: false, message: "A Partner ID has digits only: the letter O is not a zero." };
  if (!/^\d+$/.test(value)) return { ok: false, message: "A Partner ID has digits only." };
  if (!PARTNER_ID_PATTERN.test(value)) return { ok: false, message: "A Partner ID has 6 to 10 digits." };
  return { ok: true, partnerId: value };
}
