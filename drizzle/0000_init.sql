CREATE TYPE "public"."offer_publisher" AS ENUM('first-party', 'third-party');--> statement-breakpoint
CREATE TYPE "public"."onboarding_status" AS ENUM('not-submitted', 'submitted', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."partner_type" AS ENUM('indirect-provider', 'indirect-reseller', 'direct-bill');--> statement-breakpoint
CREATE TYPE "public"."relationship_status" AS ENUM('invited', 'active', 'suspended', 'termination-requested', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('active', 'suspended', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."tenant_type" AS ENUM('customer', 'csp');--> statement-breakpoint
CREATE TYPE "public"."termination_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'member', 'support');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_organization_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"subject_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "country_regions" (
	"country" text PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	CONSTRAINT "country_regions_country_region_key" UNIQUE("country","region")
);
--> statement-breakpoint
CREATE TABLE "customer_partners" (
	"customer_id" uuid NOT NULL,
	"partner_organization_id" uuid NOT NULL,
	"on_behalf_of_reseller_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_partners_customer_id_partner_organization_id_pk" PRIMARY KEY("customer_id","partner_organization_id")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"region" text NOT NULL,
	"owner_organization_id" uuid,
	"affiliation_group" text,
	"created_by_organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_name_length" CHECK (char_length("customers"."name") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"email" text NOT NULL,
	"partner_id" text,
	"token_hash" text NOT NULL,
	"created_by_user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_organization_id" uuid,
	"relationship_id" uuid,
	"declined_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_partner_id_digits" CHECK ("invitations"."partner_id" is null or "invitations"."partner_id" ~ '^[0-9]{6,10}$'),
	CONSTRAINT "invitations_single_outcome" CHECK (num_nonnulls("invitations"."accepted_at", "invitations"."declined_at", "invitations"."revoked_at") <= 1),
	CONSTRAINT "invitations_accepted_by" CHECK (("invitations"."accepted_at" is null) = ("invitations"."accepted_by_organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "management_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"partner_organization_id" uuid NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_type" "partner_type" NOT NULL,
	"legal_name" text NOT NULL,
	"partner_id" text NOT NULL,
	"country" text NOT NULL,
	"region" text NOT NULL,
	"csp_tenant_id" uuid NOT NULL,
	"affiliation_group" text,
	"onboarding_status" "onboarding_status" DEFAULT 'not-submitted' NOT NULL,
	"onboarding_rejection_reason" text,
	"onboarding_details" jsonb,
	"onboarding_submitted_at" timestamp with time zone,
	"onboarded_at" timestamp with time zone,
	"onboarded_by" text,
	"reseller_enrolled_at" timestamp with time zone,
	"reseller_enrolled_by" text,
	"direct_bill_enrolled_at" timestamp with time zone,
	"direct_bill_enrolled_by" text,
	"has_api_integration" boolean DEFAULT false NOT NULL,
	"provides_billing" boolean DEFAULT false NOT NULL,
	"provides_support" boolean DEFAULT false NOT NULL,
	"provides_managed_services" boolean DEFAULT false NOT NULL,
	"mpa_accepted_on" date,
	"mpa_signer_name" text,
	"mpa_signer_title" text,
	"mpa_signer_email" text,
	"require_two_factor" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_partner_id_unique" UNIQUE("partner_id"),
	CONSTRAINT "organizations_csp_tenant_id_unique" UNIQUE("csp_tenant_id"),
	CONSTRAINT "organizations_partner_id_digits" CHECK ("organizations"."partner_id" ~ '^[0-9]{6,10}$'),
	CONSTRAINT "organizations_legal_name_length" CHECK (char_length("organizations"."legal_name") between 1 and 200),
	CONSTRAINT "organizations_mpa_signer" CHECK ("organizations"."mpa_accepted_on" is null or ("organizations"."mpa_signer_name" is not null and "organizations"."mpa_signer_email" is not null)),
	CONSTRAINT "organizations_reseller_enrollment" CHECK ("organizations"."reseller_enrolled_at" is null or "organizations"."partner_type" = 'indirect-reseller'),
	CONSTRAINT "organizations_direct_bill_enrollment" CHECK ("organizations"."direct_bill_enrolled_at" is null or "organizations"."partner_type" = 'direct-bill')
);
--> statement-breakpoint
CREATE TABLE "provider_reseller_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"reseller_id" uuid NOT NULL,
	"status" "relationship_status" DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone,
	"suspended_at" timestamp with time zone,
	"termination_requested_at" timestamp with time zone,
	"terminated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relationships_distinct_parties" CHECK ("provider_reseller_relationships"."provider_id" <> "provider_reseller_relationships"."reseller_id"),
	CONSTRAINT "relationships_terminated_at" CHECK (("provider_reseller_relationships"."status" = 'terminated') = ("provider_reseller_relationships"."terminated_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"offer_name" text NOT NULL,
	"publisher" "offer_publisher" NOT NULL,
	"billing_partner_id" uuid NOT NULL,
	"reseller_of_record_id" uuid,
	"quantity" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" "subscription_status" DEFAULT 'active' NOT NULL,
	"request_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_request_key_unique" UNIQUE("request_key"),
	CONSTRAINT "subscriptions_quantity_positive" CHECK ("subscriptions"."quantity" between 1 and 1000000),
	CONSTRAINT "subscriptions_dates_ordered" CHECK ("subscriptions"."ends_on" is null or "subscriptions"."ends_on" >= "subscriptions"."starts_on"),
	CONSTRAINT "subscriptions_reseller_not_biller" CHECK ("subscriptions"."reseller_of_record_id" is null or "subscriptions"."reseller_of_record_id" <> "subscriptions"."billing_partner_id"),
	CONSTRAINT "subscriptions_offer_name_length" CHECK (char_length("subscriptions"."offer_name") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"tenant_type" "tenant_type" DEFAULT 'customer' NOT NULL,
	"owner_organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_tenant_id_unique" UNIQUE("tenant_id"),
	CONSTRAINT "tenants_csp_has_owner" CHECK ("tenants"."tenant_type" = 'customer' or "tenants"."owner_organization_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "termination_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"requested_by_organization_id" uuid NOT NULL,
	"requested_by_user_id" uuid,
	"reason" text NOT NULL,
	"status" "termination_status" DEFAULT 'pending' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "termination_reason_length" CHECK (char_length("termination_requests"."reason") between 1 and 2000),
	CONSTRAINT "termination_decided" CHECK (("termination_requests"."status" = 'pending') = ("termination_requests"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"organization_id" uuid,
	"role" "user_role" NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_support_has_no_organization" CHECK (("users"."role" = 'support') = ("users"."organization_id" is null)),
	CONSTRAINT "users_name_length" CHECK (char_length("users"."name") between 1 and 100),
	CONSTRAINT "users_email_shape" CHECK ("users"."email" ~ '^[^@\s]+@[^@\s]+$')
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_organization_id_organizations_id_fk" FOREIGN KEY ("actor_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_partners" ADD CONSTRAINT "customer_partners_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_partners" ADD CONSTRAINT "customer_partners_partner_organization_id_organizations_id_fk" FOREIGN KEY ("partner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_partners" ADD CONSTRAINT "customer_partners_on_behalf_of_reseller_id_organizations_id_fk" FOREIGN KEY ("on_behalf_of_reseller_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_created_by_organization_id_organizations_id_fk" FOREIGN KEY ("created_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_country_region_fk" FOREIGN KEY ("country","region") REFERENCES "public"."country_regions"("country","region") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_organization_id_organizations_id_fk" FOREIGN KEY ("accepted_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_relationship_id_provider_reseller_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."provider_reseller_relationships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_relationships" ADD CONSTRAINT "management_relationships_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_relationships" ADD CONSTRAINT "management_relationships_partner_organization_id_organizations_id_fk" FOREIGN KEY ("partner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_region_fk" FOREIGN KEY ("country","region") REFERENCES "public"."country_regions"("country","region") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_relationships_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_relationships_reseller_id_organizations_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_billing_partner_id_organizations_id_fk" FOREIGN KEY ("billing_partner_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_reseller_of_record_id_organizations_id_fk" FOREIGN KEY ("reseller_of_record_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "termination_requests" ADD CONSTRAINT "termination_requests_relationship_id_provider_reseller_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."provider_reseller_relationships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "termination_requests" ADD CONSTRAINT "termination_requests_requested_by_organization_id_organizations_id_fk" FOREIGN KEY ("requested_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "termination_requests" ADD CONSTRAINT "termination_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "termination_requests" ADD CONSTRAINT "termination_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_actor_org_idx" ON "audit_events" USING btree ("actor_organization_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_subjects_idx" ON "audit_events" USING gin ("subject_organization_ids");--> statement-breakpoint
CREATE INDEX "customer_partners_partner_idx" ON "customer_partners" USING btree ("partner_organization_id");--> statement-breakpoint
CREATE INDEX "customer_partners_reseller_idx" ON "customer_partners" USING btree ("on_behalf_of_reseller_id");--> statement-breakpoint
CREATE INDEX "customers_name_lower_idx" ON "customers" USING btree (lower("name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "customers_owner_idx" ON "customers" USING btree ("owner_organization_id");--> statement-breakpoint
CREATE INDEX "customers_created_by_idx" ON "customers" USING btree ("created_by_organization_id");--> statement-breakpoint
CREATE INDEX "invitations_provider_idx" ON "invitations" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "invitations_email_lower_idx" ON "invitations" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "management_live_key" ON "management_relationships" USING btree ("customer_id","partner_organization_id") WHERE "management_relationships"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "management_partner_idx" ON "management_relationships" USING btree ("partner_organization_id");--> statement-breakpoint
CREATE INDEX "organizations_partner_type_idx" ON "organizations" USING btree ("partner_type");--> statement-breakpoint
CREATE INDEX "organizations_legal_name_lower_idx" ON "organizations" USING btree (lower("legal_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organizations_affiliation_group_idx" ON "organizations" USING btree ("affiliation_group");--> statement-breakpoint
CREATE UNIQUE INDEX "relationships_live_pair_key" ON "provider_reseller_relationships" USING btree ("provider_id","reseller_id") WHERE "provider_reseller_relationships"."status" <> 'terminated';--> statement-breakpoint
CREATE INDEX "relationships_provider_status_idx" ON "provider_reseller_relationships" USING btree ("provider_id","status");--> statement-breakpoint
CREATE INDEX "relationships_reseller_idx" ON "provider_reseller_relationships" USING btree ("reseller_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_codes_user_code_key" ON "recovery_codes" USING btree ("user_id","code_hash");--> statement-breakpoint
CREATE INDEX "subscriptions_customer_idx" ON "subscriptions" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "subscriptions_billing_partner_idx" ON "subscriptions" USING btree ("billing_partner_id");--> statement-breakpoint
CREATE INDEX "subscriptions_reseller_idx" ON "subscriptions" USING btree ("reseller_of_record_id");--> statement-breakpoint
CREATE INDEX "tenants_customer_idx" ON "tenants" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "termination_one_pending_key" ON "termination_requests" USING btree ("relationship_id") WHERE "termination_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "termination_status_idx" ON "termination_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");