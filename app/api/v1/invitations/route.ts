// POST /api/v1/invitations: invite a reseller (partner API; scope invitations:write).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { createInvitation } from "@/lib/data/invitations";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export const POST = defineApiRoute(
  endpoints.createInvitation,
  async ({ actor, body, tx }) => {
    // createInvitation records "invitation.created" itself (with the token's name, through the actor).
    const invitation = await createInvitation(tx, actor, body);
    return { id: invitation.id, email: invitation.email, partnerId: invitation.partnerId, expiresAt: invitation.expiresAt, link: `${appUrl()}/invitations/${invitation.token}` };
  },
  { changes: true },
);
