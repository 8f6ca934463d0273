import { z } from "zod";
import { idSchema, trimmed } from "./fields";

export const invitationDecisionSchema = z.object({ invitationId: idSchema });

export const requestRelationshipEndSchema = z.object({
  relationshipId: idSchema,
  reason: trimmed("a reason for program support", 2000),
});
