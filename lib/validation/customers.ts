import { z } from "zod";
import { countrySchema, guidSchema, idSchema, searchQuery, trimmed } from "./fields";

const optionalGuid = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), guidSchema.optional());

export const addCustomerSchema = z.object({
  name: trimmed("the customer's name", 200),
  country: countrySchema,
  /** The customer's existing tenant; when blank a new tenant is created for it. */
  tenantId: optionalGuid,
});

export const sellSubscriptionSchema = z.object({
  customerId: idSchema,
  offerName: trimmed("the offer", 200),
  publisher: z.enum(["first-party", "third-party"], "Choose who publishes the offer."),
  quantity: z.coerce.number("Enter a quantity.").int("Enter a whole number.").min(1, "At least 1.").max(1_000_000, "At most 1,000,000."),
  /** Set once per rendered form, so a double submission makes one subscription. */
  requestKey: z.string().min(8).max(100),
});

export const customerListSchema = z.object({
  q: searchQuery.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
