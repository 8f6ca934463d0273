import { z } from "zod";
import { RULE_IDS } from "@/lib/rules";

/** The scan result's filters; anything unknown falls back to "all" instead of failing the page. */
export const findingQuerySchema = z.object({
  rule: z.enum(RULE_IDS as unknown as [string, ...string[]]).optional().catch(undefined),
  reseller: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type FindingQuery = z.output<typeof findingQuerySchema>;

export function parseFindingQuery(params: Record<string, string | string[] | undefined>): FindingQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return findingQuerySchema.parse({ rule: first(params.rule) || undefined, reseller: first(params.reseller) || undefined, page: first(params.page) });
}

/** The link to the result (or its CSV export) with these filters. */
export function findingListHref(query: Partial<FindingQuery>, path = "/compliance"): string {
  const params = new URLSearchParams();
  if (query.rule) params.set("rule", query.rule);
  if (query.reseller) params.set("reseller", query.reseller);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Starting a scan takes no input: the scope is the caller's organization (or everything, for program support). */
export const startScanSchema = z.object({});
