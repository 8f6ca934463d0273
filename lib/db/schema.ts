import { sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

// Every timestamp carries its time zone; `now()` is the database's clock, not the app server's.
const at = (name: string) => timestamp(name, { withTimezone: true });
const createdAt = () => at("created_at").notNull().defaultNow();
const updatedAt = () => at("updated_at").notNull().defaultNow();

export const partnerType = pgEnum("partner_type", ["indirect-provider", "indirect-reseller", "direct-bill"]);
/** "customer-admin": the admin of one end customer (users.customer_id), with no partner organization. */
export const userRole = pgEnum("user_role", ["admin", "member", "support", "customer-admin"]);
export const onboardingStatus = pgEnum("onboarding_status", ["not-submitted", "submitted", "approved", "rejected"]);
export const relationshipStatus = pgEnum("relationship_status", [
  "invited",
  "active",
  "suspended",
  "termination-requested",
  "terminated",
]);
export const terminationStatus = pgEnum("termination_status", ["pending", "approved", "rejected", "withdrawn"]);
export const tenantType = pgEnum("tenant_type", ["customer", "csp"]);
export const offerPublisher = pgEnum("offer_publisher", ["first-party", "third-party"]);
export const subscriptionStatus = pgEnum("subscription_status", ["active", "suspended", "cancelled"]);
export const orderRequestStatus = pgEnum("order_request_status", ["pending", "accepted", "declined", "withdrawn"]);
/** What a partner asks a customer's admin: to manage its subscriptions, or to become one of the partners that sell to it. */
export const consentRequestKind = pgEnum("consent_request_kind", ["manage", "resell"]);
export const consentRequestStatus = pgEnum("consent_request_status", ["pending", "accepted", "declined", "expired"]);
export const jobStatus = pgEnum("job_status", ["queued", "running", "done", "failed"]);
export const partnerCenterConnectionStatus = pgEnum("partner_center_connection_status", ["connected", "reconnect-needed"]);

/** The CSP region of each country, loaded from the rules library's table on migrate; lets the database check that a
 * stored region is the one the country implies. */
export const countryRegions = pgTable(
  "country_regions",
  {
    country: text("country").primaryKey(),
    region: text("region").notNull(),
  },
  (t) => [unique("country_regions_country_region_key").on(t.country, t.region)],
);

/** A CSP partner: an indirect provider, an indirect reseller or a direct-bill partner. */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnerType: partnerType("partner_type").notNull(),
    legalName: text("legal_name").notNull(),
    partnerId: text("partner_id").notNull().unique(),
    country: text("country").notNull(),
    region: text("region").notNull(),
    cspTenantId: uuid("csp_tenant_id").notNull().unique(),
    affiliationGroup: text("affiliation_group"),

    onboardingStatus: onboardingStatus("onboarding_status").notNull().default("not-submitted"),
    onboardingRejectionReason: text("onboarding_rejection_reason"),
    /** What the partner submitted for program support to verify (address, website, contact). */
    onboardingDetails: jsonb("onboarding_details"),
    onboardingSubmittedAt: at("onboarding_submitted_at"),
    onboardedAt: at("onboarded_at"),
    onboardedBy: text("onboarded_by"),

    resellerEnrolledAt: at("reseller_enrolled_at"),
    resellerEnrolledBy: text("reseller_enrolled_by"),

    directBillEnrolledAt: at("direct_bill_enrolled_at"),
    directBillEnrolledBy: text("direct_bill_enrolled_by"),
    hasApiIntegration: boolean("has_api_integration").notNull().default(false),
    providesBilling: boolean("provides_billing").notNull().default(false),
    providesSupport: boolean("provides_support").notNull().default(false),
    providesManagedServices: boolean("provides_managed_services").notNull().default(false),

    mpaAcceptedOn: date("mpa_accepted_on"),
    mpaSignerName: text("mpa_signer_name"),
    mpaSignerTitle: text("mpa_signer_title"),
    mpaSignerEmail: text("mpa_signer_email"),

    /** For an indirect reseller: the date Partner Center's yearly re-authorization counts from (its enrollment date
     * unless set otherwise); warnings go out 90, 60 and 30 days before each anniversary. */
    authorizationAnniversary: date("authorization_anniversary"),

    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    /** Bumped on every edit so that two admins editing at once cannot overwrite each other silently. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("organizations_partner_id_digits", sql`${t.partnerId} ~ '^[0-9]{6,10}$'`),
    check("organizations_legal_name_length", sql`char_length(${t.legalName}) between 1 and 200`),
    check("organizations_mpa_signer", sql`${t.mpaAcceptedOn} is null or (${t.mpaSignerName} is not null and ${t.mpaSignerEmail} is not null)`),
    check(
      "organizations_reseller_enrollment",
      sql`${t.resellerEnrolledAt} is null or ${t.partnerType} = 'indirect-reseller'`,
    ),
    check(
      "organizations_direct_bill_enrollment",
      sql`${t.directBillEnrolledAt} is null or ${t.partnerType} = 'direct-bill'`,
    ),
    foreignKey({
      name: "organizations_country_region_fk",
      columns: [t.country, t.region],
      foreignColumns: [countryRegions.country, countryRegions.region],
    }),
    index("organizations_partner_type_idx").on(t.partnerType),
    index("organizations_legal_name_lower_idx").on(sql`lower(${t.legalName}) text_pattern_ops`),
    // The reseller list's default order (a text_pattern_ops index cannot serve ORDER BY): page 1 reads 25 entries.
    index("organizations_legal_name_order_idx").on(sql`lower(${t.legalName})`),
    // Program support's directory lists every organization by legal name.
    index("organizations_legal_name_id_idx").on(t.legalName, t.id),
    index("organizations_affiliation_group_idx").on(t.affiliationGroup),
  ],
);

/** Partner users belong to one organization; program support staff belong to none. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    /** For a customer's admin: the end customer they speak for (they belong to no partner organization). */
    customerId: uuid("customer_id").references((): AnyPgColumn => customers.id, { onDelete: "restrict" }),
    role: userRole("role").notNull(),
    /** Part of every session token; bumping it ends the user's sessions. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Base32 TOTP secret while two-factor sign-in is on (or being set up: enabled_at still null). */
    totpSecret: text("totp_secret"),
    totpEnabledAt: at("totp_enabled_at"),
    /** The last TOTP time step accepted, so one code cannot be used twice. */
    totpLastUsedStep: integer("totp_last_used_step"),
    /** Set when the user followed the link mailed to this address; until then the user can act on nothing. */
    emailVerifiedAt: at("email_verified_at"),
    /** The language the user chose ("en", "nl"); null until they choose, and the browser's language applies. */
    locale: text("locale").$type<Locale>(),
    /** Set when an admin removed the user from the organization: they can no longer sign in (the row stays, for the
     * audit trail that names them). */
    removedAt: at("removed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    index("users_organization_idx").on(t.organizationId),
    check("users_support_has_no_organization", sql`(${t.role} = 'support') = (${t.organizationId} is null and ${t.customerId} is null)`),
    // Compared as text: a value added to an enum cannot be used in the transaction that adds it.
    check("users_customer_admin_has_customer", sql`(${t.role}::text = 'customer-admin') = (${t.customerId} is not null)`),
    index("users_customer_idx").on(t.customerId),
    check("users_name_length", sql`char_length(${t.name}) between 1 and 100`),
    check("users_email_shape", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    check("users_locale_known", sql`${t.locale} is null or ${t.locale} in ('en', 'nl')`),
  ],
);

/** One-time recovery codes for two-factor sign-in; only hashes are kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: at("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_user_code_key").on(t.userId, t.codeHash)],
);

/**
 * Sessions ended by signing out. A session token stays cryptographically valid until it expires, and a request that
 * was in flight during sign-out can hand the browser a renewed cookie; listing the ended session makes that cookie
 * worthless. Rows past `expires_at` can go.
 */
export const endedSessions = pgTable(
  "ended_sessions",
  {
    sessionId: uuid("session_id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endedAt: at("ended_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("ended_sessions_expires_idx").on(t.expiresAt)],
);

/** Failed sign-in counters, per account and per client address, kept in the database so every app instance sees them. */
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: at("last_failure_at").notNull().defaultNow(),
  lockedUntil: at("locked_until"),
});

export const providerResellerRelationships = pgTable(
  "provider_reseller_relationships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    resellerId: uuid("reseller_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    status: relationshipStatus("status").notNull().default("invited"),
    invitedAt: at("invited_at").notNull().defaultNow(),
    activatedAt: at("activated_at"),
    suspendedAt: at("suspended_at"),
    terminationRequestedAt: at("termination_requested_at"),
    terminatedAt: at("terminated_at"),
    /**
     * How far the reseller is in the provider's readiness funnel: 0 invited, 1 onboarded, 2 enrolled, 3 MPA signed,
     * 4 transacting (MPA signed, relationship active, an active subscription through the provider). Set by a trigger
     * from the reseller, the relationship and the subscriptions (drizzle/…_funnel-counts-sql.sql), never by the app;
     * it backs the funnel counts and the readiness filters without recounting.
     */
    funnelStage: smallint("funnel_stage").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("relationships_distinct_parties", sql`${t.providerId} <> ${t.resellerId}`),
    check("relationships_terminated_at", sql`(${t.status} = 'terminated') = (${t.terminatedAt} is not null)`),
    // One live relationship per pair; a terminated one may be followed by a new one.
    uniqueIndex("relationships_live_pair_key")
      .on(t.providerId, t.resellerId)
      .where(sql`${t.status} <> 'terminated'`),
    index("relationships_provider_status_idx").on(t.providerId, t.status),
    // A reseller's relationships, and (Verify MPA) a provider's newest one with each looked-up reseller, found in
    // index order: no filter and no sort per looked-up ID.
    index("relationships_reseller_provider_idx").on(t.resellerId, t.providerId, t.invitedAt.desc().nullsFirst()),
    index("relationships_provider_stage_idx").on(t.providerId, t.funnelStage),
  ],
);

/**
 * The readiness funnel of each provider, kept by triggers as relationships, resellers and subscriptions change: how
 * many live (not terminated) relationships stand at each stage (see `funnelStage`). The funnel shows, per stage, the
 * sum of that stage and those after it, so the page reads five rows instead of recounting every reseller.
 */
export const resellerFunnelCounts = pgTable(
  "reseller_funnel_counts",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    stage: smallint("stage").notNull(),
    resellers: integer("resellers").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.stage] }), check("reseller_funnel_counts_not_negative", sql`${t.resellers} >= 0`)],
);

/** A provider's single-use, expiring invitation to a reseller. Only a hash of the token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    email: text("email"),
    partnerId: text("partner_id"),
    tokenHash: text("token_hash").notNull().unique(),
    /** When the link was last mailed; a resend replaces the token, so only the newest link works. */
    lastSentAt: at("last_sent_at").notNull().defaultNow(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: at("expires_at").notNull(),
    acceptedAt: at("accepted_at"),
    acceptedByOrganizationId: uuid("accepted_by_organization_id").references(() => organizations.id),
    relationshipId: uuid("relationship_id").references(() => providerResellerRelationships.id),
    declinedAt: at("declined_at"),
    revokedAt: at("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [
    check("invitations_partner_id_digits", sql`${t.partnerId} is null or ${t.partnerId} ~ '^[0-9]{6,10}$'`),
    // An invitation names whom it is for: a Partner ID, an email, or both.
    check("invitations_addressee", sql`num_nonnulls(${t.partnerId}, ${t.email}) >= 1`),
    check(
      "invitations_single_outcome",
      sql`num_nonnulls(${t.acceptedAt}, ${t.declinedAt}, ${t.revokedAt}) <= 1`,
    ),
    check("invitations_accepted_by", sql`(${t.acceptedAt} is null) = (${t.acceptedByOrganizationId} is null)`),
    index("invitations_provider_idx").on(t.providerId, t.createdAt),
    index("invitations_email_lower_idx").on(sql`lower(${t.email})`),
  ],
);

/** A request to end a provider–reseller relationship, decided by program support. */
export const terminationRequests = pgTable(
  "termination_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    relationshipId: uuid("relationship_id")
      .notNull()
      .references(() => providerResellerRelationships.id, { onDelete: "restrict" }),
    requestedByOrganizationId: uuid("requested_by_organization_id")
      .notNull()
      .references(() => organizations.id),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    /** The relationship's status when the request was filed; a rejection puts the relationship back to it. */
    previousStatus: relationshipStatus("previous_status").notNull().default("active"),
    status: terminationStatus("status").notNull().default("pending"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: at("decided_at"),
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
  },
  (t) => [
    check("termination_reason_length", sql`char_length(${t.reason}) between 1 and 2000`),
    check("termination_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
    check(
      "termination_previous_status",
      sql`${t.previousStatus} in ('active', 'suspended')`,
    ),
    uniqueIndex("termination_one_pending_key")
      .on(t.relationshipId)
      .where(sql`${t.status} = 'pending'`),
    index("termination_status_idx").on(t.status, t.createdAt),
  ],
);

/** An end customer. When a partner buys for its own use, the customer is that partner (`ownerOrganizationId`). */
export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    region: text("region").notNull(),
    ownerOrganizationId: uuid("owner_organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    affiliationGroup: text("affiliation_group"),
    createdByOrganizationId: uuid("created_by_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** Set by the customer's admin: its admins must set up two-factor sign-in. */
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("customers_name_length", sql`char_length(${t.name}) between 1 and 200`),
    foreignKey({
      name: "customers_country_region_fk",
      columns: [t.country, t.region],
      foreignColumns: [countryRegions.country, countryRegions.region],
    }),
    index("customers_name_lower_idx").on(sql`lower(${t.name}) text_pattern_ops`),
    index("customers_owner_idx").on(t.ownerOrganizationId),
    index("customers_created_by_idx").on(t.createdByOrganizationId),
  ],
);

/** A Microsoft Entra tenant. A partner's CSP tenant never receives its own-use purchases; a customer-type tenant does. */
export const tenants = pgTable(
  "tenants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().unique(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    tenantType: tenantType("tenant_type").notNull().default("customer"),
    ownerOrganizationId: uuid("owner_organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("tenants_csp_has_owner", sql`${t.tenantType} = 'customer' or ${t.ownerOrganizationId} is not null`),
    index("tenants_customer_idx").on(t.customerId),
  ],
);

/** Which partners serve a customer (multi-partner); a provider may serve it on a reseller's behalf. */
export const customerPartners = pgTable(
  "customer_partners",
  {
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    partnerOrganizationId: uuid("partner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    onBehalfOfResellerId: uuid("on_behalf_of_reseller_id").references(() => organizations.id, {
      onDelete: "restrict",
    }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.partnerOrganizationId] }),
    index("customer_partners_partner_idx").on(t.partnerOrganizationId),
    index("customer_partners_reseller_idx").on(t.onBehalfOfResellerId),
  ],
);

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "restrict" }),
    offerName: text("offer_name").notNull(),
    publisher: offerPublisher("publisher").notNull(),
    billingPartnerId: uuid("billing_partner_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    resellerOfRecordId: uuid("reseller_of_record_id").references(() => organizations.id, { onDelete: "restrict" }),
    quantity: integer("quantity").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    status: subscriptionStatus("status").notNull().default("active"),
    /** Set by the form that creates the subscription, so a double submission makes one row. */
    requestKey: text("request_key").unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("subscriptions_quantity_positive", sql`${t.quantity} between 1 and 1000000`),
    check("subscriptions_dates_ordered", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check(
      "subscriptions_reseller_not_biller",
      sql`${t.resellerOfRecordId} is null or ${t.resellerOfRecordId} <> ${t.billingPartnerId}`,
    ),
    check("subscriptions_offer_name_length", sql`char_length(${t.offerName}) between 1 and 200`),
    index("subscriptions_customer_idx").on(t.customerId),
    // A biller's book, by reseller of record and date: the compliance scan reads the subscriptions of one pair
    // between two days (the days its verdict may fail) by ranges of this index instead of walking the whole book.
    index("subscriptions_biller_reseller_day_idx").on(t.billingPartnerId, t.resellerOfRecordId, t.startsOn),
    // A reseller's subscriptions, and the funnel's "transacting" test for one provider and reseller pair: with the
    // biller alone, a provider billing a million subscriptions made each relationship's stage a scan of its book.
    index("subscriptions_reseller_billing_idx").on(t.resellerOfRecordId, t.billingPartnerId),
  ],
);

/** A partner a customer has engaged to manage its subscriptions (multi-channel). */
export const managementRelationships = pgTable(
  "management_relationships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    partnerOrganizationId: uuid("partner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    grantedAt: at("granted_at").notNull().defaultNow(),
    revokedAt: at("revoked_at"),
    /** The customer's accepted request this grant came from (null only for grants recorded before consent existed). */
    consentRequestId: uuid("consent_request_id").references((): AnyPgColumn => customerConsentRequests.id, { onDelete: "restrict" }),
    revokedByUserId: uuid("revoked_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("management_live_key")
      .on(t.customerId, t.partnerOrganizationId)
      .where(sql`${t.revokedAt} is null`),
    index("management_partner_idx").on(t.partnerOrganizationId),
  ],
);

/**
 * A partner asks a customer's admin for consent: to manage its subscriptions ("manage", multi-channel) or to sell to
 * it although another partner already does ("resell", a reseller relationship request). Addressed by the tenant id the
 * partner typed; `customer_id` is null when no customer has that tenant, so the partner's view of the request tells it
 * nothing about other partners' customers. Pending requests lapse after 30 days.
 */
export const customerConsentRequests = pgTable(
  "customer_consent_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: consentRequestKind("kind").notNull(),
    partnerOrganizationId: uuid("partner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    tenantId: uuid("tenant_id").notNull(),
    customerId: uuid("customer_id").references(() => customers.id, { onDelete: "restrict" }),
    status: consentRequestStatus("status").notNull().default("pending"),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: at("expires_at").notNull().default(sql`now() + interval '30 days'`),
    decidedAt: at("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    check("consent_requests_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
    check("consent_requests_accepted_has_customer", sql`${t.status} <> 'accepted' or ${t.customerId} is not null`),
    uniqueIndex("consent_requests_one_pending")
      .on(t.partnerOrganizationId, t.tenantId, t.kind)
      .where(sql`${t.status} = 'pending'`),
    index("consent_requests_customer_idx").on(t.customerId, t.status),
    index("consent_requests_partner_idx").on(t.partnerOrganizationId, t.createdAt),
  ],
);

/**
 * A partner's request to buy for its own use from another partner (the seller). Nothing lands in the seller's books
 * until the seller's admin accepts; the rules are checked again at acceptance, and the subscription is made then.
 */
export const orderRequests = pgTable(
  "order_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    buyerOrganizationId: uuid("buyer_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    sellerOrganizationId: uuid("seller_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** The provider that bills the purchase when the seller is an indirect reseller; null for a direct-bill seller. */
    providerOrganizationId: uuid("provider_organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    /** The buyer's internal-use tenant that receives the purchase. */
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "restrict" }),
    offerName: text("offer_name").notNull(),
    quantity: integer("quantity").notNull(),
    status: orderRequestStatus("status").notNull().default("pending"),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: at("decided_at"),
    decisionNote: text("decision_note"),
    subscriptionId: uuid("subscription_id").references(() => subscriptions.id, { onDelete: "restrict" }),
    /** Set by the form, so a double submission makes one request. */
    requestKey: text("request_key").unique(),
    createdAt: createdAt(),
  },
  (t) => [
    check("order_requests_distinct_parties", sql`${t.buyerOrganizationId} <> ${t.sellerOrganizationId}`),
    check("order_requests_quantity_positive", sql`${t.quantity} between 1 and 1000000`),
    check("order_requests_offer_name_length", sql`char_length(${t.offerName}) between 1 and 200`),
    check("order_requests_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
    check("order_requests_subscription", sql`(${t.status} = 'accepted') = (${t.subscriptionId} is not null)`),
    index("order_requests_seller_idx").on(t.sellerOrganizationId, t.status, t.createdAt),
    index("order_requests_buyer_idx").on(t.buyerOrganizationId, t.createdAt),
  ],
);

/**
 * Single-use, expiring links mailed to a user (verify an email address; later: reset a password). Only a hash of the
 * token is kept; `next_path` is where the user lands afterwards (an invitation they were signing up for).
 */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    nextPath: text("next_path"),
    /** For 'change-email': the address the user asked to move to; it becomes theirs when they follow the link. */
    newEmail: text("new_email"),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    check("user_tokens_purpose", sql`${t.purpose} in ('verify-email', 'reset-password', 'change-email', 'join-customer')`),
    check("user_tokens_new_email", sql`(${t.purpose} = 'change-email') = (${t.newEmail} is not null)`),
    check("user_tokens_next_path", sql`${t.nextPath} is null or ${t.nextPath} ~ '^/[^/\\\\]'`),
    index("user_tokens_user_idx").on(t.userId, t.purpose),
  ],
);

/**
 * An admin's invitation of a colleague into their organization (or, with no organization, program support's
 * invitation of a colleague into support). Single-use and expiring; only a hash of the token is kept.
 */
export const teamInvitations = pgTable(
  "team_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    email: text("email").notNull(),
    role: userRole("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lastSentAt: at("last_sent_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    acceptedAt: at("accepted_at"),
    acceptedUserId: uuid("accepted_user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: at("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [
    check("team_invitations_role", sql`(${t.role} = 'support') = (${t.organizationId} is null)`),
    check("team_invitations_email_shape", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    check("team_invitations_single_outcome", sql`num_nonnulls(${t.acceptedAt}, ${t.revokedAt}) <= 1`),
    // One open invitation per address and team; a resend replaces its token.
    uniqueIndex("team_invitations_open_key")
      .on(sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("team_invitations_organization_idx").on(t.organizationId, t.createdAt),
  ],
);

/**
 * Each sign-in, recorded when it happens: the id the session token carries, the browser and address it came from.
 * A session is active while its user's session_version is unchanged, it is not in `ended_sessions`, and it is younger
 * than the absolute maximum.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    sessionId: uuid("session_id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    userAgent: text("user_agent").notNull(),
    clientAddress: text("client_address").notNull(),
    signedInAt: at("signed_in_at").notNull().defaultNow(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.signedInAt)],
);

/**
 * Outgoing email, written in the transaction of the change it announces and delivered after commit (a transactional
 * outbox): a deliverer claims rows with `FOR UPDATE SKIP LOCKED`, so two app instances never send one message twice;
 * a failure waits longer before each retry and gives up after the last attempt.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** What the message is about (e.g. "verify-email", "invitation"), for support and tests. */
    kind: text("kind").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    /** While a deliverer holds the row; a crashed one's claim runs out and another takes over. */
    claimedUntil: at("claimed_until"),
    sentAt: at("sent_at"),
    failedAt: at("failed_at"),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    check("email_outbox_recipient_shape", sql`${t.recipient} ~ '^[^@\\s]+@[^@\\s]+$'`),
    check("email_outbox_one_end", sql`num_nonnulls(${t.sentAt}, ${t.failedAt}) <= 1`),
    index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    // Support's list of deliveries that failed for good, newest first.
    index("email_outbox_failed_idx").on(t.failedAt).where(sql`${t.failedAt} is not null`),
  ],
);

/**
 * Background work (scans, imports, reminders, syncs), written in the transaction that asks for it and run by any app
 * server: runners claim rows with `FOR UPDATE SKIP LOCKED` and a claim token, so two instances never run one job at
 * once; a runner that dies stops renewing its claim, and another takes the job over once the claim runs out.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Which handler runs it (lib/jobs/handlers.ts), e.g. "compliance.scan". */
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull().default(sql`'{}'::jsonb`),
    /** The organization the work is for, so its people can follow it; null for program-wide work. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    /** At most one queued or running job per kind and key (e.g. one scan per organization at a time). */
    singletonKey: text("singleton_key"),
    status: jobStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(8),
    runAt: at("run_at").notNull().defaultNow(),
    claimToken: uuid("claim_token"),
    claimedUntil: at("claimed_until"),
    progressDone: integer("progress_done"),
    progressTotal: integer("progress_total"),
    result: jsonb("result"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    startedAt: at("started_at"),
    finishedAt: at("finished_at"),
  },
  (t) => [
    check("jobs_attempts_within_max", sql`${t.attempts} >= 0 and ${t.attempts} <= ${t.maxAttempts}`),
    check("jobs_progress_shape", sql`${t.progressDone} is null or (${t.progressDone} >= 0 and ${t.progressTotal} >= 0)`),
    check("jobs_finished_when_ended", sql`(${t.status} in ('done', 'failed')) = (${t.finishedAt} is not null)`),
    check("jobs_claimed_when_running", sql`(${t.status} = 'running') = (${t.claimToken} is not null)`),
    uniqueIndex("jobs_one_active_per_key")
      .on(t.kind, t.singletonKey)
      .where(sql`${t.singletonKey} is not null and ${t.status} in ('queued', 'running')`),
    index("jobs_due_idx").on(t.runAt).where(sql`${t.status} in ('queued', 'running')`),
    index("jobs_organization_idx").on(t.organizationId, t.createdAt),
    // Support's list of jobs that failed after their retries, newest first.
    index("jobs_failed_idx").on(t.finishedAt).where(sql`${t.status} = 'failed'`),
  ],
);

/**
 * A provider's link to its Partner Center account: the token cache (refresh token included) encrypted at rest with
 * PARTNER_CENTER_TOKEN_KEY, and how the last sync went. Disconnecting deletes the row (and so the tokens); what the
 * syncs recorded stays.
 */
export const partnerCenterConnections = pgTable(
  "partner_center_connections",
  {
    organizationId: uuid("organization_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Who signed in to Partner Center (as Microsoft names the account). */
    account: text("account").notNull(),
    partnerTenantId: text("partner_tenant_id").notNull(),
    encryptedTokenCache: text("encrypted_token_cache").notNull(),
    status: partnerCenterConnectionStatus("status").notNull().default("connected"),
    connectedBy: uuid("connected_by").references(() => users.id, { onDelete: "set null" }),
    connectedAt: createdAt(),
    lastSyncStartedAt: at("last_sync_started_at"),
    lastSyncedAt: at("last_synced_at"),
    /** Why the last attempt failed (throttled, unavailable, credentials refused); cleared by the next success. */
    lastSyncError: text("last_sync_error"),
  },
  (t) => [check("partner_center_connections_token_sealed", sql`${t.encryptedTokenCache} like 'v1.%'`)],
);

/**
 * What Partner Center said about each of a provider's indirect resellers at the last sync: the relationship's state and
 * the MPA status. A reseller that disappears from Partner Center keeps its row, marked `goneAt` (history is kept).
 */
export const partnerCenterResellers = pgTable(
  "partner_center_resellers",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    partnerId: text("partner_id").notNull(),
    resellerTenantId: text("reseller_tenant_id").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    relationshipState: text("relationship_state"),
    mpaSigned: boolean("mpa_signed"),
    /** Partner Center's reason when not signed (2200–2206). */
    mpaCode: integer("mpa_code"),
    checkedAt: at("checked_at").notNull().defaultNow(),
    goneAt: at("gone_at"),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.partnerId] })],
);

/** Each of a provider's customers in Partner Center and the indirect resellers linked to it, at the last sync. */
export const partnerCenterCustomers = pgTable(
  "partner_center_customers",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    customerTenantId: text("customer_tenant_id").notNull(),
    companyName: text("company_name").notNull(),
    domain: text("domain").notNull(),
    resellerPartnerIds: text("reseller_partner_ids").array().notNull().default(sql`'{}'::text[]`),
    checkedAt: at("checked_at").notNull().defaultNow(),
    goneAt: at("gone_at"),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.customerTenantId] })],
);

/** Append-only record of every change to partner data; triggers refuse updates and deletes. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: at("occurred_at").notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    actorOrganizationId: uuid("actor_organization_id").references(() => organizations.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    /** The organizations whose data this event concerns, so each can read its own history. */
    subjectOrganizationIds: uuid("subject_organization_ids").array().notNull().default(sql`'{}'::uuid[]`),
    before: jsonb("before"),
    after: jsonb("after"),
    /** The API token's name when the change came through the partner API (the actor is then the admin who made it). */
    apiTokenName: text("api_token_name"),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId, t.occurredAt),
    index("audit_actor_org_idx").on(t.actorOrganizationId, t.occurredAt),
    index("audit_subjects_idx").using("gin", t.subjectOrganizationIds),
    // The audit log pages newest first by (occurred_at, id); one index per filter keeps each page an index scan.
    index("audit_occurred_idx").on(t.occurredAt, t.id),
    index("audit_actor_user_idx").on(t.actorUserId, t.occurredAt, t.id),
    index("audit_action_idx").on(t.action, t.occurredAt, t.id),
    index("audit_entity_id_idx").on(t.entityId, t.occurredAt, t.id),
  ],
);

/**
 * Every status a provider–reseller relationship has had, from when. Written by a trigger on the relationships table
 * (drizzle/…_compliance-scan-sql.sql), so no path that changes a status can forget it; the compliance scan reads the
 * state a relationship had on a subscription's date from here.
 */
export const relationshipStatusChanges = pgTable(
  "relationship_status_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    relationshipId: uuid("relationship_id")
      .notNull()
      .references(() => providerResellerRelationships.id, { onDelete: "cascade" }),
    status: relationshipStatus("status").notNull(),
    changedAt: at("changed_at").notNull().defaultNow(),
  },
  (t) => [index("relationship_status_changes_relationship_idx").on(t.relationshipId, t.changedAt)],
);

export const complianceScanStatus = pgEnum("compliance_scan_status", ["running", "done", "failed"]);

/**
 * One run of the compliance scan over a scope: an organization's book (its id) or, for program support, everything
 * (null). The last finished scan of a scope is the one shown; the one before it is kept only to say what changed.
 */
export const complianceScans = pgTable(
  "compliance_scans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    status: complianceScanStatus("status").notNull().default("running"),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    jobId: text("job_id"),
    startedAt: at("started_at").notNull().defaultNow(),
    finishedAt: at("finished_at"),
    subscriptionsChecked: integer("subscriptions_checked").notNull().default(0),
    findingsCount: integer("findings_count").notNull().default(0),
    /** Compared with the scope's previous finished scan: findings it did not have, and its findings now gone. */
    newCount: integer("new_count"),
    fixedCount: integer("fixed_count"),
    error: text("error"),
  },
  (t) => [
    check("compliance_scans_finished", sql`(${t.status} = 'running') = (${t.finishedAt} is null)`),
    // One running scan per scope: a second request while one runs joins it instead of scanning twice.
    uniqueIndex("compliance_scans_one_running_key")
      .on(sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.status} = 'running'`),
    index("compliance_scans_scope_idx").on(t.organizationId, t.startedAt),
  ],
);

/** A subscription that broke a rule on its date, as one scan found it (one row per subscription and rule). */
export const complianceFindings = pgTable(
  "compliance_findings",
  {
    // Both references are kept by statement-level triggers (drizzle/0028_findings-references.sql), not foreign keys:
    // a scan stores tens of thousands of findings at once, and a foreign key checks and locks its row once per
    // finding, which took most of the time the scan spent storing them.
    scanId: uuid("scan_id").notNull(),
    subscriptionId: uuid("subscription_id").notNull(),
    ruleId: text("rule_id").notNull(),
    startsOn: date("starts_on").notNull(),
    customerId: uuid("customer_id").notNull(),
    billingPartnerId: uuid("billing_partner_id").notNull(),
    resellerOfRecordId: uuid("reseller_of_record_id"),
    explanation: text("explanation").notNull(),
    remedy: text("remedy").notNull(),
    /** The rules version the verdict came from (effective date and source), when the rules name one. */
    rulesVersion: text("rules_version"),
  },
  (t) => [
    primaryKey({ columns: [t.scanId, t.subscriptionId, t.ruleId] }),
    index("compliance_findings_scan_rule_idx").on(t.scanId, t.ruleId),
    index("compliance_findings_scan_reseller_idx").on(t.scanId, t.resellerOfRecordId),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Relationship = typeof providerResellerRelationships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type TerminationRequest = typeof terminationRequests.$inferSelect;
export type Customer = typeof customers.$inferSelect;
export type Tenant = typeof tenants.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type OrderRequest = typeof orderRequests.$inferSelect;
export type CustomerConsentRequest = typeof customerConsentRequests.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type PartnerType = (typeof partnerType.enumValues)[number];
export type UserRole = (typeof userRole.enumValues)[number];
export type RelationshipStatus = (typeof relationshipStatus.enumValues)[number];

/** How a user wants to hear about one kind of notification: in the app only, by email too, or not at all. */
export const notificationDelivery = pgEnum("notification_delivery", ["in-app", "email", "off"]);

/**
 * In-app notifications, one row per recipient, written in the transaction of the change they announce
 * (`notify` in lib/notifications/notify.ts). `href` is a path inside the app (the record the notification is about).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    href: text("href").notNull(),
    readAt: at("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    check("notifications_href_internal", sql`${t.href} ~ '^/[^/\\\\]'`),
    check("notifications_title_length", sql`char_length(${t.title}) between 1 and 200`),
    // Newest first, keyset-paged per user.
    index("notifications_user_created_idx").on(t.userId, t.createdAt, t.id),
    // The bell's unread count reads only this small index.
    index("notifications_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/** A user's choice per notification kind; no row means the kind's default (lib/notifications/kinds.ts). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    delivery: notificationDelivery("delivery").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type NotificationDelivery = (typeof notificationDelivery.enumValues)[number];

/**
 * When a provider last reminded a reseller to sign the MPA; one row per pair. A trigger (drizzle, notifications-sql)
 * refuses a new reminder within seven days of the last one, whatever path writes it.
 */
export const mpaReminders = pgTable(
  "mpa_reminders",
  {
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    resellerId: uuid("reseller_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    lastSentAt: at("last_sent_at").notNull().defaultNow(),
    lastSentBy: uuid("last_sent_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.resellerId] })],
);

/** The re-authorization warnings already sent: one row per reseller, anniversary and lead time, so each goes out once. */
export const reauthorizationWarnings = pgTable(
  "reauthorization_warnings",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    dueOn: date("due_on").notNull(),
    daysBefore: integer("days_before").notNull(),
    sentAt: at("sent_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.dueOn, t.daysBefore] }),
    check("reauthorization_warnings_days", sql`${t.daysBefore} in (90, 60, 30)`),
  ],
);

/** What a CSV import brings in: resellers to invite (a provider) or customers to add (a partner that sells). */
export const importKind = pgEnum("import_kind", ["resellers", "customers"]);
/** "preview": parsed and decided, nothing sent yet; "queued"/"running": confirmed, the job works; "done": every row has an outcome. */
export const importStatus = pgEnum("import_status", ["preview", "queued", "running", "done"]);
/** What the preview says will happen to a row: it goes ahead, it is already there, or it is refused (with why). */
export const importDecision = pgEnum("import_decision", ["go", "already", "refused"]);
/** What happened to a row once the import ran. */
export const importOutcome = pgEnum("import_outcome", ["done", "skipped", "failed"]);

/**
 * An uploaded CSV file: its rows wait here as a preview until an admin confirms, so nothing else is written before
 * that; the confirmation queues the job that works through them.
 */
export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: importKind("kind").notNull(),
    status: importStatus("status").notNull().default("preview"),
    fileName: text("file_name").notNull(),
    rowCount: integer("row_count").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The admin who confirmed it: the job acts as them (the same actor, permissions and audit trail as by hand). */
    confirmedByUserId: uuid("confirmed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    jobId: uuid("job_id"),
    createdAt: createdAt(),
    confirmedAt: at("confirmed_at"),
    finishedAt: at("finished_at"),
  },
  (t) => [
    check("imports_confirmed_when_sent", sql`(${t.status} = 'preview') = (${t.confirmedAt} is null)`),
    check("imports_finished_when_done", sql`(${t.status} = 'done') = (${t.finishedAt} is not null)`),
    index("imports_organization_idx").on(t.organizationId, t.createdAt),
  ],
);

/** One line of an import: the file's fields, the preview's decision and, once run, its outcome. */
export const importRows = pgTable(
  "import_rows",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    /** The line in the file (header is line 1), as people find it in their spreadsheet. */
    line: integer("line").notNull(),
    fields: jsonb("fields").$type<Record<string, string>>().notNull(),
    decision: importDecision("decision").notNull(),
    reason: text("reason"),
    outcome: importOutcome("outcome"),
    outcomeReason: text("outcome_reason"),
    /** The invitation or customer the row made. */
    recordId: uuid("record_id"),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.line] }),
    check("import_rows_refused_has_reason", sql`${t.decision} = 'go' or ${t.reason} is not null`),
  ],
);

/**
 * Partner API tokens: an organization's admin makes one with a name, scopes and an expiry. Only the SHA-256 of the
 * secret is kept (the secret is shown once); `prefix` is its first characters, so a list can tell tokens apart.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    scopes: text("scopes").array().notNull(),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    expiresAt: at("expires_at").notNull(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_idx").on(t.tokenHash),
    index("api_tokens_organization_idx").on(t.organizationId, t.createdAt),
    check("api_tokens_scopes_present", sql`cardinality(${t.scopes}) > 0`),
    check("api_tokens_expiry_after_creation", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/**
 * Each token's request count in its current fixed window, updated with one atomic upsert per request, so every app
 * server shares the limit.
 */
export const apiRateLimits = pgTable("api_rate_limits", {
  tokenId: uuid("token_id")
    .primaryKey()
    .references(() => apiTokens.id, { onDelete: "cascade" }),
  windowStart: at("window_start").notNull(),
  requests: integer("requests").notNull(),
});

/**
 * An organization's webhook endpoints (lib/data/webhooks.ts): where events of the kinds it chose are POSTed, signed
 * with its secret (Standard Webhooks). The secret is sealed (AES-256-GCM under a key derived from AUTH_SECRET) and
 * shown once, when it is made.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    /** Event kinds it receives (lib/webhooks/event-kinds.ts); at least one. */
    eventKinds: text("event_kinds").array().notNull(),
    sealedSecret: text("sealed_secret").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    secretRotatedAt: at("secret_rotated_at"),
  },
  (t) => [
    check("webhook_endpoints_some_kinds", sql`cardinality(${t.eventKinds}) > 0`),
    check("webhook_endpoints_url_http", sql`${t.url} ~ '^https?://'`),
    check("webhook_endpoints_url_length", sql`char_length(${t.url}) <= 2000`),
    index("webhook_endpoints_organization_idx").on(t.organizationId, t.createdAt),
  ],
);

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", ["pending", "succeeded", "failed"]);

/**
 * One event for one endpoint: its body (signed as stored), and how the attempts went. Each attempt is a job
 * ("webhook.deliver"); a failure queues the next with a growing wait until 24 hours after `window_started_at`, then
 * the delivery is failed. "Send again" makes a new delivery of the same message (same `message_id`).
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The `webhook-id` header: the same for every attempt and resend, so receivers can drop duplicates. */
    messageId: text("message_id").notNull(),
    kind: text("kind").notNull(),
    body: text("body").notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    windowStartedAt: at("window_started_at").notNull().defaultNow(),
    nextAttemptAt: at("next_attempt_at"),
    lastAttemptAt: at("last_attempt_at"),
    responseStatus: integer("response_status"),
    /** The start of the receiver's answer (at most 1,000 characters), or why no answer came. */
    responseBody: text("response_body"),
    lastError: text("last_error"),
    durationMs: integer("duration_ms"),
    createdAt: createdAt(),
    finishedAt: at("finished_at"),
  },
  (t) => [
    check("webhook_deliveries_finished_when_ended", sql`(${t.status} <> 'pending') = (${t.finishedAt} is not null)`),
    check("webhook_deliveries_response_length", sql`char_length(${t.responseBody}) <= 1000`),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt, t.id),
  ],
);
