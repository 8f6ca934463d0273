-- A new password, role, organization or two-factor setting ends the user's sessions: every session token carries
-- session_version, and the app refuses a token whose version is not the current one. Done in the database, so no
-- code path (today's or a later one) can change these columns and forget to end the sessions.
CREATE OR REPLACE FUNCTION users_end_sessions_on_credential_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
     OR NEW.totp_enabled_at IS DISTINCT FROM OLD.totp_enabled_at THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_end_sessions BEFORE UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION users_end_sessions_on_credential_change();
