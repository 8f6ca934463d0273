-- The readiness funnel kept with the writes instead of recounted on every page view (18 ms at 20,000 resellers, more
-- at 100,000). Each relationship carries its stage (0 invited, 1 onboarded, 2 enrolled, 3 MPA signed, 4 transacting),
-- recomputed by a trigger whenever the relationship, its reseller's readiness or the provider's subscriptions through
-- it change; reseller_funnel_counts holds, per provider and stage, how many live (not terminated) relationships stand
-- there, kept by statement-level triggers so a bulk write adjusts each count once.
CREATE FUNCTION reseller_funnel_stage(p_provider uuid, p_reseller uuid, p_status relationship_status) RETURNS smallint
LANGUAGE sql STABLE AS $$
  SELECT coalesce((
    SELECT CASE
      WHEN o.onboarded_at IS NULL THEN 0
      WHEN o.reseller_enrolled_at IS NULL THEN 1
      WHEN o.mpa_accepted_on IS NULL THEN 2
      WHEN p_status = 'active' AND EXISTS (
        SELECT 1 FROM subscriptions s
        WHERE s.reseller_of_record_id = p_reseller AND s.billing_partner_id = p_provider AND s.status = 'active'
      ) THEN 4
      ELSE 3
    END
    FROM organizations o WHERE o.id = p_reseller
  ), 0)::smallint
$$;--> statement-breakpoint
CREATE FUNCTION set_relationship_funnel_stage() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.funnel_stage := reseller_funnel_stage(NEW.provider_id, NEW.reseller_id, NEW.status);
  RETURN NEW;
END
$$;--> statement-breakpoint
-- The counts move by the difference between the rows before and after the statement (transition tables), never below
-- zero (the table's check constraint stops a statement that would make them wrong).
CREATE FUNCTION count_relationship_funnel() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO reseller_funnel_counts AS c (provider_id, stage, resellers)
    SELECT provider_id, funnel_stage, count(*) FROM new_rows WHERE status <> 'terminated' GROUP BY 1, 2
    ON CONFLICT (provider_id, stage) DO UPDATE SET resellers = c.resellers + excluded.resellers;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE reseller_funnel_counts c SET resellers = c.resellers - d.n
    FROM (SELECT provider_id, funnel_stage, count(*) AS n FROM old_rows WHERE status <> 'terminated' GROUP BY 1, 2) d
    WHERE c.provider_id = d.provider_id AND c.stage = d.funnel_stage;
  ELSE
    INSERT INTO reseller_funnel_counts (provider_id, stage, resellers)
    SELECT DISTINCT provider_id, funnel_stage, 0 FROM new_rows WHERE status <> 'terminated'
    ON CONFLICT (provider_id, stage) DO NOTHING;
    UPDATE reseller_funnel_counts c SET resellers = c.resellers + d.n
    FROM (
      SELECT provider_id, funnel_stage, sum(n) AS n FROM (
        SELECT provider_id, funnel_stage, -1 AS n FROM old_rows WHERE status <> 'terminated'
        UNION ALL
        SELECT provider_id, funnel_stage, 1 FROM new_rows WHERE status <> 'terminated'
      ) moves GROUP BY 1, 2 HAVING sum(n) <> 0
    ) d
    WHERE c.provider_id = d.provider_id AND c.stage = d.funnel_stage;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A reseller's readiness changed: recompute the stage of its relationships (the no-op SET fires the BEFORE trigger).
CREATE FUNCTION refresh_funnel_of_changed_resellers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE provider_reseller_relationships r SET funnel_stage = r.funnel_stage
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE r.reseller_id = n.id
    AND (n.onboarded_at, n.reseller_enrolled_at, n.mpa_accepted_on) IS DISTINCT FROM (o.onboarded_at, o.reseller_enrolled_at, o.mpa_accepted_on);
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Subscriptions through a reseller appeared, changed or went: only a relationship at the last two stages can move
-- (MPA signed ↔ transacting), so only those are recomputed.
CREATE FUNCTION refresh_funnel_of_changed_subscriptions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE provider_reseller_relationships r SET funnel_stage = r.funnel_stage
    WHERE r.funnel_stage = 3 AND r.status = 'active'
      AND (r.provider_id, r.reseller_id) IN (SELECT billing_partner_id, reseller_of_record_id FROM new_rows WHERE status = 'active');
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE provider_reseller_relationships r SET funnel_stage = r.funnel_stage
    WHERE r.funnel_stage = 4
      AND (r.provider_id, r.reseller_id) IN (SELECT billing_partner_id, reseller_of_record_id FROM old_rows WHERE status = 'active');
  ELSE
    UPDATE provider_reseller_relationships r SET funnel_stage = r.funnel_stage
    WHERE r.funnel_stage >= 3
      AND (r.provider_id, r.reseller_id) IN (
        SELECT x.billing_partner_id, x.reseller_of_record_id
        FROM new_rows n JOIN old_rows o ON o.id = n.id,
          LATERAL (VALUES (o.billing_partner_id, o.reseller_of_record_id), (n.billing_partner_id, n.reseller_of_record_id)) x (billing_partner_id, reseller_of_record_id)
        WHERE (n.status, n.billing_partner_id, n.reseller_of_record_id) IS DISTINCT FROM (o.status, o.billing_partner_id, o.reseller_of_record_id)
      );
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Backfill before the triggers exist: every relationship's stage, then the counts from them.
UPDATE provider_reseller_relationships SET funnel_stage = reseller_funnel_stage(provider_id, reseller_id, status);--> statement-breakpoint
INSERT INTO reseller_funnel_counts (provider_id, stage, resellers)
SELECT provider_id, funnel_stage, count(*) FROM provider_reseller_relationships WHERE status <> 'terminated' GROUP BY 1, 2;--> statement-breakpoint
CREATE TRIGGER relationships_funnel_stage BEFORE INSERT OR UPDATE ON provider_reseller_relationships
FOR EACH ROW EXECUTE FUNCTION set_relationship_funnel_stage();--> statement-breakpoint
CREATE TRIGGER relationships_funnel_count_insert AFTER INSERT ON provider_reseller_relationships
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_relationship_funnel();--> statement-breakpoint
CREATE TRIGGER relationships_funnel_count_update AFTER UPDATE ON provider_reseller_relationships
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_relationship_funnel();--> statement-breakpoint
CREATE TRIGGER relationships_funnel_count_delete AFTER DELETE ON provider_reseller_relationships
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_relationship_funnel();--> statement-breakpoint
CREATE TRIGGER organizations_funnel_stage AFTER UPDATE ON organizations
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_funnel_of_changed_resellers();--> statement-breakpoint
CREATE TRIGGER subscriptions_funnel_stage_insert AFTER INSERT ON subscriptions
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_funnel_of_changed_subscriptions();--> statement-breakpoint
CREATE TRIGGER subscriptions_funnel_stage_update AFTER UPDATE ON subscriptions
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_funnel_of_changed_subscriptions();--> statement-breakpoint
CREATE TRIGGER subscriptions_funnel_stage_delete AFTER DELETE ON subscriptions
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_funnel_of_changed_subscriptions();
