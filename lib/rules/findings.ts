// Builders that fill a finding's title, section and remedies from the catalogue, so checks state only the facts.
// A check gives its explanation as a message (a key of the rules' catalogues and raw values); the English text is
// rendered here, and `evaluate(proposal, locale)` renders it in another language.
import { RULES } from "./catalogue";
import { englishText } from "./text";
import { RULE_VERSION_AT } from "./versions";
import type { FindingKey } from "./messages/en";
import type { FactValue, Finding, MessageParam, MessageRef, Party, RelationshipStatus, Remedy, RuleId, VersionRef } from "./types";

type Facts = Record<string, FactValue>;

/** What every finding of a rule repeats, and the rule's own version under each program version. */
export interface CitedRule {
  id: RuleId;
  title: string;
  section: string;
  remedies: Remedy[];
  versions: readonly VersionRef[];
}

const CITED_RULES: ReadonlyMap<RuleId, CitedRule> = new Map(
  RULES.map((rule): [RuleId, CitedRule] => [
    rule.id,
    { id: rule.id, title: rule.title, section: rule.section, remedies: rule.remedies, versions: RULE_VERSION_AT.map((table) => table[rule.id]) },
  ]),
);

/**
 * The rule a check's findings cite, for the check's module to look up once as it loads: a finding then reads its
 * title, section and version straight from it, where a lookup by id for every finding was a tenth of an evaluation.
 */
export function citing(ruleId: RuleId): CitedRule {
  const rule = CITED_RULES.get(ruleId);
  if (rule === undefined) throw new Error(`No rule ${ruleId} in the catalogue`);
  return rule;
}

/**
 * The program version `evaluate` is judging under (an index into PROGRAM_VERSIONS); outside `evaluate` the article's.
 * `evaluate` sets it for the duration of one synchronous call and restores it, so a finding cites its rule's version
 * in force from the start instead of being patched afterwards.
 */
let versionInForce = 0;

export function judgeUnder(versionIndex: number): number {
  const previous = versionInForce;
  versionInForce = versionIndex;
  return previous;
}

/** A message from its key and values. */
export function msg(key: FindingKey, params?: Record<string, MessageParam>): MessageRef {
  return params ? { key, params } : { key };
}

// The values a party or a status can take, built once and frozen: a message shares them rather than copying them.
const PARTY_PARAMS: Readonly<Record<Party, MessageParam>> = {
  microsoft: Object.freeze({ kind: "party", value: "microsoft" }),
  "indirect-provider": Object.freeze({ kind: "party", value: "indirect-provider" }),
  "indirect-reseller": Object.freeze({ kind: "party", value: "indirect-reseller" }),
  "direct-bill": Object.freeze({ kind: "party", value: "direct-bill" }),
  customer: Object.freeze({ kind: "party", value: "customer" }),
};
const STATUS_PARAMS: Readonly<Record<RelationshipStatus, MessageParam>> = {
  invited: Object.freeze({ kind: "status", value: "invited" }),
  active: Object.freeze({ kind: "status", value: "active" }),
  suspended: Object.freeze({ kind: "status", value: "suspended" }),
  "termination-requested": Object.freeze({ kind: "status", value: "termination-requested" }),
  terminated: Object.freeze({ kind: "status", value: "terminated" }),
};

/** Values each language renders its own way. */
export const p = {
  party: (value: Party): MessageParam => PARTY_PARAMS[value],
  chain: (value: readonly Party[]): MessageParam => ({ kind: "chain", value: [...value] }),
  place: (value: string): MessageParam => ({ kind: "place", value }),
  region: (value: string): MessageParam => ({ kind: "region", value }),
  usd: (value: number): MessageParam => ({ kind: "usd", value }),
  date: (value: string): MessageParam => ({ kind: "date", value }),
  status: (value: RelationshipStatus): MessageParam => STATUS_PARAMS[value] ?? { kind: "status", value },
  list: (value: readonly (MessageRef | string)[]): MessageParam => ({ kind: "list", value: [...value] }),
  message: (value: MessageRef): MessageParam => ({ kind: "message", value }),
  otherPartners: (value: number): MessageParam => ({ kind: "count", key: "otherPartners", value }),
};

export function pass(rule: CitedRule, message: MessageRef, facts: Facts, party?: Party): Finding {
  return build(rule, "pass", message, facts, party);
}

export function info(rule: CitedRule, message: MessageRef, facts: Facts, party?: Party): Finding {
  return build(rule, "info", message, facts, party);
}

/**
 * A rule that cannot decide because the proposal lacks facts it needs: it names them and neither passes nor blocks.
 * Never a pass: a gap in the facts is not read as "allowed".
 */
export function unknown(rule: CitedRule, message: MessageRef, facts: Facts, missing: string[], party?: Party): Finding {
  const explanation = englishText(message);
  const version = rule.versions[versionInForce]!;
  const { id: ruleId, title, section } = rule;
  return party
    ? { ruleId, outcome: "info", title, explanation, message, facts, section, version, party, missing }
    : { ruleId, outcome: "info", title, explanation, message, facts, section, version, missing };
}

export function fail(rule: CitedRule, message: MessageRef, facts: Facts, party?: Party): Finding {
  const explanation = englishText(message);
  const version = rule.versions[versionInForce]!;
  const { id: ruleId, title, section, remedies } = rule;
  return party
    ? { ruleId, outcome: "fail", title, explanation, message, facts, section, version, party, remedies }
    : { ruleId, outcome: "fail", title, explanation, message, facts, section, version, remedies };
}

// Each kind of finding is one object literal with all its keys, in the order they have always had: adding a key
// afterwards would move the object to a new shape and allocate a property store for every finding.
function build(rule: CitedRule, outcome: Finding["outcome"], message: MessageRef, facts: Facts, party?: Party): Finding {
  const explanation = englishText(message);
  // The rule's version under the program version being judged (the article's outside `evaluate`).
  const version = rule.versions[versionInForce]!;
  const { id: ruleId, title, section } = rule;
  return party
    ? { ruleId, outcome, title, explanation, message, facts, section, version, party }
    : { ruleId, outcome, title, explanation, message, facts, section, version };
}
