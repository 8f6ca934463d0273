// GET /api/v1/customers/{id}: one customer with its subscriptions (partner API; scope customers:read).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { getMyCustomer } from "@/lib/data/partner-customers";
import { refuseNotFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute(endpoints.getCustomer, async ({ actor, params }) => {
  const customer = await getMyCustomer(actor, params.id);
  if (!customer) refuseNotFound();
  return customer;
});
