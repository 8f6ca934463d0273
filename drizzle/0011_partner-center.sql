CREATE TYPE "public"."partner_center_connection_status" AS ENUM('connected', 'reconnect-needed');--> statement-breakpoint
CREATE TABLE "partner_center_connections" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"account" text NOT NULL,
	"partner_tenant_id" text NOT NULL,
	"encrypted_token_cache" text NOT NULL,
	"status" "partner_center_connection_status" DEFAULT 'connected' NOT NULL,
	"connected_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sync_started_at" timestamp with time zone,
	"last_synced_at" timestamp with time zone,
	"last_sync_error" text,
	CONSTRAINT "partner_center_connections_token_sealed" CHECK ("partner_center_connections"."encrypted_token_cache" like 'v1.%')
);
--> statement-breakpoint
CREATE TABLE "partner_center_customers" (
	"organization_id" uuid NOT NULL,
	"customer_tenant_id" text NOT NULL,
	"company_name" text NOT NULL,
	"domain" text NOT NULL,
	"reseller_partner_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"gone_at" timestamp with time zone,
	CONSTRAINT "partner_center_customers_organization_id_customer_tenant_id_pk" PRIMARY KEY("organization_id","customer_tenant_id")
);
--> statement-breakpoint
CREATE TABLE "partner_center_resellers" (
	"organization_id" uuid NOT NULL,
	"partner_id" text NOT NULL,
	"reseller_tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"relationship_state" text,
	"mpa_signed" boolean,
	"mpa_code" integer,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"gone_at" timestamp with time zone,
	CONSTRAINT "partner_center_resellers_organization_id_partner_id_pk" PRIMARY KEY("organization_id","partner_id")
);
--> statement-breakpoint
ALTER TABLE "partner_center_connections" ADD CONSTRAINT "partner_center_connections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_center_connections" ADD CONSTRAINT "partner_center_connections_connected_by_users_id_fk" FOREIGN KEY ("connected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_center_customers" ADD CONSTRAINT "partner_center_customers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_center_resellers" ADD CONSTRAINT "partner_center_resellers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;