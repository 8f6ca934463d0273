// What a missing readiness item blocks, asked of the rules library rather than written down here: for each missing
// item we evaluate the partner's everyday actions as if only that item were missing, and keep the failing findings.
import { evaluate, type IsoDate, type MessageRef, type Partner, type Proposal, type ProviderLinks, type ReadinessItem, type RuleId } from "@/lib/rules";

export type BlockedAction = {
  /** What the partner (or its providers) cannot do, in plain words. */
  what: string;
  findings: { ruleId: RuleId; title: string; explanation: string; message?: MessageRef }[];
};

type ProbeId = "providersNewBusiness" | "providersAssociate" | "enrollReseller" | "enrollDirectBill" | "sell";

/** What each probe's blocked action is called, in English and Dutch (pure: the locale is an argument). */
export const BLOCKED_WORDS: Record<"en" | "nl", Record<ProbeId, string>> = {
  en: {
    providersNewBusiness: "Your providers cannot transact new business with you",
    providersAssociate: "Your providers cannot record your Partner ID on new subscriptions",
    enrollReseller: "You cannot enroll as an indirect reseller",
    enrollDirectBill: "You cannot enroll or act as a direct-bill partner",
    sell: "You cannot sell to customers",
  },
  nl: {
    providersNewBusiness: "Je providers kunnen geen nieuwe zaken met je doen",
    providersAssociate: "Je providers kunnen je Partner-ID niet bij nieuwe abonnementen vastleggen",
    enrollReseller: "Je kunt je niet inschrijven als indirecte wederverkoper",
    enrollDirectBill: "Je kunt je niet inschrijven of werken als partner met directe facturering",
    sell: "Je kunt niet aan klanten verkopen",
  },
};

type Probe = { id: ProbeId; proposal: (partner: Partner, on: IsoDate, relationship: "active" | undefined) => Proposal };

/** A provider that is itself ready, in the partner's own country: only the partner's facts can block. */
function readyProviderBeside(partner: Partner): Partner {
  return { type: "indirect-provider", country: partner.country, onboarded: true, enrolled: true, mpaAcceptedOn: "2019-01-01" };
}

const RESELLER_PROBES: Probe[] = [
  {
    id: "providersNewBusiness",
    proposal: (reseller, on, relationship) => ({ action: "transact-new-business", on, actor: readyProviderBeside(reseller), reseller, relationship }),
  },
  {
    id: "providersAssociate",
    proposal: (reseller, on, relationship) => ({ action: "associate-reseller-subscription", on, actor: readyProviderBeside(reseller), reseller, relationship }),
  },
  {
    id: "enrollReseller",
    proposal: (reseller, on) => ({ action: "enroll", on, actor: reseller, as: "indirect-reseller" }),
  },
];

const DIRECT_BILL_PROBES: Probe[] = [
  {
    id: "enrollDirectBill",
    proposal: (partner, on) => ({ action: "enroll", on, actor: partner, as: "direct-bill" }),
  },
  {
    id: "sell",
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
export function blockedActions(partner: Partner, on: IsoDate, links: ProviderLinks = LINKED, locale: string = "en"): BlockedAction[] {
  const words = BLOCKED_WORDS[locale === "nl" ? "nl" : "en"];
  const blocked: BlockedAction[] = [];
  const relationship = links.active > 0 ? "active" : undefined;
  for (const probe of probesFor(partner)) {
    const verdict = evaluate(probe.proposal(partner, on, relationship), locale);
    const findings = verdict.findings
      .filter((finding) => finding.outcome === "fail")
      .map(({ ruleId, title, explanation, message }) => (message ? { ruleId, title, explanation, message } : { ruleId, title, explanation }));
    if (findings.length > 0) blocked.push({ what: words[probe.id], findings });
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
export function blockedWithout(partner: Partner, missing: ReadinessItem, on: IsoDate, locale: string = "en"): BlockedAction[] {
  return blockedActions(onlyMissing(partner, missing, on), on, missing === "linkedProvider" ? { active: 0 } : LINKED, locale);
}
