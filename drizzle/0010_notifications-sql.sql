-- A provider reminds a reseller to sign the MPA at most once a week: whatever path writes the row, a new reminder
-- within seven days of the last one is refused (the data layer checks first and answers with the date it may resend).
CREATE FUNCTION mpa_reminders_once_a_week() RETURNS trigger AS $$
BEGIN
  IF NEW.last_sent_at < OLD.last_sent_at + interval '7 days' THEN
    RAISE EXCEPTION 'a reminder was sent to this reseller on %', OLD.last_sent_at
      USING ERRCODE = 'check_violation', CONSTRAINT = 'mpa_reminders_once_a_week';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER mpa_reminders_once_a_week BEFORE UPDATE ON mpa_reminders
  FOR EACH ROW EXECUTE FUNCTION mpa_reminders_once_a_week();
--> statement-breakpoint
-- Existing enrolled resellers count their yearly re-authorization from their enrollment date.
UPDATE organizations SET authorization_anniversary = (reseller_enrolled_at AT TIME ZONE 'UTC')::date
  WHERE partner_type = 'indirect-reseller' AND reseller_enrolled_at IS NOT NULL AND authorization_anniversary IS NULL;
--> statement-breakpoint
ALTER TABLE organizations ADD CONSTRAINT organizations_authorization_anniversary_reseller
  CHECK (authorization_anniversary IS NULL OR partner_type = 'indirect-reseller');
--> statement-breakpoint
-- Enrolling as an indirect reseller starts the yearly re-authorization count, whichever path enrolls (app, seed, import).
CREATE FUNCTION organizations_authorization_anniversary() RETURNS trigger AS $$
BEGIN
  IF NEW.partner_type = 'indirect-reseller' AND NEW.reseller_enrolled_at IS NOT NULL AND NEW.authorization_anniversary IS NULL THEN
    NEW.authorization_anniversary := (NEW.reseller_enrolled_at AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER organizations_authorization_anniversary BEFORE INSERT OR UPDATE OF reseller_enrolled_at ON organizations
  FOR EACH ROW EXECUTE FUNCTION organizations_authorization_anniversary();
