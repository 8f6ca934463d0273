import { z } from "zod";
import { emailSchema } from "./auth";
import { freeText, searchQuery } from "./fields";
import { isKnownCountry, PARTNER_ID_PATTERN } from "@/lib/rules";

/** Readiness stages of the funnel, each including the ones before it (a reseller "enrolled" is also onboarded). */
export const readinessStages = ["onboarded", "enrolled", "mpa-signed", "transacting"] as const;
export const readinessFilters = ["any", "not-onboarded", ...readinessStages, "not-mpa-signed"] as const;
export const statusFilters = ["live", "all", "invited", "active", "suspended", "termination-requested", "terminated"] as const;
export const resellerSorts = ["name", "partner-id", "country", "status", "mpa"] as const;

export type ReadinessStage = (typeof readinessStages)[number];
export type ReadinessFilter = (typeof readinessFilters)[number];
export type StatusFilter = (typeof statusFilters)[number];
export type ResellerSort = (typeof resellerSorts)[number];

export const RESELLER_PAGE_SIZE = 25;

/** The reseller list's search parameters; anything unknown falls back to the default instead of failing the page. */
export const resellerListQuerySchema = z.object({
  q: searchQuery.catch(""),
  status: z.enum(statusFilters).catch("live"),
  readiness: z.enum(readinessFilters).catch("any"),
  sort: z.enum(resellerSorts).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  /**
   * Keyset cursor set by the pager's links: the relationship the page starts after (next) or ends before (previous),
   * so a deep page is read from the index at that row instead of walking every row before it. The page number stays
   * in the URL for the reader; without a cursor (or when its row is gone) the page number alone decides.
   */
  after: z.uuid().optional().catch(undefined),
  before: z.uuid().optional().catch(undefined),
});

export type ResellerListQuery = z.output<typeof resellerListQuerySchema>;

/** Parses Next's searchParams (values may be arrays: the first one counts). */
export function parseResellerListQuery(params: Record<string, string | string[] | undefined>): ResellerListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return resellerListQuerySchema.parse({
    q: first(params.q) ?? "",
    status: first(params.status),
    readiness: first(params.readiness),
    sort: first(params.sort),
    dir: first(params.dir),
    page: first(params.page),
    after: first(params.after),
    before: first(params.before),
  });
}

/** The search string of a list query, leaving out defaults so links stay short. */
export function resellerListHref(query: Partial<ResellerListQuery>, base = "/resellers"): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status && query.status !== "live") params.set("status", query.status);
  if (query.readiness && query.readiness !== "any") params.set("readiness", query.readiness);
  if (query.sort && query.sort !== "name") params.set("sort", query.sort);
  if (query.dir && query.dir !== "asc") params.set("dir", query.dir);
  if (query.page && query.page > 1) {
    params.set("page", String(query.page));
    if (query.after) params.set("after", query.after);
    else if (query.before) params.set("before", query.before);
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

const optionalPartnerId = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.string().regex(PARTNER_ID_PATTERN, "A Partner ID has 6 to 10 digits.").optional());

const optionalEmail = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(emailSchema.optional());

/** An invitation names its reseller by Partner ID, by email, or both; never neither. */
export const inviteResellerSchema = z
  .object({ email: optionalEmail, partnerId: optionalPartnerId })
  .refine((value) => value.email || value.partnerId, {
    message: "Name whom the invitation is for: the reseller's Partner ID, an email address, or both.",
    path: ["partnerId"],
  });

export const invitationIdSchema = z.object({ invitationId: z.uuid() });

/** The invitation link's token: 32 random bytes in base64url. */
export const invitationTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid.") });

export const terminationRequestSchema = z.object({
  resellerId: z.uuid(),
  reason: freeText({ max: 2000, multiline: true, required: "Say why the relationship should end." }),
});

export const terminationDecisionSchema = z.object({
  requestId: z.uuid(),
  decision: z.enum(["approve", "reject"]),
  note: freeText({ max: 2000, multiline: true }).default(""),
});

export const acceptMpaSchema = z.object({
  signerName: freeText({ max: 200, required: "Enter the signer's name." }),
  signerTitle: freeText({ max: 200, required: "Enter the signer's title." }),
  signerEmail: emailSchema,
});

/** One chunk of Partner IDs to verify (the page sends up to 5,000 in chunks of 500). */
export const VERIFY_CHUNK_SIZE = 500;
export const VERIFY_MAX_LINES = 5_000;
export const verifyPartnerIdsSchema = z.object({
  lines: z.array(z.string().max(200)).min(1, "Enter at least one Partner ID.").max(VERIFY_CHUNK_SIZE),
});

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => isKnownCountry(code), "Choose a country from the list.");

export const newSubscriptionSchema = z
  .object({
    resellerId: z.uuid(),
    /** A customer the provider already serves, or empty to create one from the fields below. */
    customerId: z.union([z.uuid(), z.literal("")]).default(""),
    customerName: freeText({ max: 200 }).default(""),
    customerCountry: z.string().trim().toUpperCase().default(""),
    offerName: freeText({ max: 200, required: "Enter the offer." }),
    publisher: z.enum(["first-party", "third-party"]),
    quantity: z.coerce.number().int("Enter a whole number.").min(1, "At least 1.").max(1_000_000, "At most 1,000,000."),
    /** Made when the form is rendered, so submitting the same form twice makes one subscription. */
    requestKey: z.uuid(),
  })
  .superRefine((value, context) => {
    if (value.customerId) return;
    if (!value.customerName) context.addIssue({ code: "custom", path: ["customerName"], message: "Choose a customer or enter a new customer's name." });
    if (!isKnownCountry(value.customerCountry)) context.addIssue({ code: "custom", path: ["customerCountry"], message: "Choose the new customer's country." });
  });

export type NewSubscriptionInput = z.output<typeof newSubscriptionSchema>;
