import { fromTable, routeFromTable, withFormTwin, type MatrixEntry } from "../matrix-types";

/** Providers, direct-bill partners and program support scan (capability compliance.scan); resellers do not. */
const scanners = fromTable("compliance.scan");

export const complianceEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/compliance/actions.ts", "startScan", { kind: "action", input: () => ({}), expect: scanners }),
  "app/(app)/compliance/export/route.ts#GET": {
    kind: "route",
    request: () => new Request("http://localhost/compliance/export?rule=MPA-REQUIRED"),
    expect: routeFromTable("compliance.scan", { anonymous: { status: 401 }, allowed: { status: 200 }, refused: { status: 404 } }),
  },
};
