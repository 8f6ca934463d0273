// zod 4 schemas for proposals and Partner IDs, for the API and forms. Kept apart from `evaluate` so the browser
// bundle of the rules needs no zod; the compile-time checks below keep these schemas and `types.ts` in step.
import { z } from "zod";
import { PARTNER_ID_PATTERN } from "./partner-id";
import type { Proposal } from "./types";

export const partnerIdSchema = z.string().trim().regex(PARTNER_ID_PATTERN, "A Partner ID has 6 to 10 digits.");

const isoDate = z.iso.date();
/** Well-formed code; whether the table knows it is a rule finding, not a schema error. */
const countryCode = z.string().regex(/^[A-Za-z]{2}$/, "Use a two-letter country code.");
const partnerType = z.enum(["indirect-provider", "indirect-reseller", "direct-bill"]);
const party = z.enum(["microsoft", "indirect-provider", "indirect-reseller", "direct-bill", "customer"]);
const relationshipStatus = z.enum(["invited", "active", "suspended", "termination-requested", "terminated"]);
const affiliation = z.enum(["none", "same-organization", "same-affiliation-group"]);
const usdAmount = z.number().min(0, "Revenue cannot be negative.").max(1e12);

export const partnerSchema = z.object({
  type: partnerType,
  country: countryCode,
  partnerId: z.string().max(64).optional(),
  name: z.string().max(200).optional(),
  onboarded: z.boolean().optional(),
  enrolled: z.boolean().optional(),
  mpaAcceptedOn: isoDate.nullable().optional(),
  directBill: z
    .object({ apiIntegration: z.boolean(), billing: z.boolean(), support: z.boolean(), managedServices: z.boolean() })
    .optional(),
  // Facts later program versions need (see lib/rules/versions.ts); absent means "not known", never "met".
  resellerSince: isoDate.optional().describe("Date it enrolled as an indirect reseller (months as a reseller, anniversary)."),
  trailingRevenueUsd: usdAmount.optional().describe("CSP revenue in USD as an indirect reseller over the 12 months before `on`."),
  anniversaryRevenueUsd: usdAmount.optional().describe("CSP revenue in USD over the 12 months before its latest enrollment anniversary."),
  assessedOn: isoDate.nullable().optional().describe("Date of its latest passed third-party assessment; null when none."),
  deauthorisedOn: isoDate.nullable().optional().describe("Date it was de-authorised as an indirect reseller; null when never."),
});

export const customerSchema = z.object({
  country: countryCode,
  name: z.string().max(200).optional(),
  tenantId: z.string().max(64).optional(),
  otherPartners: z.number().int().min(0).max(1000).optional(),
  consent: z.enum(["not-needed", "accepted", "missing"]).optional(),
});

export const tenantSchema = z.object({
  type: z.enum(["customer", "csp"]),
  id: z.string().max(64).optional(),
  country: countryCode.optional(),
  separateEnvironment: z.boolean().optional(),
});

const base = { on: isoDate, actor: partnerSchema };

export const proposalSchema = z.discriminatedUnion("action", [
  z.object({
    ...base,
    action: z.literal("sell"),
    customer: customerSchema,
    provider: partnerSchema.optional(),
    relationship: relationshipStatus.optional(),
    chain: z.array(party).min(2).max(6).optional(),
    affiliation: affiliation.optional(),
  }),
  z.object({
    ...base,
    action: z.literal("buy-for-own-use"),
    seller: partnerSchema,
    sellerProvider: partnerSchema.optional(),
    tenant: tenantSchema,
    actorCspTenantId: z.string().max(64).optional(),
    relationship: relationshipStatus.optional(),
    affiliation: affiliation.optional(),
  }),
  z.object({ ...base, action: z.literal("link-provider-reseller"), counterparty: partnerSchema, relationship: relationshipStatus.optional() }),
  z.object({
    ...base,
    action: z.literal("associate-reseller-subscription"),
    reseller: partnerSchema,
    relationship: relationshipStatus.optional(),
    customer: customerSchema.optional(),
  }),
  z.object({ ...base, action: z.literal("transact-new-business"), reseller: partnerSchema, relationship: relationshipStatus.optional() }),
  z.object({ ...base, action: z.literal("manage-customer-subscriptions"), customer: customerSchema }),
  z.object({ ...base, action: z.literal("enroll"), as: z.enum(["direct-bill", "indirect-reseller"]) }),
  z.object({
    ...base,
    action: z.literal("end-relationship"),
    counterparty: partnerSchema,
    relationship: relationshipStatus,
    requestedBy: z.enum(["partner", "program-support"]),
  }),
]);

export type ProposalInput = z.input<typeof proposalSchema>;

// Compile-time proof that the schema's output is exactly the hand-written `Proposal` type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof proposalSchema>, Proposal> = true;
void schemaMatchesTypes;

/** The JSON Schema of a proposal, generated from the zod schema. */
export function proposalJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(proposalSchema) as Record<string, unknown>;
}
