// The requirements later program versions added to DIRECT-BILL-REQUIREMENTS and RESELLER-READINESS. Each check is
// called only when its version is in force; a fact it needs and lacks is named, never read as "met".
import { latestAnniversary, yearsBefore } from "../dates";
import { citing, fail, msg, p, pass, unknown } from "../findings";
import type { Finding, MessageRef, Partner } from "../types";
import {
  DIRECT_BILL_ASSESSMENT_DATE,
  DIRECT_BILL_MIN_REVENUE_USD,
  RESELLER_MIN_REVENUE_USD,
  RESELLER_REVENUE_DATE,
} from "../versions";

const RESELLER_READINESS = citing("RESELLER-READINESS");
const DIRECT_BILL_REQUIREMENTS = citing("DIRECT-BILL-REQUIREMENTS");

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
  const short: MessageRef[] = [];
  const missing: string[] = [];
  const revenue = partner.trailingRevenueUsd;
  if (revenue === undefined) missing.push(`${who}.trailingRevenueUsd`);
  else if (revenue < DIRECT_BILL_MIN_REVENUE_USD) short.push(msg("dbShortRevenue", { revenue: p.usd(revenue), required: p.usd(DIRECT_BILL_MIN_REVENUE_USD) }));
  if (withAssessment) {
    if (partner.resellerSince === undefined) missing.push(`${who}.resellerSince`);
    else if (partner.resellerSince > yearsBefore(on, 1)) short.push(msg("dbShortSince", { since: p.date(partner.resellerSince) }));
    const assessed = assessmentCurrent(partner, on);
    if (assessed === undefined) missing.push(`${who}.assessedOn`);
    else if (!assessed) short.push(partner.assessedOn ? msg("dbShortAssessmentOld", { assessedOn: p.date(partner.assessedOn) }) : msg("dbShortNoAssessment"));
  }
  if (short.length > 0) {
    return fail(DIRECT_BILL_REQUIREMENTS, msg("dbEnrolShort", { on: p.date(on), short: p.list(short) }), facts, "direct-bill");
  }
  if (missing.length > 0) {
    return unknown(DIRECT_BILL_REQUIREMENTS, msg("dbEnrolMissing", { on: p.date(on), missing: p.list(missing) }), facts, missing, "direct-bill");
  }
  const message = withAssessment
    ? msg("dbEnrolPassAssessed", { revenue: p.usd(revenue!), since: p.date(partner.resellerSince!), assessedOn: p.date(partner.assessedOn!) })
    : msg("dbEnrolPass", { revenue: p.usd(revenue!) });
  return pass(DIRECT_BILL_REQUIREMENTS, message, facts, "direct-bill");
}

/** From 2023-04-24 a direct-bill partner without a current assessment is restricted: no new customers or sales. */
export function checkDirectBillStanding(partner: Partner, on: string, who: string): Finding {
  const facts = { on, assessedOn: partner.assessedOn ?? null };
  const assessed = assessmentCurrent(partner, on);
  if (assessed === undefined) {
    return unknown(DIRECT_BILL_REQUIREMENTS, msg("dbStandingUnknown", { date: p.date(DIRECT_BILL_ASSESSMENT_DATE), fact: `${who}.assessedOn` }), facts, [`${who}.assessedOn`], "direct-bill");
  }
  if (!assessed) {
    const message = partner.assessedOn
      ? msg("dbStandingOld", { on: p.date(on), assessedOn: p.date(partner.assessedOn) })
      : msg("dbStandingNone", { on: p.date(on) });
    return fail(DIRECT_BILL_REQUIREMENTS, message, facts, "direct-bill");
  }
  return pass(DIRECT_BILL_REQUIREMENTS, msg("dbStandingPass", { assessedOn: p.date(partner.assessedOn!) }), facts, "direct-bill");
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
    return fail(RESELLER_READINESS, msg("resellerDeauthorised", { deauthorised: p.date(deauthorised), on: p.date(on) }), facts, "indirect-reseller");
  }
  if (since === undefined) {
    return unknown(RESELLER_READINESS, msg("resellerSinceUnknown", { date: p.date(RESELLER_REVENUE_DATE), fact: `${who}.resellerSince` }), facts, [`${who}.resellerSince`], "indirect-reseller");
  }
  const anniversary = latestAnniversary(since, on);
  if (anniversary === null || anniversary < RESELLER_REVENUE_DATE) {
    return pass(RESELLER_READINESS, msg("resellerNoCheckYet", { since: p.date(since), on: p.date(on) }), facts, "indirect-reseller");
  }
  const revenue = reseller.anniversaryRevenueUsd;
  if (revenue === undefined) {
    return unknown(RESELLER_READINESS, msg("resellerRevenueUnknown", { anniversary: p.date(anniversary), required: p.usd(RESELLER_MIN_REVENUE_USD), fact: `${who}.anniversaryRevenueUsd` }), facts, [`${who}.anniversaryRevenueUsd`], "indirect-reseller");
  }
  if (revenue < RESELLER_MIN_REVENUE_USD) {
    return fail(RESELLER_READINESS, msg("resellerRevenueLow", { anniversary: p.date(anniversary), revenue: p.usd(revenue), required: p.usd(RESELLER_MIN_REVENUE_USD) }), facts, "indirect-reseller");
  }
  return pass(RESELLER_READINESS, msg("resellerRevenueOk", { anniversary: p.date(anniversary), revenue: p.usd(revenue) }), facts, "indirect-reseller");
}

/** From 2024-04-01 a de-authorised reseller waits a year before enrolling again. */
export function checkReEnrolment(partner: Partner, on: string, who: string): Finding {
  const facts = { on, deauthorisedOn: partner.deauthorisedOn ?? null };
  if (partner.deauthorisedOn === undefined) {
    return unknown(RESELLER_READINESS, msg("reEnrolUnknown", { date: p.date(RESELLER_REVENUE_DATE), fact: `${who}.deauthorisedOn` }), facts, [`${who}.deauthorisedOn`], "indirect-reseller");
  }
  const deauthorised = partner.deauthorisedOn;
  if (deauthorised !== null && deauthorised <= on && deauthorised > yearsBefore(on, 1)) {
    return fail(RESELLER_READINESS, msg("reEnrolWait", { deauthorised: p.date(deauthorised) }), facts, "indirect-reseller");
  }
  return pass(RESELLER_READINESS, deauthorised === null ? msg("reEnrolNever") : msg("reEnrolOk", { deauthorised: p.date(deauthorised) }), facts, "indirect-reseller");
}
