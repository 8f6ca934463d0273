// Builders that fill a finding's title, section and remedies from the catalogue, so checks state only the facts.
// A check gives its explanation as a message (a key of the rules' catalogues and raw values); the English text is
// rendered here, and `evaluate(proposal, locale)` renders it in another language.
import { ruleById } from "./catalogue";
import { formatMessage } from "./text";
import { VERSION_REFS } from "./versions";
import type { FindingKey } from "./messages/en";
import type { FactValue, Finding, MessageParam, MessageRef, Party, RelationshipStatus, RuleId } from "./types";

type Facts = Record<string, FactValue>;

/** A message from its key and values. */
export function msg(key: FindingKey, params?: Record<string, MessageParam>): MessageRef {
  return params ? { key, params } : { key };
}

/** Values each language renders its own way. */
export const p = {
  party: (value: Party): MessageParam => ({ kind: "party", value }),
  chain: (value: readonly Party[]): MessageParam => ({ kind: "chain", value: [...value] }),
  place: (value: string): MessageParam => ({ kind: "place", value }),
  region: (value: string): MessageParam => ({ kind: "region", value }),
  usd: (value: number): MessageParam => ({ kind: "usd", value }),
  date: (value: string): MessageParam => ({ kind: "date", value }),
  status: (value: RelationshipStatus): MessageParam => ({ kind: "status", value }),
  list: (value: readonly (MessageRef | string)[]): MessageParam => ({ kind: "list", value: [...value] }),
  message: (value: MessageRef): MessageParam => ({ kind: "message", value }),
  otherPartners: (value: number): MessageParam => ({ kind: "count", key: "otherPartners", value }),
};

export function pass(ruleId: RuleId, message: MessageRef, facts: Facts, party?: Party): Finding {
  return build(ruleId, "pass", message, facts, party);
}

export function info(ruleId: RuleId, message: MessageRef, facts: Facts, party?: Party): Finding {
  return build(ruleId, "info", message, facts, party);
}

/**
 * A rule that cannot decide because the proposal lacks facts it needs: it names them and neither passes nor blocks.
 * Never a pass: a gap in the facts is not read as "allowed".
 */
export function unknown(ruleId: RuleId, message: MessageRef, facts: Facts, missing: string[], party?: Party): Finding {
  const rule = ruleById(ruleId);
  const explanation = formatMessage(message, "en");
  const version = VERSION_REFS[0]!;
  const { title, section } = rule;
  return party
    ? { ruleId, outcome: "info", title, explanation, message, facts, section, version, party, missing }
    : { ruleId, outcome: "info", title, explanation, message, facts, section, version, missing };
}

export function fail(ruleId: RuleId, message: MessageRef, facts: Facts, party?: Party): Finding {
  const rule = ruleById(ruleId);
  const explanation = formatMessage(message, "en");
  const version = VERSION_REFS[0]!;
  const { title, section, remedies } = rule;
  return party
    ? { ruleId, outcome: "fail", title, explanation, message, facts, section, version, party, remedies }
    : { ruleId, outcome: "fail", title, explanation, message, facts, section, version, remedies };
}

// Each kind of finding is one object literal with all its keys, in the order they have always had: adding a key
// afterwards would move the object to a new shape and allocate a property store for every finding.
function build(ruleId: RuleId, outcome: Finding["outcome"], message: MessageRef, facts: Facts, party?: Party): Finding {
  const rule = ruleById(ruleId);
  const explanation = formatMessage(message, "en");
  // `version` is the article's until `evaluate` sets the one in force on the proposal's date.
  const version = VERSION_REFS[0]!;
  const { title, section } = rule;
  return party
    ? { ruleId, outcome, title, explanation, message, facts, section, version, party }
    : { ruleId, outcome, title, explanation, message, facts, section, version };
}
