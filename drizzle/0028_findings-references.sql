ALTER TABLE "compliance_findings" DROP CONSTRAINT "compliance_findings_scan_id_compliance_scans_id_fk";
--> statement-breakpoint
ALTER TABLE "compliance_findings" DROP CONSTRAINT "compliance_findings_subscription_id_subscriptions_id_fk";
--> statement-breakpoint
-- A finding names its scan and its subscription. Checked once per statement over all of its rows: as foreign keys,
-- every one of a scan's tens of thousands of findings ran a lookup and a row lock of its own, which was most of the
-- time a large scan spent storing them.
CREATE FUNCTION check_compliance_finding_references() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The scans stay until this transaction ends, as a foreign key would keep them (a statement names one or a few).
  PERFORM 1 FROM compliance_scans s WHERE s.id IN (SELECT DISTINCT n.scan_id FROM new_rows n) FOR KEY SHARE;
  IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM compliance_scans s WHERE s.id = n.scan_id)) THEN
    RAISE EXCEPTION 'compliance finding of a scan that does not exist' USING ERRCODE = 'foreign_key_violation';
  END IF;
  -- Subscriptions are checked, not locked: locking each was the cost. Findings are a snapshot that the next scan
  -- replaces, and a subscription deleted meanwhile takes its findings with it (below).
  IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = n.subscription_id)) THEN
    RAISE EXCEPTION 'compliance finding of a subscription that does not exist' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER compliance_findings_references_insert AFTER INSERT ON compliance_findings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION check_compliance_finding_references();--> statement-breakpoint
CREATE TRIGGER compliance_findings_references_update AFTER UPDATE ON compliance_findings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION check_compliance_finding_references();--> statement-breakpoint
-- What the foreign keys' ON DELETE CASCADE did: a deleted scan or subscription takes its findings with it.
CREATE FUNCTION delete_findings_of_deleted_scans() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM compliance_findings f USING old_rows o WHERE f.scan_id = o.id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER compliance_scans_delete_findings AFTER DELETE ON compliance_scans
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION delete_findings_of_deleted_scans();--> statement-breakpoint
CREATE FUNCTION delete_findings_of_deleted_subscriptions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM compliance_findings f USING old_rows o WHERE f.subscription_id = o.id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER subscriptions_delete_findings AFTER DELETE ON subscriptions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION delete_findings_of_deleted_subscriptions();
