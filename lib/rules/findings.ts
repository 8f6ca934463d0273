// Builders that fill a finding's title, section and remedies from the catalogue, so checks state only the facts.
import { ruleById } from "./catalogue";
import type { FactValue, Finding, Party, RuleId } from "./types";

type Facts = Record<string, FactValue>;

export function pass(ruleId: RuleId, explanation: string, facts: Facts, party?: Party): Finding {
  return build(ruleId, "pass", explanation, facts, party);
}

export function info(ruleId: RuleId, explanation: string, facts: Facts, party?: Party): Finding {
  return build(ruleId, "info", explanation, facts, party);
}

export function fail(ruleId: RuleId, explanation: string, facts: Facts, party?: Party): Finding {
  const finding = build(ruleId, "fail", explanation, facts, party);
  finding.remedies = ruleById(ruleId).remedies;
  return finding;
}

function build(ruleId: RuleId, outcome: Finding["outcome"], explanation: string, facts: Facts, party?: Party): Finding {
  const rule = ruleById(ruleId);
  const finding: Finding = { ruleId, outcome, title: rule.title, explanation, facts, section: rule.section };
  if (party) finding.party = party;
  return finding;
}
