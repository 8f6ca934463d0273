// What "ready" means for each partner type, as a list of requirements the status pages walk through. The rules
// decide single proposals; this says which facts a partner must have for its everyday business to pass them. A
// reseller needs a provider as much as it needs the MPA: without an active link, every sale it could make fails
// SUPPORTED-CHAIN / PROVIDER-RESELLER-ACTIVE, so "linked with at least one indirect provider" is a requirement too.
import { mpaAcceptedBy } from "./dates";
import { en } from "./messages/en";
import { nl } from "./messages/nl";
import type { IsoDate, Partner, RuleId } from "./types";

export type ReadinessItem =
  | "onboarded"
  | "enrolled"
  | "mpa"
  | "linkedProvider"
  | "apiIntegration"
  | "billing"
  | "support"
  | "managedServices";

export interface ReadinessRequirement {
  item: ReadinessItem;
  label: string;
  /** The catalogue rules that fail while this requirement is missing. */
  ruleIds: RuleId[];
}

/** How the partner stands with indirect providers (only resellers have any). */
export interface ProviderLinks {
  /** Relationships in the "active" state. */
  active: number;
}

const MPA: ReadinessRequirement = { item: "mpa", label: "Microsoft Partner Agreement accepted", ruleIds: ["MPA-REQUIRED", "RESELLER-READINESS"] };

export const RESELLER_REQUIREMENTS: readonly ReadinessRequirement[] = [
  { item: "onboarded", label: "Onboarded into Partner Center", ruleIds: ["RESELLER-READINESS"] },
  { item: "enrolled", label: "Enrolled as indirect reseller", ruleIds: ["RESELLER-READINESS"] },
  MPA,
  { item: "linkedProvider", label: "Linked with at least one indirect provider", ruleIds: ["SUPPORTED-CHAIN", "PROVIDER-RESELLER-ACTIVE"] },
];

export const DIRECT_BILL_REQUIREMENTS: readonly ReadinessRequirement[] = [
  { item: "apiIntegration", label: "API integration with Microsoft", ruleIds: ["DIRECT-BILL-REQUIREMENTS"] },
  { item: "billing", label: "Billing its customers on an ongoing basis", ruleIds: ["DIRECT-BILL-REQUIREMENTS"] },
  { item: "support", label: "Support for its customers on an ongoing basis", ruleIds: ["DIRECT-BILL-REQUIREMENTS"] },
  { item: "managedServices", label: "Managed services on an ongoing basis", ruleIds: ["DIRECT-BILL-REQUIREMENTS"] },
  { ...MPA, ruleIds: ["MPA-REQUIRED"] },
];

export function requirementsFor(partner: Partner): readonly ReadinessRequirement[] {
  if (partner.type === "indirect-reseller") return RESELLER_REQUIREMENTS;
  if (partner.type === "direct-bill") return DIRECT_BILL_REQUIREMENTS;
  return [];
}

/** A requirement's label in a language (English: the `label` the lists carry). */
export function requirementLabel(item: ReadinessItem, locale: string = "en"): string {
  return (locale === "nl" ? nl : en).requirements[item];
}

/** Whether one requirement is met by the partner's facts on a date. */
export function isMet(item: ReadinessItem, partner: Partner, on: IsoDate, links: ProviderLinks): boolean {
  switch (item) {
    case "onboarded":
      return partner.onboarded === true;
    case "enrolled":
      return partner.enrolled === true;
    case "mpa":
      return mpaAcceptedBy(partner.mpaAcceptedOn, on);
    case "linkedProvider":
      return links.active > 0;
    default:
      return partner.directBill?.[item] === true;
  }
}

/** Each requirement of the partner's type with whether it is met; the partner is ready when every one is. */
export function readinessOf(partner: Partner, on: IsoDate, links: ProviderLinks, locale: string = "en"): (ReadinessRequirement & { met: boolean })[] {
  return requirementsFor(partner).map((requirement) => ({
    ...requirement,
    ...(locale === "en" ? {} : { label: requirementLabel(requirement.item, locale) }),
    met: isMet(requirement.item, partner, on, links),
  }));
}
