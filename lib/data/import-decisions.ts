import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { ParsedRow } from "@/lib/import/parse-csv";
import { inviteResellerSchema } from "@/lib/validation/resellers";
import { addCustomerSchema } from "@/lib/validation/customers";
import { inviteRefusal, inviteState, loadInviteFacts } from "./invitation-checks";
import { addCustomerRefusal, registeredTenants } from "./customer-checks";
import type { PartnerFacts } from "./rules-facts";
import { TENANT_TAKEN } from "./partner-customers";

/**
 * What the preview says of each row, through the same schema and checks as the single form: "go" (it will be
 * invited or added), "already" (nothing to do) or "refused", with the reason in words.
 */
export type RowDecision = { line: number; fields: Record<string, string>; decision: "go" | "already" | "refused"; reason: string | null };

/** The first message of a failed zod parse, as the single form would show it next to the field. */
function firstIssue(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? "This row cannot be read.";
}

/** Resellers to invite: the invitation form's schema, `inviteRefusal` (the single invitation's check), then whether there is anything to do. */
export async function decideResellerRows(db: Db | Tx, providerId: string, rows: readonly ParsedRow[]): Promise<RowDecision[]> {
  const parsed = rows.map((row) => ({ row, input: inviteResellerSchema.safeParse({ email: row.fields.email, partnerId: row.fields.partnerId }) }));
  const facts = await loadInviteFacts(
    db,
    providerId,
    parsed.flatMap(({ input }) => (input.success ? [input.data] : [])),
  );
  const firstLine = new Map<string, number>();
  return parsed.map(({ row, input }) => {
    const decided = (decision: RowDecision["decision"], reason: string | null): RowDecision => ({ line: row.line, fields: row.fields, decision, reason });
    if (!input.success) return decided("refused", firstIssue(input.error));
    const country = row.fields.country?.trim().toUpperCase() ?? "";
    if (!country) return decided("refused", "No country given: the reseller's country or region, as a two-letter code like FR.");
    // The same reseller twice in one file is invited once: by Partner ID when given, else by email.
    const key = input.data.partnerId ? `id:${input.data.partnerId}` : `email:${input.data.email!.toLowerCase()}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) return decided("refused", `Duplicate in the file: the same reseller as line ${earlier}.`);
    firstLine.set(key, row.line);
    const candidate = { ...input.data, country };
    const refusal = inviteRefusal(facts, candidate);
    if (refusal) return decided("refused", refusal.reason);
    const state = inviteState(facts, candidate);
    if (state?.kind === "linked") return decided("already", state.reason);
    if (state) return decided("refused", state.reason);
    return decided("go", null);
  });
}

/** Customers to add: the "Add a customer" form's schema and `addCustomerRefusal`, and a tenant no one has yet. */
export async function decideCustomerRows(db: Db | Tx, me: PartnerFacts, rows: readonly ParsedRow[]): Promise<RowDecision[]> {
  const parsed = rows.map((row) => ({ row, input: addCustomerSchema.safeParse(row.fields) }));
  const taken = await registeredTenants(
    db,
    parsed.flatMap(({ input }) => (input.success && input.data.tenantId ? [input.data.tenantId] : [])),
  );
  const firstLine = new Map<string, number>();
  return parsed.map(({ row, input }) => {
    const decided = (decision: RowDecision["decision"], reason: string | null): RowDecision => ({ line: row.line, fields: row.fields, decision, reason });
    if (!input.success) return decided("refused", firstIssue(input.error));
    const tenantId = input.data.tenantId;
    if (tenantId) {
      const earlier = firstLine.get(tenantId);
      if (earlier !== undefined) return decided("refused", `Duplicate in the file: the same tenant ID as line ${earlier}.`);
      firstLine.set(tenantId, row.line);
    }
    const refusal = addCustomerRefusal(me, input.data);
    if (refusal) return decided("refused", refusal);
    if (tenantId && taken.has(tenantId)) return decided("refused", TENANT_TAKEN);
    return decided("go", null);
  });
}
