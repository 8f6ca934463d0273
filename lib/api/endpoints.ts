import { z } from "zod";
import type { ApiScope, Capability } from "@/lib/permissions";
import { readinessFilters, statusFilters } from "@/lib/validation/resellers";
import { emailSchema } from "@/lib/validation/auth";
import { searchQuery } from "@/lib/validation/fields";
import { PARTNER_ID_PATTERN } from "@/lib/rules/partner-id";
import { keysetCursorParam, limitParam, offsetCursorParam } from "./cursor";

/**
 * The partner API's endpoints, written once: each route handler (app/api/v1/…/route.ts) takes its input schemas and
 * capability from here, and the OpenAPI document (lib/api/openapi.ts) is generated from the same entries, with the
 * example request of each, which a test validates against these schemas.
 */

export type ApiEndpoint = {
  operationId: string;
  method: "get" | "post" | "delete";
  /** OpenAPI path, `{id}` for a path parameter (the route folder's `[id]`). */
  path: `/api/v1/${string}`;
  summary: string;
  description?: string;
  /** The scope a token needs; `capability` is what that scope grants in lib/permissions.ts. */
  scope: ApiScope;
  capability: Capability;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The answer's status and shape on success. */
  status: 200 | 201;
  response: z.ZodType;
  example: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
};

// ---- Shared shapes --------------------------------------------------------------------------------------------

const uuid = z.uuid();
const idParams = z.object({ id: uuid.meta({ description: "The record's id.", example: "0b6f7a52-4f8e-4d47-9b7e-2f0a1c3d4e5f" }) });
const timestamp = z.iso.datetime({ offset: true }).meta({ description: "An instant, ISO 8601." });
const day = z.iso.date().meta({ description: "A day, yyyy-mm-dd." });
const relationshipStatus = z.enum(["invited", "active", "suspended", "termination-requested", "terminated"]);

export const apiErrorSchema = z
  .object({
    error: z.string().meta({ description: "What went wrong, for a person to read." }),
    code: z.enum(["unauthorized", "forbidden", "not_found", "invalid_request", "refused", "rate_limited", "internal"]),
    fieldErrors: z.record(z.string(), z.array(z.string())).meta({ description: "Per input field, what is wrong with it." }),
  })
  .meta({ id: "Error", description: "Every error of the partner API has this body (and `POST /api/v1/evaluate` the same `error` and `fieldErrors`)." });

const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    })
    .meta({ id });

const readiness = z
  .object({
    onboarded: z.boolean(),
    enrolled: z.boolean(),
    mpaSigned: z.boolean(),
    relationshipActive: z.boolean(),
    ready: z.boolean().meta({ description: "Onboarded, enrolled, MPA signed and the relationship active: the provider may transact through it." }),
  })
  .meta({ id: "Readiness" });

const resellerSummary = z
  .object({
    id: uuid,
    relationshipId: uuid,
    legalName: z.string(),
    partnerId: z.string(),
    country: z.string(),
    region: z.string(),
    status: relationshipStatus,
    onboardedAt: timestamp.nullable(),
    enrolledAt: timestamp.nullable(),
    mpaAcceptedOn: day.nullable(),
    authorizationAnniversary: day.nullable(),
    transacting: z.boolean(),
    readiness,
  })
  .meta({ id: "ResellerSummary" });

const resellerDetail = z
  .object({
    id: uuid,
    legalName: z.string(),
    partnerId: z.string(),
    country: z.string(),
    region: z.string(),
    onboardedAt: timestamp.nullable(),
    enrolledAt: timestamp.nullable(),
    mpaAcceptedOn: day.nullable(),
    relationship: z.object({
      id: uuid,
      status: relationshipStatus,
      invitedAt: timestamp.nullable(),
      activatedAt: timestamp.nullable(),
      suspendedAt: timestamp.nullable(),
      terminationRequestedAt: timestamp.nullable(),
      terminatedAt: timestamp.nullable(),
    }),
    latestTermination: z
      .object({ status: z.string(), reason: z.string(), decisionNote: z.string().nullable(), createdAt: timestamp, decidedAt: timestamp.nullable() })
      .nullable(),
    readiness,
  })
  .meta({ id: "Reseller" });

const subscription = z
  .object({
    id: uuid,
    customerId: uuid,
    customerName: z.string(),
    customerCountry: z.string(),
    offerName: z.string(),
    publisher: z.enum(["first-party", "third-party"]),
    quantity: z.number().int(),
    startsOn: day,
    status: z.string(),
  })
  .meta({ id: "ResellerSubscription" });

const invitationCreated = z
  .object({
    id: uuid,
    email: z.string().nullable(),
    partnerId: z.string().nullable(),
    expiresAt: timestamp,
    link: z.url().meta({ description: "The single-use invitation link (also mailed to the email, when there is one). Shown once." }),
  })
  .meta({ id: "InvitationCreated" });

const verifyLine = z
  .object({
    line: z.number().int().meta({ description: "Position in `partnerIds`, from 1." }),
    input: z.string(),
    ok: z.boolean().meta({ description: "False when the line is not a Partner ID (see `error`)." }),
    error: z.string().optional(),
    partnerId: z.string().optional(),
    name: z.string().optional().meta({ description: "Only for the provider's own resellers." }),
    result: z
      .object({
        status: z.string(),
        code: z.number().int().optional().meta({ description: "Partner Center's code (2200, 2201, 2203, 2204)." }),
        ruleId: z.string(),
        ok: z.boolean().meta({ description: "True only when the provider may go ahead with this reseller." }),
        explanation: z.string(),
        acceptedOn: day.optional(),
      })
      .optional(),
    source: z.object({ system: z.enum(["partner-center", "this-app"]), checkedAt: timestamp.optional(), note: z.string().optional() }).optional(),
  })
  .meta({ id: "VerifyLine" });

const customerSummary = z
  .object({
    id: uuid,
    name: z.string(),
    country: z.string(),
    region: z.string(),
    mySubscriptions: z.number().int(),
    managedByMe: z.boolean(),
    otherPartners: z.number().int(),
    otherManagers: z.number().int(),
  })
  .meta({ id: "CustomerSummary" });

const customerDetail = z
  .object({
    id: uuid,
    name: z.string(),
    country: z.string(),
    region: z.string(),
    createdByMe: z.boolean(),
    managedByMe: z.boolean(),
    otherPartners: z.number().int(),
    otherManagers: z.number().int(),
    tenantIds: z.array(z.string()),
    subscriptions: z.array(
      z.object({
        id: uuid,
        offerName: z.string(),
        publisher: z.enum(["first-party", "third-party"]),
        quantity: z.number().int(),
        status: z.string(),
        startsOn: day,
        billedByMe: z.boolean(),
        resoldByMe: z.boolean(),
        billerName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "Customer" });

const auditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: timestamp,
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorOrganizationName: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEvent" });

const notification = z
  .object({ id: uuid, kind: z.string(), title: z.string(), body: z.string(), href: z.string(), createdAt: timestamp, read: z.boolean() })
  .meta({ id: "Notification" });

// ---- Inputs ---------------------------------------------------------------------------------------------------

const optionalText = (schema: z.ZodString) => schema.optional();

export const listResellersQuery = z.object({
  q: optionalText(searchQuery).meta({ description: "A Partner ID, or the start of the legal name." }),
  status: z.enum(statusFilters).default("live").meta({ description: "Relationship state; `live` leaves out terminated ones." }),
  readiness: z.enum(readinessFilters).default("any"),
  limit: limitParam,
  cursor: offsetCursorParam,
});

export const pagingQuery = z.object({ limit: limitParam, cursor: offsetCursorParam });

export const createInvitationBody = z
  .object({
    email: emailSchema.optional().meta({ description: "Where the link is mailed; only a user with this proven address can answer when no Partner ID is given." }),
    partnerId: z.string().trim().regex(PARTNER_ID_PATTERN, "A Partner ID has 6 to 10 digits.").optional().meta({ description: "Only the organization with this Partner ID can answer." }),
  })
  .strict()
  .refine((value) => value.email || value.partnerId, {
    message: "Name whom the invitation is for: the reseller's Partner ID, an email address, or both.",
    path: ["partnerId"],
  })
  .meta({ id: "InvitationRequest" });

export const VERIFY_API_MAX = 5_000;
export const verifyMpaBody = z
  .object({
    partnerIds: z
      .array(z.string().max(200))
      .min(1, "Send at least one Partner ID.")
      .max(VERIFY_API_MAX, `At most ${VERIFY_API_MAX.toLocaleString("en-US")} Partner IDs at once.`),
  })
  .strict()
  .meta({ id: "VerifyMpaRequest" });

export const listCustomersQuery = z.object({
  q: optionalText(searchQuery).meta({ description: "Part of the customer's name." }),
  managedOnly: z.enum(["true", "false"]).default("false").meta({ description: "`true`: only the customers whose admin accepted your management." }),
  limit: limitParam,
  cursor: offsetCursorParam,
});

export const listComplianceFindingsQuery = z.object({
  rule: optionalText(z.string().trim().min(1).max(60)).meta({ description: "Only this rule's findings, e.g. `MPA-REQUIRED`." }),
  resellerId: uuid.optional().meta({ description: "Only the findings with this reseller of record." }),
  limit: limitParam,
  cursor: offsetCursorParam,
});

const complianceFinding = z
  .object({
    subscriptionId: uuid,
    offerName: z.string(),
    customerName: z.string(),
    customerCountry: z.string(),
    billerName: z.string(),
    resellerId: uuid.nullable(),
    resellerName: z.string().nullable(),
    resellerPartnerId: z.string().nullable(),
    startsOn: z.string().meta({ description: "The subscription's date, YYYY-MM-DD: the rules in force then decided." }),
    ruleId: z.string(),
    explanation: z.string(),
    remedy: z.string().meta({ description: "What can be done now." }),
    rulesVersion: z.string().nullable().meta({ description: "The program version applied (effective date and source)." }),
  })
  .meta({ id: "ComplianceFinding" });

const complianceScan = z
  .object({
    id: uuid,
    startedAt: timestamp,
    finishedAt: timestamp.nullable(),
    subscriptionsChecked: z.number().int(),
    findingsCount: z.number().int(),
    newCount: z.number().int().nullable().meta({ description: "Findings the scan before did not have." }),
    fixedCount: z.number().int().nullable().meta({ description: "Findings of the scan before that are gone." }),
  })
  .meta({ id: "ComplianceScan" });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const listAuditEventsQuery = z.object({
  person: optionalText(searchQuery).meta({ description: "The email of the person who acted." }),
  kind: z.string().max(80).regex(/^[a-z-]+\.[a-z-]+$/, "An event kind looks like invitation.created.").optional(),
  record: optionalText(searchQuery).meta({ description: "The id of the record the event is about." }),
  from: z.string().regex(DATE, "From: enter a date like 2026-01-31.").optional(),
  to: z.string().regex(DATE, "To: enter a date like 2026-01-31.").optional(),
  limit: limitParam,
  cursor: keysetCursorParam,
});

// ---- The endpoints --------------------------------------------------------------------------------------------

const EXAMPLE_ID = "0b6f7a52-4f8e-4d47-9b7e-2f0a1c3d4e5f";

export const endpoints = {
  listResellers: {
    operationId: "listResellers",
    method: "get",
    path: "/api/v1/resellers",
    summary: "List your resellers with their readiness",
    description: "An indirect provider's resellers (its own relationships), filtered and searched like the Resellers page, sorted by name.",
    scope: "resellers:read",
    capability: "reseller.view",
    query: listResellersQuery,
    status: 200,
    response: page(resellerSummary, "ResellerPage"),
    example: { query: { readiness: "mpa-signed", limit: "50" } },
  },
  getReseller: {
    operationId: "getReseller",
    method: "get",
    path: "/api/v1/resellers/{id}",
    summary: "One reseller, with readiness and relationship",
    scope: "resellers:read",
    capability: "reseller.view",
    params: idParams,
    status: 200,
    response: resellerDetail,
    example: { params: { id: EXAMPLE_ID } },
  },
  listResellerSubscriptions: {
    operationId: "listResellerSubscriptions",
    method: "get",
    path: "/api/v1/resellers/{id}/subscriptions",
    summary: "Subscriptions you bill with this reseller as reseller of record",
    scope: "resellers:read",
    capability: "reseller.view",
    params: idParams,
    query: pagingQuery,
    status: 200,
    response: page(subscription, "ResellerSubscriptionPage"),
    example: { params: { id: EXAMPLE_ID }, query: { limit: "100" } },
  },
  createInvitation: {
    operationId: "createInvitation",
    method: "post",
    path: "/api/v1/invitations",
    summary: "Invite a reseller",
    description: "A single-use link valid 14 days, addressed to a Partner ID, an email address, or both; mailed to the email.",
    scope: "invitations:write",
    capability: "reseller.invite",
    body: createInvitationBody,
    status: 201,
    response: invitationCreated,
    example: { body: { partnerId: "5212345", email: "partners@reseller.example" } },
  },
  revokeInvitation: {
    operationId: "revokeInvitation",
    method: "delete",
    path: "/api/v1/invitations/{id}",
    summary: "Revoke a pending invitation",
    scope: "invitations:write",
    capability: "reseller.invite",
    params: idParams,
    status: 200,
    response: z.object({ id: uuid, revoked: z.literal(true) }).meta({ id: "InvitationRevoked" }),
    example: { params: { id: EXAMPLE_ID } },
  },
  verifyMpa: {
    operationId: "verifyMpa",
    method: "post",
    path: "/api/v1/mpa/verify",
    summary: "Verify the MPA of up to 5,000 Partner IDs",
    description: "Each line's answer as on Verify MPA: Partner Center's when you connected it, otherwise this app's records (`source`).",
    scope: "mpa:verify",
    capability: "reseller.verify-mpa",
    body: verifyMpaBody,
    status: 200,
    response: z.object({ data: z.array(verifyLine) }).meta({ id: "VerifyMpaResult" }),
    example: { body: { partnerIds: ["5212345", "6398765", "not-an-id"] } },
  },
  listCustomers: {
    operationId: "listCustomers",
    method: "get",
    path: "/api/v1/customers",
    summary: "List your customers",
    description: "An indirect reseller's or direct-bill partner's customers, as on the Customers page.",
    scope: "customers:read",
    capability: "customer.view",
    query: listCustomersQuery,
    status: 200,
    response: page(customerSummary, "CustomerPage"),
    example: { query: { q: "coffee", limit: "20" } },
  },
  getCustomer: {
    operationId: "getCustomer",
    method: "get",
    path: "/api/v1/customers/{id}",
    summary: "One customer with its subscriptions",
    scope: "customers:read",
    capability: "customer.view",
    params: idParams,
    status: 200,
    response: customerDetail,
    example: { params: { id: EXAMPLE_ID } },
  },
  listAuditEvents: {
    operationId: "listAuditEvents",
    method: "get",
    path: "/api/v1/audit-events",
    summary: "Read your organization's audit log",
    description: "Newest first; the same filters as the Audit log page. Calls through the API are there too (`api.request`).",
    scope: "audit:read",
    capability: "audit-log.read",
    query: listAuditEventsQuery,
    status: 200,
    response: page(auditEvent, "AuditEventPage"),
    example: { query: { kind: "invitation.created", from: "2026-01-01", limit: "100" } },
  },
  listComplianceFindings: {
    operationId: "listComplianceFindings",
    method: "get",
    path: "/api/v1/compliance/findings",
    summary: "Read the last compliance scan's findings",
    description:
      "The findings of your last finished compliance scan (an indirect provider's book, a direct-bill partner's own sales), as on the Compliance page: each subscription that broke a rule in force on its date. `scan` is null before the first scan.",
    scope: "compliance:read",
    capability: "compliance.scan",
    query: listComplianceFindingsQuery,
    status: 200,
    response: z
      .object({
        scan: complianceScan.nullable(),
        data: z.array(complianceFinding),
        nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
      })
      .meta({ id: "ComplianceFindingPage" }),
    example: { query: { rule: "MPA-REQUIRED", limit: "100" } },
  },
  listNotifications: {
    operationId: "listNotifications",
    method: "get",
    path: "/api/v1/notifications",
    summary: "Read notifications",
    description: "The notifications of the admin who made the token, newest first.",
    scope: "notifications:read",
    capability: "notifications.manage",
    query: pagingQuery,
    status: 200,
    response: page(notification, "NotificationPage"),
    example: { query: { limit: "50" } },
  },
} as const satisfies Record<string, ApiEndpoint>;

export type EndpointName = keyof typeof endpoints;
