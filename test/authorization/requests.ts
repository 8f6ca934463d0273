import { ON, provider, reseller } from "@/test/rules/fixtures";

/** A valid proposal for POST /api/v1/evaluate. */
export const scenarioRequestBody = JSON.stringify({ action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller() });
