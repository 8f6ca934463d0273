DROP INDEX "subscriptions_reseller_idx";--> statement-breakpoint
CREATE INDEX "subscriptions_reseller_billing_idx" ON "subscriptions" USING btree ("reseller_of_record_id","billing_partner_id");