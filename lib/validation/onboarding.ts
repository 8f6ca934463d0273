import { z } from "zod";
import { idSchema, trimmedLines } from "./fields";

export const approveOnboardingSchema = z.object({ organizationId: idSchema });

export const rejectOnboardingSchema = z.object({
  organizationId: idSchema,
  reason: trimmedLines("a reason the partner can act on", 1000),
});
