CREATE TYPE "public"."consent_request_kind" AS ENUM('manage', 'resell');--> statement-breakpoint
CREATE TYPE "public"."consent_request_status" AS ENUM('pending', 'accepted', 'declined', 'expired');--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'customer-admin';--> statement-breakpoint
CREATE TABLE "customer_consent_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "consent_request_kind" NOT NULL,
	"partner_organization_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid,
	"status" "consent_request_status" DEFAULT 'pending' NOT NULL,
	"requested_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"expires_at" timestamp with time zone DEFAULT now() + interval '30 days' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_requests_decided" CHECK (("customer_consent_requests"."status" = 'pending') = ("customer_consent_requests"."decided_at" is null)),
	CONSTRAINT "consent_requests_accepted_has_customer" CHECK ("customer_consent_requests"."status" <> 'accepted' or "customer_consent_requests"."customer_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_purpose";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_support_has_no_organization";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "require_two_factor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "management_relationships" ADD COLUMN "consent_request_id" uuid;--> statement-breakpoint
ALTER TABLE "management_relationships" ADD COLUMN "revoked_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
ALTER TABLE "customer_consent_requests" ADD CONSTRAINT "customer_consent_requests_partner_organization_id_organizations_id_fk" FOREIGN KEY ("partner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_consent_requests" ADD CONSTRAINT "customer_consent_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_consent_requests" ADD CONSTRAINT "customer_consent_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_consent_requests" ADD CONSTRAINT "customer_consent_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consent_requests_one_pending" ON "customer_consent_requests" USING btree ("partner_organization_id","tenant_id","kind") WHERE "customer_consent_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "consent_requests_customer_idx" ON "customer_consent_requests" USING btree ("customer_id","status");--> statement-breakpoint
CREATE INDEX "consent_requests_partner_idx" ON "customer_consent_requests" USING btree ("partner_organization_id","created_at");--> statement-breakpoint
ALTER TABLE "management_relationships" ADD CONSTRAINT "management_relationships_consent_request_id_customer_consent_requests_id_fk" FOREIGN KEY ("consent_request_id") REFERENCES "public"."customer_consent_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_relationships" ADD CONSTRAINT "management_relationships_revoked_by_user_id_users_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_customer_idx" ON "users" USING btree ("customer_id");--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_purpose" CHECK ("user_tokens"."purpose" in ('verify-email', 'reset-password', 'change-email', 'join-customer'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_customer_admin_has_customer" CHECK (("users"."role"::text = 'customer-admin') = ("users"."customer_id" is not null));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_support_has_no_organization" CHECK (("users"."role" = 'support') = ("users"."organization_id" is null and "users"."customer_id" is null));