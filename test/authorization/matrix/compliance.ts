import { cells, routeCells, withFormTwin, type MatrixEntry } from "../matrix-types";

/** Providers (their book), direct-bill partners (their sales) and program support (everything) scan; resellers do not. */
const scanners = cells(
  {
    anonymous: "signed-out",
    "provider-admin": "ok",
    "provider-member": "ok",
    "direct-bill-admin": "ok",
    "direct-bill-member": "ok",
    support: "ok",
    "other-provider-admin": "ok",
    "other-direct-bill-admin": "ok",
  },
  "not-allowed",
);

export const complianceEntries: Record<string, MatrixEntry> = {
  ...withFormTwin("app/(app)/compliance/actions.ts", "startScan", { kind: "action", input: () => ({}), expect: scanners }),
  "app/(app)/compliance/export/route.ts#GET": {
    kind: "route",
    request: () => new Request("http://localhost/compliance/export?rule=MPA-REQUIRED"),
    expect: routeCells(
      {
        anonymous: { status: 401 },
        "provider-admin": { status: 200 },
        "provider-member": { status: 200 },
        "direct-bill-admin": { status: 200 },
        "direct-bill-member": { status: 200 },
        support: { status: 200 },
        "other-provider-admin": { status: 200 },
        "other-direct-bill-admin": { status: 200 },
      },
      { status: 404 },
    ),
  },
};
