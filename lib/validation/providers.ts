import { z } from "zod";
import { idSchema, trimmedLines } from "./fields";

export const invitationDecisionSchema = z.object({ invitationId: idSchema });

export const requestRelationshipEndSchema = z.object({
  relationshipId: idSchema,
  reason: trimmedLines("a reason for program support", 2000),
});

export const withdrawRelationshipEndSchema = z.object({ requestId: idSchema });
