-- Relationship history for the compliance scan: every status a provider–reseller relationship takes is recorded with
-- the day it began, by a trigger, so no code path can change a status without leaving its trace. The date is the
-- relationship's own timestamp for that status when the change sets one (seeds and imports set past dates), else now.
CREATE FUNCTION relationship_status_changed_at(r provider_reseller_relationships) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE r.status
    WHEN 'invited' THEN r.invited_at
    WHEN 'active' THEN r.activated_at
    WHEN 'suspended' THEN r.suspended_at
    WHEN 'termination-requested' THEN r.termination_requested_at
    WHEN 'terminated' THEN r.terminated_at
  END
$$;--> statement-breakpoint
CREATE FUNCTION record_relationship_status_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- Every relationship begins with its invitation; one inserted already further along also records that step.
    IF NEW.status <> 'invited' THEN
      INSERT INTO relationship_status_changes (relationship_id, status, changed_at) VALUES (NEW.id, 'invited', NEW.invited_at);
      IF NEW.status IN ('suspended', 'termination-requested', 'terminated') AND NEW.activated_at IS NOT NULL THEN
        INSERT INTO relationship_status_changes (relationship_id, status, changed_at) VALUES (NEW.id, 'active', NEW.activated_at);
      END IF;
    END IF;
  ELSIF NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  INSERT INTO relationship_status_changes (relationship_id, status, changed_at)
  VALUES (NEW.id, NEW.status, CASE
    -- An update that kept the old timestamp of this status (a rejected termination going back to 'active') happens now.
    WHEN TG_OP = 'UPDATE' AND relationship_status_changed_at(NEW) IS NOT DISTINCT FROM relationship_status_changed_at(OLD) THEN now()
    ELSE coalesce(relationship_status_changed_at(NEW), now())
  END);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER relationship_status_history
AFTER INSERT OR UPDATE OF status ON provider_reseller_relationships
FOR EACH ROW EXECUTE FUNCTION record_relationship_status_change();--> statement-breakpoint
-- Backfill the relationships that exist already: from the audit trail where it recorded a status, and from the
-- relationships' own timestamps for each status they reached.
INSERT INTO relationship_status_changes (relationship_id, status, changed_at)
SELECT relationship_id, status, changed_at FROM (
  SELECT r.id AS relationship_id, s.status::relationship_status AS status, s.changed_at
  FROM provider_reseller_relationships r,
    LATERAL (VALUES ('invited', r.invited_at), ('active', r.activated_at), ('suspended', r.suspended_at),
      ('termination-requested', r.termination_requested_at), ('terminated', r.terminated_at)) AS s(status, changed_at)
  WHERE s.changed_at IS NOT NULL
  UNION
  SELECT r.id, (a.after ->> 'status')::relationship_status, a.occurred_at
  FROM audit_events a
  JOIN provider_reseller_relationships r ON r.id::text = a.entity_id
  WHERE a.entity_type = 'relationship'
    AND a.after ->> 'status' IN ('invited', 'active', 'suspended', 'termination-requested', 'terminated')
) history
ORDER BY relationship_id, changed_at;
