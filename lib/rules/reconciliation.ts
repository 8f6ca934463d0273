// Reconciliation with Partner Center: where this app's view of a provider's resellers differs from Partner Center's
// (the program's system of record), which side is right and what to do. Pure: both views come in as data.
import type { RelationshipStatus } from "./types";

export type LocalReseller = { partnerId: string; name: string; status: RelationshipStatus; mpaAcceptedOn: string | null };
export type PartnerCenterReseller = { partnerId: string; name: string; state: string | null; mpaSigned: boolean | null; mpaCode: number | null };

export type ReconciliationRow = {
  partnerId: string;
  name: string;
  kind: "missing-here" | "stale-here" | "mpa-differs" | "state-differs";
  /** Which record to believe. */
  rightSide: "partner-center" | "this-app";
  /** What each side says, in a few words. */
  here: string;
  partnerCenter: string;
  whatToDo: string;
  /** The one-click fix this app offers, when there is one. */
  fix?: "invite";
};

const LIVE: RelationshipStatus[] = ["active", "suspended", "termination-requested"];
const isActiveInPartnerCenter = (state: string | null) => state === null || state.toLowerCase() === "active";

/** Rows where the two views differ, in the order a provider should work through them; identical resellers are left out. */
export function reconcileResellers(local: readonly LocalReseller[], partnerCenter: readonly PartnerCenterReseller[]): ReconciliationRow[] {
  const localById = new Map(local.filter((r) => r.status !== "terminated").map((r) => [r.partnerId, r]));
  const remoteById = new Map(partnerCenter.map((r) => [r.partnerId, r]));
  const rows: ReconciliationRow[] = [];

  for (const remote of partnerCenter) {
    const here = localById.get(remote.partnerId);
    if (!here) {
      if (!isActiveInPartnerCenter(remote.state)) continue;
      rows.push({
        partnerId: remote.partnerId,
        name: remote.name,
        kind: "missing-here",
        rightSide: "partner-center",
        here: "No relationship",
        partnerCenter: "Active indirect reseller",
        whatToDo: "Invite it here, so its readiness, customers and subscriptions show in this app.",
        fix: "invite",
      });
      continue;
    }
    if (here.status === "invited") continue; // an invitation waiting for the reseller is the expected state
    const activeHere = here.status === "active" || here.status === "termination-requested";
    if (activeHere !== isActiveInPartnerCenter(remote.state)) {
      rows.push({
        partnerId: remote.partnerId,
        name: here.name,
        kind: "state-differs",
        rightSide: "partner-center",
        here: here.status,
        partnerCenter: remote.state ?? "unknown",
        whatToDo: activeHere
          ? "Partner Center no longer has this relationship active: check with the reseller before recording new business through it."
          : "Partner Center has this relationship active: resume it here if the suspension is over.",
      });
    }
    if (remote.mpaSigned === true && here.mpaAcceptedOn === null) {
      rows.push({
        partnerId: remote.partnerId,
        name: here.name,
        kind: "mpa-differs",
        rightSide: "partner-center",
        here: "MPA not accepted",
        partnerCenter: "MPA signed",
        whatToDo: "Partner Center has the MPA on record: ask the reseller to record its acceptance on its status page here.",
      });
    } else if (remote.mpaSigned === false && here.mpaAcceptedOn !== null) {
      rows.push({
        partnerId: remote.partnerId,
        name: here.name,
        kind: "mpa-differs",
        rightSide: "partner-center",
        here: `MPA accepted on ${here.mpaAcceptedOn}`,
        partnerCenter: remote.mpaCode ? `MPA not signed (${remote.mpaCode})` : "MPA not signed",
        whatToDo: "Partner Center refuses orders for this reseller until it accepts the MPA there: ask it to sign in Partner Center.",
      });
    }
  }

  for (const here of localById.values()) {
    if (remoteById.has(here.partnerId) || !LIVE.includes(here.status)) continue;
    rows.push({
      partnerId: here.partnerId,
      name: here.name,
      kind: "stale-here",
      rightSide: "partner-center",
      here: here.status,
      partnerCenter: "No relationship",
      whatToDo: "Partner Center has no relationship with this reseller: ask it to accept your reseller relationship request in Partner Center, or end the relationship here.",
    });
  }

  const order: ReconciliationRow["kind"][] = ["missing-here", "stale-here", "mpa-differs", "state-differs"];
  return rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name));
}
