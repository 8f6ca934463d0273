CREATE TABLE "reseller_funnel_counts" (
	"provider_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"resellers" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reseller_funnel_counts_provider_id_stage_pk" PRIMARY KEY("provider_id","stage"),
	CONSTRAINT "reseller_funnel_counts_not_negative" CHECK ("reseller_funnel_counts"."resellers" >= 0)
);
--> statement-breakpoint
ALTER TABLE "provider_reseller_relationships" ADD COLUMN "funnel_stage" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reseller_funnel_counts" ADD CONSTRAINT "reseller_funnel_counts_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_legal_name_order_idx" ON "organizations" USING btree (lower("legal_name"));--> statement-breakpoint
CREATE INDEX "organizations_legal_name_id_idx" ON "organizations" USING btree ("legal_name","id");--> statement-breakpoint
CREATE INDEX "relationships_provider_stage_idx" ON "provider_reseller_relationships" USING btree ("provider_id","funnel_stage");