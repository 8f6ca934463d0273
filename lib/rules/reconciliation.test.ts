import { describe, expect, it } from "vitest";
import { reconcileResellers, type LocalReseller, type PartnerCenterReseller } from "./reconciliation";

const local = (partnerId: string, status: LocalReseller["status"], mpaAcceptedOn: string | null = "2021-01-01"): LocalReseller => ({ partnerId, name: `Local ${partnerId}`, status, mpaAcceptedOn });
const remote = (partnerId: string, state: string | null = "Active", mpaSigned: boolean | null = true, mpaCode: number | null = null): PartnerCenterReseller => ({ partnerId, name: `PC ${partnerId}`, state, mpaSigned, mpaCode });

describe("reconcileResellers", () => {
  it("leaves out resellers both sides agree on", () => {
    expect(reconcileResellers([local("5200001", "active")], [remote("5200001")])).toEqual([]);
    expect(reconcileResellers([local("5200001", "suspended")], [remote("5200001", "Inactive")])).toEqual([]);
  });

  it("offers to invite a reseller Partner Center has and this app does not", () => {
    const [row] = reconcileResellers([], [remote("5200050")]);
    expect(row).toMatchObject({ kind: "missing-here", rightSide: "partner-center", fix: "invite", name: "PC 5200050" });
    expect(reconcileResellers([local("5200050", "terminated")], [remote("5200050")])[0]).toMatchObject({ kind: "missing-here" });
    expect(reconcileResellers([], [remote("5200050", "Inactive")])).toEqual([]);
  });

  it("flags a live relationship here that Partner Center does not have, but not a pending invitation", () => {
    expect(reconcileResellers([local("5200002", "active")], [])).toEqual([expect.objectContaining({ kind: "stale-here", partnerId: "5200002" })]);
    expect(reconcileResellers([local("5200002", "invited")], [])).toEqual([]);
    expect(reconcileResellers([local("5200002", "terminated")], [])).toEqual([]);
  });

  it("says which MPA record is right, in both directions", () => {
    expect(reconcileResellers([local("5200003", "active", null)], [remote("5200003", "Active", true)])[0]).toMatchObject({
      kind: "mpa-differs",
      here: "MPA not accepted",
      partnerCenter: "MPA signed",
    });
    expect(reconcileResellers([local("5200003", "active", "2020-05-01")], [remote("5200003", "Active", false, 2203)])[0]).toMatchObject({
      kind: "mpa-differs",
      partnerCenter: "MPA not signed (2203)",
    });
  });

  it("flags a relationship active on one side only, and orders rows by what to do first", () => {
    const rows = reconcileResellers(
      [local("5200004", "active"), local("5200002", "active"), local("5200003", "active", null)],
      [remote("5200004", "Inactive"), remote("5200003"), remote("5200050")],
    );
    expect(rows.map((r) => [r.kind, r.partnerId])).toEqual([
      ["missing-here", "5200050"],
      ["stale-here", "5200002"],
      ["mpa-differs", "5200003"],
      ["state-differs", "5200004"],
    ]);
  });
});

import { mpaCheckFromPartnerCenter } from "./verify-mpa-partner-center";
import { describeMpaCheck } from "./verify-mpa";

describe("mpaCheckFromPartnerCenter", () => {
  it.each([
    [{ signed: true } as const, "mpa-accepted", undefined, true],
    [{ signed: false, code: 2200, description: "" } as const, "unknown-partner-id", 2200, false],
    [{ signed: false, code: 2201, description: "" } as const, "other-region", 2201, false],
    [{ signed: false, code: 2203, description: "" } as const, "mpa-not-accepted", 2203, false],
    [{ signed: false, code: 2204, description: "" } as const, "not-enrolled", 2204, false],
    [{ signed: false, code: 2206, description: "hasn't signed" } as const, "mpa-not-accepted", undefined, false],
  ])("reads %o as %s", (answer, status, code, ok) => {
    const result = describeMpaCheck("5200004", mpaCheckFromPartnerCenter(answer));
    expect(result).toMatchObject({ status, ok });
    expect(result.code).toBe(code);
  });
});

import { reconcileCustomers } from "./reconciliation";

describe("reconcileCustomers", () => {
  const customer = (tenantId: string, ids: string[]) => ({ tenantId, name: `Customer ${tenantId}`, resellerPartnerIds: ids });
  it("flags customers whose linked resellers differ and customers missing here, ignoring order and case", () => {
    const rows = reconcileCustomers(
      [customer("AAA", ["5200004", "5200005"]), customer("bbb", ["5200005"])],
      [customer("aaa", ["5200005", "5200004"]), customer("bbb", ["5200004"]), customer("ccc", [])],
    );
    expect(rows.map((r) => [r.kind, r.tenantId])).toEqual([
      ["missing-here", "ccc"],
      ["resellers-differ", "bbb"],
    ]);
    expect(rows[1]).toMatchObject({ here: "Resellers of record: 5200005", partnerCenter: "Linked resellers: 5200004" });
  });
});
