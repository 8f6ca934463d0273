// The program as dated versions. The article's rules are the first version; each later change is a version of its
// own, with the day it took effect and the document that states it. `evaluate` picks the version in force on the
// proposal's date. Everything here is built once at load: the hot path only walks a short array of dates.
import { RULE_IDS } from "./catalogue";
import { en } from "./messages/en";
import { catalogueOf } from "./messages/catalogues";
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
    title: en.versions["2020-02-01"].title,
    changes: RULE_IDS.map((ruleId) => ({
      ruleId,
      summary: ruleId === "MPA-REQUIRED" ? en.versions["2020-02-01"].change : en.asTheArticleStates,
    })),
  },
  {
    id: PROVIDER_SELF_REMOVAL_DATE,
    effective: PROVIDER_SELF_REMOVAL_DATE,
    source: { document: "Partner Center docs, “Remove a reseller relationship” (providers end a partnership)", date: "2020-07-01" },
    title: en.versions["2020-07-01"].title,
    changes: [{ ruleId: "TERMINATION-VIA-SUPPORT", summary: en.versions["2020-07-01"].change }],
  },
  {
    id: DIRECT_BILL_REVENUE_DATE,
    effective: DIRECT_BILL_REVENUE_DATE,
    source: { document: "Partner Center docs, “Requirements to enroll as a CSP direct bill partner”", date: "2020-10-27" },
    title: en.versions["2020-10-27"].title,
    changes: [{ ruleId: "DIRECT-BILL-REQUIREMENTS", summary: en.versions["2020-10-27"].change }],
  },
  {
    id: DIRECT_BILL_ASSESSMENT_DATE,
    effective: DIRECT_BILL_ASSESSMENT_DATE,
    source: { document: "Partner Center docs, “Requirements to enroll as a CSP direct-bill partner” (2023 update)", date: "2023-04-24" },
    title: en.versions["2023-04-24"].title,
    changes: [{ ruleId: "DIRECT-BILL-REQUIREMENTS", summary: en.versions["2023-04-24"].change }],
  },
  {
    id: RESELLER_REVENUE_DATE,
    effective: RESELLER_REVENUE_DATE,
    source: { document: "Partner Center docs, “Indirect reseller authorization: revenue threshold”", date: "2024-04-01" },
    title: en.versions["2024-04-01"].title,
    changes: [{ ruleId: "RESELLER-READINESS", summary: en.versions["2024-04-01"].change }],
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

/** A version with its title and changes in a language (English as it is). */
export function localizeVersion(version: ProgramVersion, locale: string = "en"): ProgramVersion {
  const messages = catalogueOf(locale);
  if (messages === en) return version;
  const words = (messages.versions as Record<string, { title: string; change: string }>)[version.id];
  if (!words) return version;
  return {
    ...version,
    title: words.title,
    changes: version.changes.map((change) => ({
      ruleId: change.ruleId,
      summary: version.id === "2020-02-01" && change.ruleId !== "MPA-REQUIRED" ? messages.asTheArticleStates : words.change,
    })),
  };
}

/** A rule's history: every version that changed it, oldest first (titles and summaries in `locale`). */
export function ruleHistory(ruleId: RuleId, locale: string = "en"): { version: ProgramVersion; summary: string }[] {
  const history: { version: ProgramVersion; summary: string }[] = [];
  for (const original of PROGRAM_VERSIONS) {
    const version = localizeVersion(original, locale);
    for (const change of version.changes) if (change.ruleId === ruleId) history.push({ version, summary: change.summary });
  }
  return history;
}
