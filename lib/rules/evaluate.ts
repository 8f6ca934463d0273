// The one entry point: a proposal in, a verdict out. Pure and deterministic: no clock, no I/O, no zod.
import { BOTH_CHAINS, DIRECT_BILL_ONLY, INDIRECT_ONLY, chainsForPartyType, impliedSaleChainOf, markChains } from "./chains";
import { checkProviderActsForReseller, checkProviderResellerPair, checkSaleChain } from "./checks/chain";
import { checkCustomerConsent, checkMultiChannel, checkMultiPartner } from "./checks/customers";
import { checkMpaBeforeAssociation, checkMpaBeforeNewBusiness, checkMpaRequired } from "./checks/mpa";
import { checkNoSelfOrAffiliateSale, checkOwnUseTenant, checkResellerNotOwnProviderCustomer } from "./checks/own-use";
import { checkDirectBillRequirements, checkResellerReadiness } from "./checks/readiness";
import { checkSameRegionRelationship, checkSameRegionSale } from "./checks/region";
import { checkDirectBillEnrolment, checkDirectBillStanding, checkReEnrolment, checkResellerStanding } from "./checks/dated";
import { checkRelationshipActive, checkTermination, providerMayEndItself } from "./checks/relationship";
import { MPA_EFFECTIVE_DATE, mpaAcceptedBy, onOrAfter } from "./dates";
import { citing, fail, info, judgeUnder, msg, p, pass } from "./findings";
import { localizeFinding, localizeRemedy } from "./text";
import type { RulesLocale } from "./text";
import type {
  BuyForOwnUseProposal,
  EnrollProposal,
  Finding,
  Partner,
  Proposal,
  Remedy,
  SellProposal,
  SupportedChain,
  Verdict,
} from "./types";
import {
  DIRECT_BILL_ASSESSMENT_DATE,
  DIRECT_BILL_REVENUE_DATE,
  RESELLER_REVENUE_DATE,
  VERSION_REFS,
  versionIndexOn,
} from "./versions";

const MPA_REQUIRED = citing("MPA-REQUIRED");
const RESELLER_READINESS = citing("RESELLER-READINESS");
const PROVIDER_RESELLER_ACTIVE = citing("PROVIDER-RESELLER-ACTIVE");

interface Outcome {
  findings: Finding[];
  chains: readonly SupportedChain["id"][];
  routedTo?: "program-support";
}

/**
 * The verdict under the program version in force on `proposal.on`. The date picks the version; the checks compare
 * `on` with each later change's effective date, so a verdict depends on nothing but the proposal and that version.
 */
export function evaluate(proposal: Proposal, locale: RulesLocale | string = "en"): Verdict {
  const versionIndex = versionIndexOn(proposal.on);
  // Each finding cites its rule's version in force on `on` as it is built (see `judgeUnder`).
  const previous = judgeUnder(versionIndex);
  let outcome: Outcome;
  try {
    outcome = evaluateAction(proposal);
  } finally {
    judgeUnder(previous);
  }
  let missingFacts: string[] | undefined;
  let remedies: Remedy[] | undefined;
  let failing: Finding[] | undefined;
  for (const finding of outcome.findings) {
    if (finding.missing) {
      missingFacts ??= [];
      for (const fact of finding.missing) missingFacts.push(fact);
    }
    if (finding.outcome === "fail") {
      remedies = addRemedies(remedies ?? [], finding.remedies);
      (failing ??= []).push(finding);
    }
  }
  const allowed = remedies === undefined;
  const routedTo = allowed ? outcome.routedTo : undefined;
  const { action } = proposal;
  const { findings } = outcome;
  const chains = markChains(outcome.chains, failing);
  const version = VERSION_REFS[versionIndex]!;
  remedies ??= [];
  // One object literal per set of keys, in the order they have always had: adding `routedTo` or `missingFacts`
  // afterwards would give the verdict a new shape and a separate property store.
  let verdict: Verdict;
  if (routedTo === undefined) {
    verdict = missingFacts
      ? { allowed, action, findings, chains, remedies, version, missingFacts }
      : { allowed, action, findings, chains, remedies, version };
  } else {
    verdict = missingFacts
      ? { allowed, action, findings, chains, remedies, version, routedTo, missingFacts }
      : { allowed, action, findings, chains, remedies, version, routedTo };
  }
  return locale === "en" ? verdict : localizeVerdict(verdict, locale);
}

/** The verdict with its findings' titles, sections, explanations and remedies in a language (English as it is). */
export function localizeVerdict(verdict: Verdict, locale: RulesLocale | string = "en"): Verdict {
  if (locale === "en") return verdict;
  return {
    ...verdict,
    findings: verdict.findings.map((finding) => localizeFinding(finding, locale)),
    remedies: verdict.remedies.map((remedy) => localizeRemedy(remedy, locale)),
  };
}

function evaluateAction(proposal: Proposal): Outcome {
  const { actor, on } = proposal;
  switch (proposal.action) {
    case "sell":
      return sell(proposal);
    case "buy-for-own-use":
      return buyForOwnUse(proposal);
    case "link-provider-reseller": {
      const [provider, reseller] = providerFirst(actor, proposal.counterparty);
      const findings = [
        checkProviderResellerPair(actor, proposal.counterparty, msg("whatLink")),
        checkMpaRequired(provider, on),
        // Linking is not transacting: a reseller may accept an invitation before the MPA, which then gates its
        // association with subscriptions and new business (MPA-BEFORE-ASSOCIATION, MPA-BEFORE-NEW-BUSINESS).
        mpaNoteForEnrolment(reseller, on),
        checkSameRegionRelationship(provider, reseller),
      ];
      if (proposal.relationship === "active") {
        findings.push(info(PROVIDER_RESELLER_ACTIVE, msg("linkAlreadyActive"), { relationship: "active" }, "indirect-reseller"));
      }
      return { findings, chains: INDIRECT_ONLY };
    }
    case "associate-reseller-subscription": {
      const findings = [
        checkProviderActsForReseller(actor, proposal.reseller, msg("whatAssociate")),
        checkMpaRequired(actor, on),
        checkMpaBeforeAssociation(proposal.reseller, on),
        checkRelationshipActive(proposal.relationship),
        checkSameRegionRelationship(actor, proposal.reseller),
      ];
      if (on >= RESELLER_REVENUE_DATE) findings.push(checkResellerStanding(proposal.reseller, on, "reseller"));
      if (proposal.customer) findings.push(checkSameRegionSale(proposal.reseller, proposal.customer.country));
      return { findings, chains: INDIRECT_ONLY };
    }
    case "transact-new-business": {
      const findings = [
        checkProviderActsForReseller(actor, proposal.reseller, msg("whatTransact")),
        checkMpaRequired(actor, on),
        checkMpaBeforeNewBusiness(proposal.reseller, on),
        checkResellerReadiness(proposal.reseller, on),
        checkRelationshipActive(proposal.relationship),
        checkSameRegionRelationship(actor, proposal.reseller),
      ];
      if (on >= RESELLER_REVENUE_DATE) findings.push(checkResellerStanding(proposal.reseller, on, "reseller"));
      return { findings, chains: INDIRECT_ONLY };
    }
    case "manage-customer-subscriptions": {
      const findings = [checkMultiChannel(proposal.customer)];
      if (proposal.customer.consent !== undefined) findings.push(checkCustomerConsent(proposal.customer, "manage"));
      return { findings, chains: chainsForPartyType(actor.type) };
    }
    case "enroll":
      return enroll(proposal);
    case "end-relationship": {
      const [provider, reseller] = providerFirst(actor, proposal.counterparty);
      const selfRemoval = proposal.requestedBy === "partner" && providerMayEndItself(on, actor.type === "indirect-provider");
      const findings = [
        checkProviderResellerPair(provider, reseller, msg("whatEnd")),
        checkTermination(proposal.requestedBy, proposal.relationship, selfRemoval),
      ];
      const requestOnly = proposal.requestedBy === "partner" && proposal.relationship !== "terminated" && !selfRemoval;
      return requestOnly ? { findings, chains: INDIRECT_ONLY, routedTo: "program-support" } : { findings, chains: INDIRECT_ONLY };
    }
  }
}

function sell(proposal: SellProposal): Outcome {
  const { actor, on, customer } = proposal;
  const findings = [checkMpaRequired(actor, on), checkSaleChain(proposal.chain ?? impliedSaleChainOf(actor.type), actor.type)];
  if (actor.type === "indirect-reseller") {
    findings.push(checkResellerReadiness(actor, on), checkRelationshipActive(proposal.relationship));
    if (proposal.provider) {
      findings.push(checkMpaRequired(proposal.provider, on), checkSameRegionRelationship(proposal.provider, actor));
    }
    if (on >= RESELLER_REVENUE_DATE) findings.push(checkResellerStanding(actor, on, "actor"));
  }
  if (actor.type === "direct-bill") {
    findings.push(checkDirectBillRequirements(actor));
    if (on >= DIRECT_BILL_ASSESSMENT_DATE) findings.push(checkDirectBillStanding(actor, on, "actor"));
  }
  findings.push(
    checkNoSelfOrAffiliateSale(proposal.affiliation),
    checkSameRegionSale(actor, customer.country),
    checkMultiPartner(customer),
  );
  // Only when the caller knows: the scenario checker and the API ask about the program's rules, not one customer's say.
  if (customer.consent !== undefined) findings.push(checkCustomerConsent(customer, "sell"));
  return { findings, chains: chainsForPartyType(actor.type) };
}

function buyForOwnUse(proposal: BuyForOwnUseProposal): Outcome {
  const { actor, on, seller, tenant } = proposal;
  const findings = [
    checkOwnUseTenant(seller, tenant, proposal.actorCspTenantId),
    checkNoSelfOrAffiliateSale(proposal.affiliation),
    checkResellerNotOwnProviderCustomer(actor, proposal.relationship, tenant, proposal.actorCspTenantId),
    checkMpaRequired(seller, on),
    checkSameRegionSale(seller, tenant.country ?? actor.country),
  ];
  if (seller.type === "indirect-reseller") {
    findings.push(checkResellerReadiness(seller, on));
    if (proposal.sellerProvider) findings.push(checkSameRegionRelationship(proposal.sellerProvider, seller));
    if (on >= RESELLER_REVENUE_DATE) findings.push(checkResellerStanding(seller, on, "seller"));
  }
  if (seller.type === "direct-bill") {
    findings.push(checkDirectBillRequirements(seller));
    if (on >= DIRECT_BILL_ASSESSMENT_DATE) findings.push(checkDirectBillStanding(seller, on, "seller"));
  }
  return { findings, chains: seller.type === "indirect-provider" ? BOTH_CHAINS : chainsForPartyType(seller.type) };
}

function enroll(proposal: EnrollProposal): Outcome {
  const { actor, on } = proposal;
  const mpaNote = mpaNoteForEnrolment(actor, on);
  if (proposal.as === "direct-bill") {
    const findings = [checkDirectBillRequirements(actor), mpaNote];
    if (on >= DIRECT_BILL_REVENUE_DATE) findings.push(checkDirectBillEnrolment(actor, on, "actor"));
    return { findings, chains: DIRECT_BILL_ONLY };
  }
  const onboarded = actor.onboarded === true;
  const readiness = onboarded
    ? pass(RESELLER_READINESS, msg("enrollOnboarded"), { onboarded }, "indirect-reseller")
    : fail(RESELLER_READINESS, msg("enrollNotOnboarded"), { onboarded }, "indirect-reseller");
  const findings = [readiness, mpaNote];
  if (on >= RESELLER_REVENUE_DATE) findings.push(checkReEnrolment(actor, on, "actor"));
  return { findings, chains: INDIRECT_ONLY };
}

/** Enrolling (or linking with a provider) is not yet transacting: a missing MPA is a reminder here, not a block. */
function mpaNoteForEnrolment(actor: Partner, on: string): Finding {
  const facts = { on, mpaAcceptedOn: actor.mpaAcceptedOn ?? null };
  if (mpaAcceptedBy(actor.mpaAcceptedOn, on)) {
    return pass(MPA_REQUIRED, msg("mpaNoteAccepted", { acceptedOn: p.date(actor.mpaAcceptedOn!) }), facts);
  }
  const message = onOrAfter(on, MPA_EFFECTIVE_DATE) ? msg("mpaNoteFirst") : msg("mpaNoteFrom", { date: p.date(MPA_EFFECTIVE_DATE) });
  return info(MPA_REQUIRED, message, facts);
}

function providerFirst(a: Partner, b: Partner): [Partner, Partner] {
  return b.type === "indirect-provider" && a.type !== "indirect-provider" ? [b, a] : [a, b];
}

/** A failing finding's remedies added to the verdict's, each once (a handful at most: a look-back beats a Set). */
function addRemedies(remedies: Remedy[], own: readonly Remedy[] | undefined): Remedy[] {
  if (own === undefined) return remedies;
  for (const remedy of own) {
    let seen = false;
    for (const earlier of remedies) if (earlier.id === remedy.id) seen = true;
    if (!seen) remedies.push(remedy);
  }
  return remedies;
}
