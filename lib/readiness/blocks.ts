// What a missing readiness item blocks, asked of the rules library rather than written down here: for each missing
// item we evaluate the partner's everyday actions as if only that item were missing, and keep the failing findings.
import { evaluate, type IsoDate, type Partner, type Proposal, type ProviderLinks, type ReadinessItem, type RuleId } from "@/lib/rules";

export type BlockedAction = {
  /** What the partner (or its providers) cannot do, in plain words. */
  what: string;
  findings: { ruleId: RuleId; title: string; explanation: string }[];
};

type Probe = { what: string; proposal: (partner: Partner, on: IsoDate, relationship: "active" | undefined) => Proposal };

/** A provider that is itself ready, in the partner's own country: only the partner's facts can block. */
function readyProviderBeside(partner: Partner): Partner {
  return { type: "indirect-provider", country: partner.country, onboarded: true, enrolled: true, mpaAcceptedOn: "2019-01-01" };
}

const RESELLER_PROBES: Probe[] = [
  {
    what: "Your providers cannot transact new business with you",
    proposal: (reseller, on, relationship) => ({ action: "transact-new-business", on, actor: readyProviderBeside(reseller), reseller, relationship }),
  },
  {
    what: "Your providers cannot record your Partner ID on new subscriptions",
    proposal: (reseller, on, relationship) => ({ action: "associate-reseller-subscription", on, actor: readyProviderBeside(reseller), reseller, relationship }),
  },
  {
    what: "You cannot enroll as an indirect reseller",
    proposal: (reseller, on) => ({ action: "enroll", on, actor: reseller, as: "indirect-reseller" }),
  },
];

const DIRECT_BILL_PROBES: Probe[] = [
  {
    what: "You cannot enroll or act as a direct-bill partner",
    proposal: (partner, on) => ({ action: "enroll", on, actor: partner, as: "direct-bill" }),
  },
  {
    what: "You cannot sell to customers",
    proposal: (partner, on) => ({ action: "sell", on, actor: partner, customer: { country: partner.country } }),
  },
];

function probesFor(partner: Partner): Probe[] {
  if (partner.type === "indirect-reseller") return RESELLER_PROBES;
  if (partner.type === "direct-bill") return DIRECT_BILL_PROBES;
  return [];
}

/** Linked to one active provider: what a reseller's probes assume unless told otherwise. */
const LINKED: ProviderLinks = { active: 1 };

/**
 * The actions the partner's current facts block, each with the rules' explanations. Empty when nothing is blocked.
 * A reseller without an active provider is probed with no relationship, so the rules say what that blocks.
 */
export function blockedActions(partner: Partner, on: IsoDate, links: ProviderLinks = LINKED): BlockedAction[] {
  const blocked: BlockedAction[] = [];
  const relationship = links.active > 0 ? "active" : undefined;
  for (const probe of probesFor(partner)) {
    const verdict = evaluate(probe.proposal(partner, on, relationship));
    const findings = verdict.findings
      .filter((finding) => finding.outcome === "fail")
      .map(({ ruleId, title, explanation }) => ({ ruleId, title, explanation }));
    if (findings.length > 0) blocked.push({ what: probe.what, findings });
  }
  return blocked;
}

export type { ReadinessItem };

const ALL_CAPABILITIES = { apiIntegration: true, billing: true, support: true, managedServices: true };

/** The partner with every readiness item in place except `missing`. */
function onlyMissing(partner: Partner, missing: ReadinessItem, on: IsoDate): Partner {
  const ready: Partner = {
    ...partner,
    onboarded: true,
    enrolled: true,
    mpaAcceptedOn: partner.mpaAcceptedOn && partner.mpaAcceptedOn <= on ? partner.mpaAcceptedOn : on,
    ...(partner.type === "direct-bill" && { directBill: { ...ALL_CAPABILITIES } }),
  };
  if (missing === "onboarded") ready.onboarded = false;
  else if (missing === "enrolled") ready.enrolled = false;
  else if (missing === "mpa") ready.mpaAcceptedOn = null;
  else if (missing !== "linkedProvider" && ready.directBill) ready.directBill[missing] = false;
  return ready;
}

/** What this one item blocks on its own (the same answer whatever else is missing). */
export function blockedWithout(partner: Partner, missing: ReadinessItem, on: IsoDate): BlockedAction[] {
  return blockedActions(onlyMissing(partner, missing, on), on, missing === "linkedProvider" ? { active: 0 } : LINKED);
}
