CREATE TYPE "public"."import_decision" AS ENUM('go', 'already', 'refused');--> statement-breakpoint
CREATE TYPE "public"."import_kind" AS ENUM('resellers', 'customers');--> statement-breakpoint
CREATE TYPE "public"."import_outcome" AS ENUM('done', 'skipped', 'failed');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('preview', 'queued', 'running', 'done');--> statement-breakpoint
CREATE TABLE "import_rows" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"decision" "import_decision" NOT NULL,
	"reason" text,
	"outcome" "import_outcome",
	"outcome_reason" text,
	"record_id" uuid,
	CONSTRAINT "import_rows_import_id_line_pk" PRIMARY KEY("import_id","line"),
	CONSTRAINT "import_rows_refused_has_reason" CHECK ("import_rows"."decision" = 'go' or "import_rows"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "import_kind" NOT NULL,
	"status" "import_status" DEFAULT 'preview' NOT NULL,
	"file_name" text NOT NULL,
	"row_count" integer NOT NULL,
	"created_by_user_id" uuid,
	"confirmed_by_user_id" uuid,
	"job_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "imports_confirmed_when_sent" CHECK (("imports"."status" = 'preview') = ("imports"."confirmed_at" is null)),
	CONSTRAINT "imports_finished_when_done" CHECK (("imports"."status" = 'done') = ("imports"."finished_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_organization_idx" ON "imports" USING btree ("organization_id","created_at");