CREATE TYPE "public"."compliance_scan_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "compliance_findings" (
	"scan_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"starts_on" date NOT NULL,
	"customer_id" uuid NOT NULL,
	"billing_partner_id" uuid NOT NULL,
	"reseller_of_record_id" uuid,
	"explanation" text NOT NULL,
	"remedy" text NOT NULL,
	"rules_version" text,
	CONSTRAINT "compliance_findings_scan_id_subscription_id_rule_id_pk" PRIMARY KEY("scan_id","subscription_id","rule_id")
);
--> statement-breakpoint
CREATE TABLE "compliance_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"status" "compliance_scan_status" DEFAULT 'running' NOT NULL,
	"requested_by_user_id" uuid,
	"job_id" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"subscriptions_checked" integer DEFAULT 0 NOT NULL,
	"findings_count" integer DEFAULT 0 NOT NULL,
	"new_count" integer,
	"fixed_count" integer,
	"error" text,
	CONSTRAINT "compliance_scans_finished" CHECK (("compliance_scans"."status" = 'running') = ("compliance_scans"."finished_at" is null))
);
--> statement-breakpoint
CREATE TABLE "relationship_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"relationship_id" uuid NOT NULL,
	"status" "relationship_status" NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compliance_findings" ADD CONSTRAINT "compliance_findings_scan_id_compliance_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."compliance_scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_findings" ADD CONSTRAINT "compliance_findings_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_scans" ADD CONSTRAINT "compliance_scans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_scans" ADD CONSTRAINT "compliance_scans_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_status_changes" ADD CONSTRAINT "relationship_status_changes_relationship_id_provider_reseller_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."provider_reseller_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compliance_findings_scan_rule_idx" ON "compliance_findings" USING btree ("scan_id","rule_id");--> statement-breakpoint
CREATE INDEX "compliance_findings_scan_reseller_idx" ON "compliance_findings" USING btree ("scan_id","reseller_of_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_scans_one_running_key" ON "compliance_scans" USING btree (coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "compliance_scans"."status" = 'running';--> statement-breakpoint
CREATE INDEX "compliance_scans_scope_idx" ON "compliance_scans" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "relationship_status_changes_relationship_idx" ON "relationship_status_changes" USING btree ("relationship_id","changed_at");--> statement-breakpoint
CREATE INDEX "subscriptions_billing_partner_id_idx" ON "subscriptions" USING btree ("billing_partner_id","id");