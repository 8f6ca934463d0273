// The rules' words in a language: a finding keeps its message as a key and raw values, and this renders it. Pure:
// placeholder substitution only (the few counted words are separate plural forms in the catalogue).
import { en } from "./messages/en";
import type { RuleMessages } from "./messages/en";
import { nl } from "./messages/nl";
import { regionOf } from "./regions";
import type { Finding, MessageParam, MessageRef, Party, RelationshipStatus, Remedy, RuleId } from "./types";

export type { MessageParam, MessageRef };

export type RulesLocale = "en" | "nl";
export const RULES_LOCALES: readonly RulesLocale[] = ["en", "nl"];

const CATALOGUES: Record<RulesLocale, RuleMessages> = { en, nl };

export function rulesMessages(locale: RulesLocale | string = "en"): RuleMessages {
  return CATALOGUES[locale as RulesLocale] ?? en;
}

export function isRulesLocale(value: unknown): value is RulesLocale {
  return value === "en" || value === "nl";
}

/** Replaces each `{name}` with its value; a name without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** English keeps the ISO date the rules cite; Dutch reads "1 februari 2020". */
export function dateText(iso: string, locale: RulesLocale | string = "en"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (locale !== "nl" || !match) return iso;
  return `${Number(match[3])} ${NL_MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

export function partyText(party: Party, locale: RulesLocale | string = "en"): string {
  return rulesMessages(locale).parties[party];
}

export function regionText(regionId: string, locale: RulesLocale | string = "en"): string {
  const regions: Record<string, string> = rulesMessages(locale).regions;
  return regions[regionId] ?? regionId;
}

export function statusText(status: RelationshipStatus, locale: RulesLocale | string = "en"): string {
  return rulesMessages(locale).statuses[status];
}

/** "DE (region Europe)" or "QQ (unknown country code)". */
export function placeText(country: string, locale: RulesLocale | string = "en"): string {
  const messages = rulesMessages(locale);
  const lookup = regionOf(country);
  return lookup.ok
    ? fill(messages.place.known, { country: lookup.country, region: regionText(lookup.region.id, locale) })
    : fill(messages.place.unknown, { country: lookup.country });
}

export function usdText(amount: number, locale: RulesLocale | string = "en"): string {
  return fill(rulesMessages(locale).usd, { amount: amount.toLocaleString(locale === "nl" ? "nl-NL" : "en-US") });
}

/** "A, B and C" / "A, B en C". */
export function listText(words: readonly string[], locale: RulesLocale | string = "en"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${rulesMessages(locale).listAnd} ${words[words.length - 1]}`;
}

function paramText(param: MessageParam, locale: RulesLocale): string | number {
  if (typeof param === "string" || typeof param === "number") return param;
  const messages = rulesMessages(locale);
  switch (param.kind) {
    case "party":
      return partyText(param.value, locale);
    case "chain":
      return param.value.map((party) => partyText(party, locale)).join(messages.chainArrow);
    case "place":
      return placeText(param.value, locale);
    case "region":
      return regionText(param.value, locale);
    case "usd":
      return usdText(param.value, locale);
    case "date":
      return dateText(param.value, locale);
    case "status":
      return statusText(param.value, locale);
    case "count": {
      const forms = messages.plurals[param.key];
      const form = new Intl.PluralRules(locale).select(param.value) === "one" ? forms.one : forms.other;
      return fill(form, { count: param.value });
    }
    case "list":
      return listText(param.value.map((item) => (typeof item === "string" ? item : formatMessage(item, locale))), locale);
    case "message":
      return formatMessage(param.value, locale);
  }
}

/** A message in a language, its values rendered in that language too. */
export function formatMessage(message: MessageRef, locale: RulesLocale | string = "en"): string {
  const language: RulesLocale = isRulesLocale(locale) ? locale : "en";
  const template = rulesMessages(language).findings[message.key];
  const values: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(message.params ?? {})) values[name] = paramText(param, language);
  return fill(template, values);
}

/** A finding's explanation in a language (the English one is `finding.explanation`). */
export function explainFinding(finding: Pick<Finding, "explanation"> & { message?: MessageRef }, locale: RulesLocale | string = "en"): string {
  if (!finding.message || locale === "en") return finding.explanation;
  return formatMessage(finding.message, locale);
}

export function ruleText(ruleId: RuleId, locale: RulesLocale | string = "en"): { title: string; summary: string; section: string } {
  const rule = rulesMessages(locale).rules[ruleId];
  return { title: rule.title, summary: rule.summary, section: rule.section };
}

export function remedyText(remedy: Pick<Remedy, "id" | "ruleId">, locale: RulesLocale | string = "en"): { title: string; detail: string } {
  const remedies: Record<string, { title: string; detail: string }> = rulesMessages(locale).rules[remedy.ruleId].remedies;
  return remedies[remedy.id] ?? { title: remedy.id, detail: "" };
}

/** A remedy with its title and detail in a language. */
export function localizeRemedy<T extends Remedy>(remedy: T, locale: RulesLocale | string = "en"): T {
  if (locale === "en") return remedy;
  return { ...remedy, ...remedyText(remedy, locale) };
}

/** A finding with its title, section, explanation and remedies in a language. */
export function localizeFinding<T extends Finding>(finding: T, locale: RulesLocale | string = "en"): T {
  if (locale === "en") return finding;
  const rule = ruleText(finding.ruleId, locale);
  const localized: T = { ...finding, title: rule.title, section: rule.section, explanation: explainFinding(finding, locale) };
  if (finding.remedies) localized.remedies = finding.remedies.map((remedy) => localizeRemedy(remedy, locale));
  return localized;
}

/** A program version's title, and what it changed for one rule, in a language. */
export function versionText(versionId: string, locale: RulesLocale | string = "en"): { title: string; change: string } | undefined {
  const versions: Record<string, { title: string; change: string }> = rulesMessages(locale).versions;
  return versions[versionId];
}

/** What a version says of one rule: its change, or for the first version "as the article states it". */
export function changeText(versionId: string, ruleId: RuleId, locale: RulesLocale | string = "en"): string {
  const messages = rulesMessages(locale);
  const version = versionText(versionId, locale);
  if (versionId === "2020-02-01" && ruleId !== "MPA-REQUIRED") return messages.asTheArticleStates;
  return version?.change ?? "";
}
