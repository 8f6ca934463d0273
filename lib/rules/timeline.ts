// When does a verdict flip if only the date moves? The verdict can change only at a version boundary or at a date
// that the proposal's own facts name (an MPA acceptance, an assessment and its expiry, an anniversary, ...). So the
// timeline evaluates the proposal once per stretch between those dates and joins stretches with the same answer.
import { dayBefore } from "./dates";
import { evaluate } from "./evaluate";
import { dateText, fill, rulesMessages } from "./text";
import type { IsoDate, Partner, Proposal } from "./types";
import { PROGRAM_VERSIONS, RESELLER_REVENUE_DATE } from "./versions";

export interface VerdictSpan {
  /** First day of the span; null when it reaches back without end. */
  from: IsoDate | null;
  /** Last day of the span; null when it runs on without end. */
  until: IsoDate | null;
  allowed: boolean;
}

function partnersOf(proposal: Proposal): Partner[] {
  const partners: (Partner | undefined)[] = [proposal.actor];
  if (proposal.action === "sell") partners.push(proposal.provider);
  if (proposal.action === "buy-for-own-use") partners.push(proposal.seller, proposal.sellerProvider);
  if (proposal.action === "link-provider-reseller" || proposal.action === "end-relationship") partners.push(proposal.counterparty);
  if (proposal.action === "associate-reseller-subscription" || proposal.action === "transact-new-business") partners.push(proposal.reseller);
  return partners.filter((partner): partner is Partner => partner !== undefined);
}

/** The same day a year later; 29 February becomes 1 March, as a date library would. */
function nextYear(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4)) + 1;
  return date.endsWith("-02-29") ? `${year}-03-01` : `${year}${date.slice(4)}`;
}

/** The first anniversary of `since` checked under the reseller revenue rule (on or after its effective date). */
function firstCheckedAnniversary(since: IsoDate): IsoDate {
  let anniversary = nextYear(since);
  while (anniversary < RESELLER_REVENUE_DATE) anniversary = nextYear(anniversary);
  return anniversary;
}

/** The dates at which the verdict may change: version boundaries and the dates the facts name. */
export function boundaries(proposal: Proposal): IsoDate[] {
  const dates = new Set<IsoDate>(PROGRAM_VERSIONS.map((version) => version.effective));
  for (const partner of partnersOf(proposal)) {
    if (partner.mpaAcceptedOn) dates.add(partner.mpaAcceptedOn);
    if (partner.assessedOn) dates.add(partner.assessedOn).add(nextYear(partner.assessedOn));
    if (partner.deauthorisedOn) dates.add(partner.deauthorisedOn).add(nextYear(partner.deauthorisedOn));
    if (partner.resellerSince) {
      dates.add(partner.resellerSince).add(nextYear(partner.resellerSince)).add(firstCheckedAnniversary(partner.resellerSince));
    }
  }
  return [...dates].sort();
}

/** The proposal's verdict over all dates, as spans of equal `allowed`, oldest first. */
export function verdictSpans(proposal: Proposal): VerdictSpan[] {
  const starts = boundaries(proposal);
  const allowedOn = (on: IsoDate) => evaluate({ ...proposal, on } as Proposal).allowed;
  const spans: VerdictSpan[] = [{ from: null, until: dayBefore(starts[0]!), allowed: allowedOn(dayBefore(starts[0]!)) }];
  starts.forEach((from, index) => {
    const next = starts[index + 1];
    const allowed = allowedOn(from);
    const previous = spans[spans.length - 1]!;
    if (previous.allowed === allowed) previous.until = next ? dayBefore(next) : null;
    else spans.push({ from, until: next ? dayBefore(next) : null, allowed });
  });
  return spans;
}

/** The span that holds the proposal's own date. */
export function spanOn(proposal: Proposal): VerdictSpan {
  const spans = verdictSpans(proposal);
  return spans.find((span) => (span.from === null || span.from <= proposal.on) && (span.until === null || proposal.on <= span.until)) ?? spans[0]!;
}

/** "allowed until 2024-03-31", "blocked from 2023-04-24", "allowed from 2020-02-01 until 2024-03-31", "allowed on any date". */
export function describeSpan(span: VerdictSpan, locale: string = "en"): string {
  const words = rulesMessages(locale).spans;
  const from = span.from === null ? "" : dateText(span.from, locale);
  const until = span.until === null ? "" : dateText(span.until, locale);
  if (span.from === null && span.until === null) return span.allowed ? words.allowedAny : words.blockedAny;
  if (span.from === null) return fill(span.allowed ? words.allowedUntil : words.blockedUntil, { until });
  if (span.until === null) return fill(span.allowed ? words.allowedFrom : words.blockedFrom, { from });
  return fill(span.allowed ? words.allowedBetween : words.blockedBetween, { from, until });
}
