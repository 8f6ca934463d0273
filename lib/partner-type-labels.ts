import type { PartnerType } from "@/lib/rules";

/** Partner types as people read them. */
export const partnerTypeLabel: Record<PartnerType, string> = {
  "indirect-provider": "Indirect provider",
  "indirect-reseller": "Indirect reseller",
  "direct-bill": "Direct-bill partner",
};
