import { routeFromTable, type MatrixEntry } from "../matrix-types";

/** The audit log's CSV export (app/(app)/audit-log): organization admins read their own events, support all; members none. */
export const auditEntries: Record<string, MatrixEntry> = {
  "app/(app)/audit-log/export/route.ts#GET": {
    kind: "route",
    request: () => new Request("http://localhost/audit-log/export?kind=invitation.created&from=2020-01-01"),
    expect: routeFromTable("audit-log.read", { anonymous: { status: 401 }, allowed: { status: 200 }, refused: { status: 404 } }),
  },
};
