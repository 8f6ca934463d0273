// Builders that fill a finding's title, section and remedies from the catalogue, so checks state only the facts.
import { ruleById } from "./catalogue";
import { VERSION_REFS } from "./versions";
import type { FactValue, Finding, Party, RuleId } from "./types";

type Facts = Record<string, FactValue>;

export function pass(ruleId: RuleId, explanation: string, facts: Facts, party?: Party): Finding {
  return build(ruleId, "pass", explanation, facts, party);
}

export function info(ruleId: RuleId, explanation: string, facts: Facts, party?: Party): Finding {
  return build(ruleId, "info", explanation, facts, party);
}

/**
 * A rule that cannot decide because the proposal lacks facts it needs: it names them and neither passes nor blocks.
 * Never a pass: a gap in the facts is not read as "allowed".
 */
export function unknown(ruleId: RuleId, explanation: string, facts: Facts, missing: string[], party?: Party): Finding {
  const finding = build(ruleId, "info", explanation, facts, party);
  finding.missing = missing;
  return finding;
}

export function fail(ruleId: RuleId, explanation: string, facts: Facts, party?: Party): Finding {
  const finding = build(ruleId, "fail", explanation, facts, party);
  finding.remedies = ruleById(ruleId).remedies;
  return finding;
}

function build(ruleId: RuleId, outcome: Finding["outcome"], explanation: string, facts: Facts, party?: Party): Finding {
  const rule = ruleById(ruleId);
  // `version` is the article's until `evaluate` sets the one in force on the proposal's date.
  const finding: Finding = { ruleId, outcome, title: rule.title, explanation, facts, section: rule.section, version: VERSION_REFS[0]! };
  if (party) finding.party = party;
  return finding;
}
