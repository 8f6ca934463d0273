import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { tenants } from "@/lib/db/schema";
import { evaluate } from "@/lib/rules";
import { toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { blockingFindings, refusalMessage } from "./verdicts";

/**
 * Whether a partner may record a new customer: one check for the "Add a customer" form and for each row of a
 * customer import. Null when it may.
 */
export function addCustomerRefusal(me: PartnerFacts, input: { name: string; country: string }): string | null {
  if (me.partnerType === "indirect-provider") return "Providers add customers on a reseller's behalf from the reseller's page.";
  const verdict = evaluate({ action: "sell", on: today(), actor: toRulesPartner(me), customer: { country: input.country, name: input.name } });
  // Recording a customer is not yet a sale: only where it may be served matters now; the other rules apply when selling.
  const failing = blockingFindings(verdict).filter((finding) => finding.ruleId === "SAME-REGION-SALE");
  return failing.length > 0 ? refusalMessage("Not allowed.", failing) : null;
}

/** Which of these tenant ids are already registered (to any customer): a tenant belongs to one customer only. */
export async function registeredTenants(db: Db | Tx, tenantIds: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  const unique = [...new Set(tenantIds)];
  if (unique.length === 0) return taken;
  // One JSON parameter rather than thousands of bound ones; the ids passed the form's GUID check, so they cast.
  const rows = await db.select({ tenantId: tenants.tenantId }).from(tenants).where(sql`${tenants.tenantId} in (select jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb)::uuid)`);
  for (const row of rows) taken.add(row.tenantId);
  return taken;
}
