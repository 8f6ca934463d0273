import { z } from "zod";
import { guidSchema, idSchema, trimmed } from "./fields";

const GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The purchase being considered, as the page's query string carries it. */
export const ownUseChoiceSchema = z.object({
  deliverTo: z.union([z.literal("csp"), idSchema]),
  seller: z.string().regex(new RegExp(`^${GUID}(:${GUID})?$`, "i")),
});

export const registerOwnUseTenantSchema = z.object({
  name: trimmed("a name for the tenant", 200),
  tenantId: guidSchema,
});

/** An order request to another partner; nothing is bought until the seller accepts. */
export const requestOwnUseOrderSchema = z.object({
  /** A registered internal-use tenant (its row id), or "csp" for the organization's CSP tenant. */
  deliverTo: z.union([z.literal("csp"), idSchema], "Choose where the services go."),
  /** "<seller id>" for a direct-bill partner, "<seller id>:<provider id>" for a reseller and its provider. */
  seller: z
    .string("Choose who you buy from.")
    .regex(new RegExp(`^${GUID}(:${GUID})?$`, "i"), "Choose who you buy from."),
  offerName: trimmed("the offer", 200),
  quantity: z.coerce.number("Enter a quantity.").int("Enter a whole number.").min(1, "At least 1.").max(1_000_000, "At most 1,000,000."),
  requestKey: z.string().min(8).max(100),
});

/** The buyer's search for a seller: an exact Partner ID or part of a name. */
export const sellerSearchSchema = z.string().trim().max(100).optional().catch(undefined);

export const orderRequestIdSchema = z.object({ requestId: idSchema });

export const declineOrderRequestSchema = z.object({
  requestId: idSchema,
  note: z.preprocess((value) => (value == null ? undefined : value), z.string().trim().max(1000, "The note has at most 1,000 characters.").optional()),
});
