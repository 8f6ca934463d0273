import { z } from "zod";
import { idSchema, trimmed } from "./fields";

export const approveOnboardingSchema = z.object({ organizationId: idSchema });

export const rejectOnboardingSchema = z.object({
  organizationId: idSchema,
  reason: trimmed("a reason the partner can act on", 1000),
});
