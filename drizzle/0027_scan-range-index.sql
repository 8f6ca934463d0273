DROP INDEX "subscriptions_billing_partner_idx";--> statement-breakpoint
DROP INDEX "subscriptions_billing_partner_id_idx";--> statement-breakpoint
CREATE INDEX "subscriptions_biller_reseller_day_idx" ON "subscriptions" USING btree ("billing_partner_id","reseller_of_record_id","starts_on");