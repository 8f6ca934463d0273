// POST /api/v1/mpa/verify: Verify MPA for up to 5,000 Partner IDs (partner API; scope mpa:verify).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { answerFromPartnerCenter } from "@/lib/data/partner-center-verify";
import { describeVerifiedLine, verifyPartnerIds } from "@/lib/data/verify-mpa";
import { VERIFY_CHUNK_SIZE } from "@/lib/validation/resellers";

export const dynamic = "force-dynamic";

export const POST = defineApiRoute(endpoints.verifyMpa, async ({ actor, body, tx }) => {
  // In the page's chunks, so each set-based query (and Partner Center's batch) stays the size it is tested at.
  const data = [];
  for (let start = 0; start < body.partnerIds.length; start += VERIFY_CHUNK_SIZE) {
    const chunk = body.partnerIds.slice(start, start + VERIFY_CHUNK_SIZE);
    const verified = await answerFromPartnerCenter(actor, await verifyPartnerIds(tx, actor, chunk, start + 1));
    data.push(...verified.map((line, index) => describeVerifiedLine(line, chunk[index]!)));
  }
  return { data };
});
