// DELETE /api/v1/invitations/{id}: revoke a pending invitation (partner API; scope invitations:write).
import { defineApiRoute } from "@/lib/actions/define-api-route";
import { endpoints } from "@/lib/api/endpoints";
import { auditInvitationRevoked } from "@/lib/data/audit-events";
import { revokeInvitation } from "@/lib/data/invitations";

export const dynamic = "force-dynamic";

export const DELETE = defineApiRoute(
  endpoints.revokeInvitation,
  async ({ actor, params, tx }) => {
    const revoked = await revokeInvitation(tx, actor, params.id);
    await auditInvitationRevoked(tx, actor, revoked);
    return { id: revoked.id, revoked: true as const };
  },
  { changes: true },
);
