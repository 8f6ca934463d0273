import { routeCells, type MatrixEntry } from "../matrix-types";

/** The audit log's CSV export (app/(app)/audit-log): organization admins read their own events, support all; members none. */
export const auditEntries: Record<string, MatrixEntry> = {
  "app/(app)/audit-log/export/route.ts#GET": {
    kind: "route",
    request: () => new Request("http://localhost/audit-log/export?kind=invitation.created&from=2020-01-01"),
    expect: routeCells(
      {
        anonymous: { status: 401 },
        "provider-admin": { status: 200 },
        "reseller-admin": { status: 200 },
        "direct-bill-admin": { status: 200 },
        "other-provider-admin": { status: 200 },
        "other-reseller-admin": { status: 200 },
        "other-direct-bill-admin": { status: 200 },
        support: { status: 200 },
      },
      { status: 404 },
    ),
  },
};
