// The program as dated versions. The article's rules are the first version; each later change is a version of its
// own, with the day it took effect and the document that states it. `evaluate` picks the version in force on the
// proposal's date. Everything here is built once at load: the hot path only walks a short array of dates.
import { RULE_IDS } from "./catalogue";
import type { IsoDate, RuleId, VersionRef } from "./types";

export interface ProgramChange {
  ruleId: RuleId;
  /** What changed for this rule, in our words. */
  summary: string;
}

export interface ProgramVersion extends VersionRef {
  title: string;
  changes: readonly ProgramChange[];
}

/** Dates when the later changes took effect; the checks compare `on` with these. */
export const PROVIDER_SELF_REMOVAL_DATE = "2020-07-01";
export const DIRECT_BILL_REVENUE_DATE = "2020-10-27";
export const DIRECT_BILL_ASSESSMENT_DATE = "2023-04-24";
export const RESELLER_REVENUE_DATE = "2024-04-01";

/** Thresholds of the later versions, in USD. */
export const DIRECT_BILL_MIN_REVENUE_USD = 300_000;
export const RESELLER_MIN_REVENUE_USD = 1_000;

const ARTICLE = { document: "Partner Center docs, “Supported CSP partner relationships”", date: "2020-05-12" };

/** Oldest first. The first one also answers for dates before it: its MPA rule itself says the duty starts then. */
export const PROGRAM_VERSIONS: readonly ProgramVersion[] = [
  {
    id: "2020-02-01",
    effective: "2020-02-01",
    source: ARTICLE,
    title: "The article's program",
    changes: RULE_IDS.map((ruleId) => ({
      ruleId,
      summary: ruleId === "MPA-REQUIRED" ? "The MPA becomes a condition for transacting in CSP." : "As the article states it.",
    })),
  },
  {
    id: PROVIDER_SELF_REMOVAL_DATE,
    effective: PROVIDER_SELF_REMOVAL_DATE,
    source: { document: "Partner Center docs, “Remove a reseller relationship” (providers end a partnership)", date: "2020-07-01" },
    title: "Providers can end a reseller relationship themselves",
    changes: [
      {
        ruleId: "TERMINATION-VIA-SUPPORT",
        summary:
          "An indirect provider may now end its relationship with a reseller without program support; the customers and their admin rights stay with the provider. A reseller still asks program support.",
      },
    ],
  },
  {
    id: DIRECT_BILL_REVENUE_DATE,
    effective: DIRECT_BILL_REVENUE_DATE,
    source: { document: "Partner Center docs, “Requirements to enroll as a CSP direct bill partner”", date: "2020-10-27" },
    title: "Direct-bill enrollment needs reseller revenue",
    changes: [
      {
        ruleId: "DIRECT-BILL-REQUIREMENTS",
        summary:
          "Enrolling as direct-bill needs at least USD 300,000 of CSP revenue earned as an indirect reseller in the 12 months before; new partners start as indirect resellers.",
      },
    ],
  },
  {
    id: DIRECT_BILL_ASSESSMENT_DATE,
    effective: DIRECT_BILL_ASSESSMENT_DATE,
    source: { document: "Partner Center docs, “Requirements to enroll as a CSP direct-bill partner” (2023 update)", date: "2023-04-24" },
    title: "Direct-bill: 12 months as a reseller and a yearly assessment",
    changes: [
      {
        ruleId: "DIRECT-BILL-REQUIREMENTS",
        summary:
          "Enrolling as direct-bill also needs 12 months as an indirect reseller and a passed third-party assessment, renewed every year. A direct-bill partner whose assessment lapses is restricted: no new customers, purchases or invitations, while existing subscriptions keep running.",
      },
    ],
  },
  {
    id: RESELLER_REVENUE_DATE,
    effective: RESELLER_REVENUE_DATE,
    source: { document: "Partner Center docs, “Indirect reseller authorization: revenue threshold”", date: "2024-04-01" },
    title: "Indirect resellers need USD 1,000 a year",
    changes: [
      {
        ruleId: "RESELLER-READINESS",
        summary:
          "At each enrollment anniversary an indirect reseller needs at least USD 1,000 of CSP revenue over the 12 months before, or it may be de-authorised and must then wait a year before enrolling again. Resellers enrolled after 2023-04-01 are first checked after March 2024.",
      },
    ],
  },
];

/** Region-table changes known only within a range of dates: listed on /rules, never applied to a verdict. */
export interface UndatedChange {
  from: string;
  to: string;
  change: string;
  source: string;
}

/** From `regions.json` (`laterChanges`), where each change carries its range as "yyyy-mm..yyyy-mm". */
export function undatedChanges(laterChanges: readonly { approx: string; change: string }[]): UndatedChange[] {
  return laterChanges.map(({ approx, change }) => {
    const [from = approx, to = approx] = approx.split("..");
    return { from, to, change, source: "Partner Center docs, “CSP regional markets and currencies”, versions between these dates" };
  });
}

/** Index of the version in force on `on` (yyyy-mm-dd compares as a string). Dates before the first use the first. */
export function versionIndexOn(on: IsoDate): number {
  for (let index = PROGRAM_VERSIONS.length - 1; index > 0; index--) {
    if (on >= PROGRAM_VERSIONS[index]!.effective) return index;
  }
  return 0;
}

export function versionOn(on: IsoDate): ProgramVersion {
  return PROGRAM_VERSIONS[versionIndexOn(on)]!;
}

/** The citation of a version, without its change list, shared by every finding that cites it. */
function refOf(version: ProgramVersion): VersionRef {
  return Object.freeze({ id: version.id, effective: version.effective, source: version.source });
}

export const VERSION_REFS: readonly VersionRef[] = PROGRAM_VERSIONS.map(refOf);

/**
 * For each version index, each rule's own version: the latest version up to that one that changed the rule. Built
 * once, so citing a rule's version costs one lookup per finding.
 */
export const RULE_VERSION_AT: readonly Readonly<Record<RuleId, VersionRef>>[] = (() => {
  const tables: Record<RuleId, VersionRef>[] = [];
  let current = {} as Record<RuleId, VersionRef>;
  PROGRAM_VERSIONS.forEach((version, index) => {
    current = { ...current };
    for (const change of version.changes) current[change.ruleId] = VERSION_REFS[index]!;
    tables.push(Object.freeze(current) as Record<RuleId, VersionRef>);
  });
  return tables;
})();

/** A rule's history: every version that changed it, oldest first. */
export function ruleHistory(ruleId: RuleId): { version: ProgramVersion; summary: string }[] {
  const history: { version: ProgramVersion; summary: string }[] = [];
  for (const version of PROGRAM_VERSIONS) {
    for (const change of version.changes) if (change.ruleId === ruleId) history.push({ version, summary: change.summary });
  }
  return history;
}
