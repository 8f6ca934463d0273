// GET /api/v1/resellers/{id}: one of the provider's resellers (partner API; scope resellers:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { readinessOf } from "@/lib/api/readiness";
import { getResellerOfProvider } from "@/lib/data/relationships";
import { refuseNotFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.getReseller, async ({ actor, params }) => {
  const detail = await getResellerOfProvider(actor, params.id);
  if (!detail) refuseNotFound();
  const { reseller, relationship, latestTermination } = detail;
  return {
    id: reseller.id,
    legalName: reseller.legalName,
    partnerId: reseller.partnerId,
    country: reseller.country,
    region: reseller.region,
    onboardedAt: reseller.onboardedAt,
    enrolledAt: reseller.resellerEnrolledAt,
    mpaAcceptedOn: reseller.mpaAcceptedOn,
    relationship,
    latestTermination,
    readiness: readinessOf({ ...reseller, enrolledAt: reseller.resellerEnrolledAt, status: relationship.status }),
  };
});
