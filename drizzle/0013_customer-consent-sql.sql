-- A management grant exists only because the customer accepted that partner's request to manage it: every new grant
-- names the request, for the same customer, partner and kind, so no code path (or hand-written insert) can record a
-- grant the customer did not give. Grants recorded before consent existed keep a null request (inserted earlier).
CREATE FUNCTION management_needs_consent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.consent_request_id IS NULL OR NOT EXISTS (
    SELECT 1 FROM customer_consent_requests r
    WHERE r.id = NEW.consent_request_id
      AND r.customer_id = NEW.customer_id
      AND r.partner_organization_id = NEW.partner_organization_id
      AND r.kind = 'manage'
      AND r.status IN ('pending', 'accepted')
  ) THEN
    RAISE EXCEPTION 'a management grant needs the customer''s accepted request' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER management_needs_consent BEFORE INSERT ON management_relationships
  FOR EACH ROW EXECUTE FUNCTION management_needs_consent();
