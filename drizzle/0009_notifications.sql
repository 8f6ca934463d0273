CREATE TYPE "public"."notification_delivery" AS ENUM('in-app', 'email', 'off');--> statement-breakpoint
CREATE TABLE "mpa_reminders" (
	"provider_id" uuid NOT NULL,
	"reseller_id" uuid NOT NULL,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_by" uuid,
	CONSTRAINT "mpa_reminders_provider_id_reseller_id_pk" PRIMARY KEY("provider_id","reseller_id")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"delivery" "notification_delivery" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"href" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_href_internal" CHECK ("notifications"."href" ~ '^/[^/\\]'),
	CONSTRAINT "notifications_title_length" CHECK (char_length("notifications"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "reauthorization_warnings" (
	"organization_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reauthorization_warnings_organization_id_due_on_days_before_pk" PRIMARY KEY("organization_id","due_on","days_before"),
	CONSTRAINT "reauthorization_warnings_days" CHECK ("reauthorization_warnings"."days_before" in (90, 60, 30))
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "authorization_anniversary" date;--> statement-breakpoint
ALTER TABLE "mpa_reminders" ADD CONSTRAINT "mpa_reminders_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mpa_reminders" ADD CONSTRAINT "mpa_reminders_reseller_id_organizations_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mpa_reminders" ADD CONSTRAINT "mpa_reminders_last_sent_by_users_id_fk" FOREIGN KEY ("last_sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reauthorization_warnings" ADD CONSTRAINT "reauthorization_warnings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;