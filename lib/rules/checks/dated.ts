// The requirements later program versions added to DIRECT-BILL-REQUIREMENTS and RESELLER-READINESS. Each check is
// called only when its version is in force; a fact it needs and lacks is named, never read as "met".
import { latestAnniversary, yearsBefore } from "../dates";
import { fail, pass, unknown } from "../findings";
import { listWords } from "../labels";
import type { Finding, Partner } from "../types";
import {
  DIRECT_BILL_ASSESSMENT_DATE,
  DIRECT_BILL_MIN_REVENUE_USD,
  RESELLER_MIN_REVENUE_USD,
  RESELLER_REVENUE_DATE,
} from "../versions";

const usd = (amount: number) => `USD ${amount.toLocaleString("en-US")}`;

/** Whether the last passed assessment is at most a year old on `on`: undefined when the fact is absent. */
function assessmentCurrent(partner: Partner, on: string): boolean | undefined {
  if (partner.assessedOn === undefined) return undefined;
  return partner.assessedOn !== null && partner.assessedOn <= on && partner.assessedOn > yearsBefore(on, 1);
}

/**
 * Enrolling as direct-bill: from 2020-10-27 the revenue threshold; from 2023-04-24 also 12 months as a reseller and
 * a current third-party assessment. `who` prefixes the fact names (e.g. "actor").
 */
export function checkDirectBillEnrolment(partner: Partner, on: string, who: string): Finding {
  const withAssessment = on >= DIRECT_BILL_ASSESSMENT_DATE;
  const facts = {
    on,
    trailingRevenueUsd: partner.trailingRevenueUsd ?? null,
    resellerSince: partner.resellerSince ?? null,
    assessedOn: partner.assessedOn ?? null,
  };
  const short: string[] = [];
  const missing: string[] = [];
  const revenue = partner.trailingRevenueUsd;
  if (revenue === undefined) missing.push(`${who}.trailingRevenueUsd`);
  else if (revenue < DIRECT_BILL_MIN_REVENUE_USD) short.push(`${usd(revenue)} of CSP revenue as an indirect reseller over the last 12 months, under the ${usd(DIRECT_BILL_MIN_REVENUE_USD)} required`);
  if (withAssessment) {
    if (partner.resellerSince === undefined) missing.push(`${who}.resellerSince`);
    else if (partner.resellerSince > yearsBefore(on, 1)) short.push(`only ${partner.resellerSince} as its start as an indirect reseller, less than 12 months before`);
    const assessed = assessmentCurrent(partner, on);
    if (assessed === undefined) missing.push(`${who}.assessedOn`);
    else if (!assessed) short.push(partner.assessedOn ? `a third-party assessment from ${partner.assessedOn}, more than a year old` : "no passed third-party assessment");
  }
  if (short.length > 0) {
    return fail("DIRECT-BILL-REQUIREMENTS", `On ${on} a new direct-bill partner must qualify first as an indirect reseller; this one has ${listWords(short)}.`, facts, "direct-bill");
  }
  if (missing.length > 0) {
    return unknown("DIRECT-BILL-REQUIREMENTS", `On ${on} enrolling as direct-bill depends on ${listWords(missing)}, which the proposal does not give; the rule cannot be confirmed without them.`, facts, missing, "direct-bill");
  }
  const also = withAssessment ? `, ${partner.resellerSince} as its start as a reseller and a current assessment from ${partner.assessedOn}` : "";
  return pass("DIRECT-BILL-REQUIREMENTS", `The partner has ${usd(revenue!)} of CSP revenue as an indirect reseller over the last 12 months${also}.`, facts, "direct-bill");
}

/** From 2023-04-24 a direct-bill partner without a current assessment is restricted: no new customers or sales. */
export function checkDirectBillStanding(partner: Partner, on: string, who: string): Finding {
  const facts = { on, assessedOn: partner.assessedOn ?? null };
  const assessed = assessmentCurrent(partner, on);
  if (assessed === undefined) {
    return unknown("DIRECT-BILL-REQUIREMENTS", `From ${DIRECT_BILL_ASSESSMENT_DATE} a direct-bill partner needs a yearly third-party assessment; the proposal does not give ${who}.assessedOn, so we cannot tell whether it is restricted.`, facts, [`${who}.assessedOn`], "direct-bill");
  }
  if (!assessed) {
    const why = partner.assessedOn ? `its last passed assessment, on ${partner.assessedOn}, is more than a year old` : "it has no passed third-party assessment";
    return fail("DIRECT-BILL-REQUIREMENTS", `On ${on} the direct-bill partner is restricted because ${why}: no new customers, purchases or invitations, though existing subscriptions keep running.`, facts, "direct-bill");
  }
  return pass("DIRECT-BILL-REQUIREMENTS", `The direct-bill partner passed its third-party assessment on ${partner.assessedOn}, within the last year.`, facts, "direct-bill");
}

/**
 * From 2024-04-01 an indirect reseller needs USD 1,000 of CSP revenue over the 12 months before each enrollment
 * anniversary; a de-authorised reseller may not transact until it has enrolled again.
 */
export function checkResellerStanding(reseller: Partner, on: string, who: string): Finding {
  const since = reseller.resellerSince;
  const facts = { on, resellerSince: since ?? null, anniversaryRevenueUsd: reseller.anniversaryRevenueUsd ?? null, deauthorisedOn: reseller.deauthorisedOn ?? null };
  const deauthorised = reseller.deauthorisedOn;
  if (deauthorised && deauthorised <= on && (since === undefined || since <= deauthorised)) {
    return fail("RESELLER-READINESS", `The reseller was de-authorised on ${deauthorised} and has not enrolled again since, so it cannot take on new business on ${on}.`, facts, "indirect-reseller");
  }
  if (since === undefined) {
    return unknown("RESELLER-READINESS", `From ${RESELLER_REVENUE_DATE} a reseller's revenue is checked at each enrollment anniversary; without ${who}.resellerSince we cannot tell when its last check was.`, facts, [`${who}.resellerSince`], "indirect-reseller");
  }
  const anniversary = latestAnniversary(since, on);
  if (anniversary === null || anniversary < RESELLER_REVENUE_DATE) {
    return pass("RESELLER-READINESS", `The reseller (enrolled ${since}) has had no anniversary check under the revenue rule yet on ${on}.`, facts, "indirect-reseller");
  }
  const revenue = reseller.anniversaryRevenueUsd;
  if (revenue === undefined) {
    return unknown("RESELLER-READINESS", `At its anniversary on ${anniversary} the reseller needed ${usd(RESELLER_MIN_REVENUE_USD)} of CSP revenue over the 12 months before; the proposal does not give ${who}.anniversaryRevenueUsd.`, facts, [`${who}.anniversaryRevenueUsd`], "indirect-reseller");
  }
  if (revenue < RESELLER_MIN_REVENUE_USD) {
    return fail("RESELLER-READINESS", `At its anniversary on ${anniversary} the reseller had ${usd(revenue)} of CSP revenue over the 12 months before, under the ${usd(RESELLER_MIN_REVENUE_USD)} required, so it may be de-authorised.`, facts, "indirect-reseller");
  }
  return pass("RESELLER-READINESS", `At its anniversary on ${anniversary} the reseller had ${usd(revenue)} of CSP revenue over the 12 months before, enough to stay authorised.`, facts, "indirect-reseller");
}

/** From 2024-04-01 a de-authorised reseller waits a year before enrolling again. */
export function checkReEnrolment(partner: Partner, on: string, who: string): Finding {
  const facts = { on, deauthorisedOn: partner.deauthorisedOn ?? null };
  if (partner.deauthorisedOn === undefined) {
    return unknown("RESELLER-READINESS", `From ${RESELLER_REVENUE_DATE} a de-authorised reseller waits a year to enroll again; without ${who}.deauthorisedOn (null when never) we cannot tell.`, facts, [`${who}.deauthorisedOn`], "indirect-reseller");
  }
  const deauthorised = partner.deauthorisedOn;
  if (deauthorised !== null && deauthorised <= on && deauthorised > yearsBefore(on, 1)) {
    return fail("RESELLER-READINESS", `The partner was de-authorised on ${deauthorised}; it may enroll again only a year later.`, facts, "indirect-reseller");
  }
  return pass("RESELLER-READINESS", deauthorised === null ? "The partner was never de-authorised as a reseller." : `The partner was de-authorised on ${deauthorised}, more than a year ago, so it may enroll again.`, facts, "indirect-reseller");
}
