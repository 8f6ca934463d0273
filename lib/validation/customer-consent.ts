import { z } from "zod";
import { emailSchema } from "./auth";
import { checkbox, guidSchema, idSchema } from "./fields";

export const consentRequestSchema = z.object({
  kind: z.enum(["manage", "resell"], "Choose what you ask the customer for."),
  tenantId: guidSchema,
});

export const inviteCustomerAdminSchema = z.object({ customerId: idSchema, email: emailSchema });

export const consentDecisionSchema = z.object({ requestId: idSchema });

export const revokeGrantSchema = z.object({ grantId: idSchema });

export const customerTwoFactorSchema = z.object({ required: checkbox });

export const consentRequestListSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
