CREATE TABLE "team_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"email" text NOT NULL,
	"role" "user_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_user_id" uuid,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_user_id" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "team_invitations_role" CHECK (("team_invitations"."role" = 'support') = ("team_invitations"."organization_id" is null)),
	CONSTRAINT "team_invitations_email_shape" CHECK ("team_invitations"."email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "team_invitations_single_outcome" CHECK (num_nonnulls("team_invitations"."accepted_at", "team_invitations"."revoked_at") <= 1)
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"session_version" integer NOT NULL,
	"user_agent" text NOT NULL,
	"client_address" text NOT NULL,
	"signed_in_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_purpose";--> statement-breakpoint
ALTER TABLE "user_tokens" ADD COLUMN "new_email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_accepted_user_id_users_id_fk" FOREIGN KEY ("accepted_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "team_invitations_open_key" ON "team_invitations" USING btree (coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("email")) WHERE "team_invitations"."accepted_at" is null and "team_invitations"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "team_invitations_organization_idx" ON "team_invitations" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id","signed_in_at");--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_new_email" CHECK (("user_tokens"."purpose" = 'change-email') = ("user_tokens"."new_email" is not null));--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_purpose" CHECK ("user_tokens"."purpose" in ('verify-email', 'reset-password', 'change-email'));--> statement-breakpoint
-- Removing a user from their organization ends their sessions at once, like a credential change.
CREATE OR REPLACE FUNCTION users_end_sessions_on_credential_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
     OR NEW.totp_enabled_at IS DISTINCT FROM OLD.totp_enabled_at
     OR NEW.removed_at IS DISTINCT FROM OLD.removed_at THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- An organization that had an admin keeps one: demoting or removing its last active admin is refused by the
-- database, whatever code path tries. The organization row is locked first, so two transactions demoting each
-- other's admins run one after the other, and the second sees the first's committed change (each statement of a
-- read-committed transaction takes a new snapshot).
CREATE OR REPLACE FUNCTION users_keep_an_admin() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.organization_id IS NOT NULL AND OLD.role = 'admin' AND OLD.removed_at IS NULL
     AND (TG_OP = 'DELETE' OR NEW.role <> 'admin' OR NEW.removed_at IS NOT NULL
          OR NEW.organization_id IS DISTINCT FROM OLD.organization_id) THEN
    PERFORM 1 FROM organizations WHERE id = OLD.organization_id FOR UPDATE;
    IF NOT EXISTS (
      SELECT 1 FROM users
      WHERE organization_id = OLD.organization_id AND role = 'admin' AND removed_at IS NULL
    ) THEN
      RAISE EXCEPTION 'organization % would have no admin', OLD.organization_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'users_keep_an_admin';
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_keep_an_admin AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION users_keep_an_admin();
