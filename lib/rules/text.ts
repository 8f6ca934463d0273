// The rules' words in a language: a finding keeps its message as a key and raw values, and this renders it. Pure:
// placeholder substitution only (the few counted words are separate plural forms in the catalogue).
import type { RuleMessages } from "./messages/en";
import { catalogueOf, type RulesLocale } from "./messages/catalogues";
import { dateText } from "./dates";
import { regionOf } from "./regions";
import type { Finding, MessageParam, MessageRef, Party, RelationshipStatus, Remedy, RuleId } from "./types";

export type { MessageParam, MessageRef };

export type { RulesLocale };
export { addRulesCatalogue } from "./messages/catalogues";
// In `dates.ts`, which has no words to load: the checker's first paint shows dates without the rules' catalogue.
export { dateText };
export const RULES_LOCALES: readonly RulesLocale[] = ["en", "nl"];

export function rulesMessages(locale: RulesLocale | string = "en"): RuleMessages {
  return catalogueOf(locale);
}

export function isRulesLocale(value: unknown): value is RulesLocale {
  return value === "en" || value === "nl";
}

/** Replaces each `{name}` with its value; a name without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const COMPILED_SMALL = new Map<string, CompiledTemplate>();

/** `fill(template, { [name]: value })` for the catalogue's one-value templates, compiled once per template. */
function fillOne(template: string, name: string, value: string | number): string {
  let parts = COMPILED_SMALL.get(template);
  if (parts === undefined) {
    parts = compileTemplate(template);
    COMPILED_SMALL.set(template, parts);
  }
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) text += (parts[index] === name ? String(value) : `{${parts[index]}}`) + parts[index + 1]!;
  return text;
}

/**
 * A template split once into literal text and placeholder names, so rendering a finding is string concatenation: no
 * regex and no values object per call. Even indexes are text, odd indexes are names (`{name}` as `fill` reads it).
 */
type CompiledTemplate = readonly string[];

function compileTemplate(template: string): CompiledTemplate {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    // `formatMessage` reads a value as `params[name]`, which would find Object.prototype's members: none is a name.
    if (match[1]! in Object.prototype) throw new Error(`Template placeholder {${match[1]}} names an Object member: ${template}`);
    parts.push(template.slice(last, match.index), match[1]!);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
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
  return placeIn(country, cachesOf(locale === "nl" ? "nl" : "en"));
}

function placeIn(country: string, caches: LanguageCaches): string {
  // Known codes (in the spellings callers have used) are remembered per language: the set is bounded by the table.
  const cached = caches.places.get(country);
  if (cached !== undefined) return cached;
  const messages = caches.catalogue;
  const lookup = regionOf(country);
  if (!lookup.ok) return fillOne(messages.place.unknown, "country", lookup.country);
  const text = fill(messages.place.known, { country: lookup.country, region: regionText(lookup.region.id, caches.language) });
  caches.places.set(country, text);
  return text;
}

/** Per language: its compiled templates and remembered places, for the catalogue they were made from. */
interface LanguageCaches {
  language: RulesLocale;
  catalogue: RuleMessages;
  /**
   * Every finding template of the catalogue, compiled when the language is first used. A Map: reading one of some
   * ninety keys of a plain object is a dictionary probe that cost more than rendering many a template.
   */
  templates: ReadonlyMap<string, CompiledTemplate>;
  places: Map<string, string>;
}

const CACHES: Partial<Record<RulesLocale, LanguageCaches>> = {};

function cachesOf(language: RulesLocale): LanguageCaches {
  const catalogue = catalogueOf(language);
  let caches = CACHES[language];
  if (caches === undefined || caches.catalogue !== catalogue) {
    const templates = new Map(Object.entries(catalogue.findings).map(([key, template]) => [key, compileTemplate(template)]));
    caches = { language, catalogue, templates, places: new Map() };
    CACHES[language] = caches;
  }
  return caches;
}

const NUMBER_FORMATS: Partial<Record<RulesLocale, Intl.NumberFormat>> = {};
/**
 * `amount.toLocaleString("en-US" | "nl-NL")`: whole amounts (what the rules cite) are grouped by hand, in threes with
 * "," or "."; anything else goes through Intl's formatter, built once per language.
 */
function groupedAmount(amount: number, language: RulesLocale): string {
  if (Number.isSafeInteger(amount) && (amount > 0 || Object.is(amount, 0))) {
    const digits = String(amount);
    if (digits.length <= 3) return digits;
    const separator = language === "nl" ? "." : ",";
    let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let index = text.length; index < digits.length; index += 3) text += separator + digits.slice(index, index + 3);
    return text;
  }
  const format = (NUMBER_FORMATS[language] ??= new Intl.NumberFormat(language === "nl" ? "nl-NL" : "en-US"));
  return format.format(amount);
}

const PLURAL_RULES: Partial<Record<RulesLocale, Intl.PluralRules>> = {};

export function usdText(amount: number, locale: RulesLocale | string = "en"): string {
  const language: RulesLocale = locale === "nl" ? "nl" : "en";
  // `amount.toLocaleString(tag)` is this same format, built anew on each call.
  return fillOne(rulesMessages(locale).usd, "amount", groupedAmount(amount, language));
}

/** "A, B and C" / "A, B en C". */
export function listText(words: readonly string[], locale: RulesLocale | string = "en"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${rulesMessages(locale).listAnd} ${words[words.length - 1]}`;
}

/** `listText` of a list value's items, each rendered in place: no arrays of words in between. */
function listIn(items: readonly (MessageRef | string)[], caches: LanguageCaches): string {
  let text = "";
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (index > 0) text += index === items.length - 1 ? ` ${caches.catalogue.listAnd} ` : ", ";
    text += typeof item === "string" ? item : render(item, caches);
  }
  return text;
}

/** A value as text in the language of `caches` (its catalogue and remembered places, looked up once per message). */
function paramText(param: MessageParam, caches: LanguageCaches): string {
  if (typeof param === "string") return param;
  if (typeof param === "number") return String(param);
  const messages = caches.catalogue;
  const locale = caches.language;
  // The kinds the findings use most come first: a switch on strings compares them in order.
  switch (param.kind) {
    case "date":
      return locale === "en" ? param.value : dateText(param.value, locale);
    case "party":
      return messages.parties[param.value];
    case "place":
      return placeIn(param.value, caches);
    case "message":
      return render(param.value, caches);
    case "region":
      return regionText(param.value, locale);
    case "chain": {
      let text = "";
      for (let index = 0; index < param.value.length; index++) {
        text += index === 0 ? messages.parties[param.value[index]!] : messages.chainArrow + messages.parties[param.value[index]!];
      }
      return text;
    }
    case "status":
      return messages.statuses[param.value];
    case "list":
      return listIn(param.value, caches);
    case "count": {
      const forms = messages.plurals[param.key];
      const form = pluralIsOne(param.value, locale) ? forms.one : forms.other;
      return fillOne(form, "count", param.value);
    }
    case "usd":
      return usdText(param.value, locale);
  }
}

/** Whether a count takes the "one" form; Intl's answer, remembered for the small whole counts the rules see. */
function pluralIsOne(count: number, locale: RulesLocale): boolean {
  const rules = (PLURAL_RULES[locale] ??= new Intl.PluralRules(locale));
  if (!(Number.isInteger(count) && count >= 0 && count < 64)) return rules.select(count) === "one";
  const known = (PLURAL_ONE[locale] ??= []);
  return (known[count] ??= rules.select(count) === "one");
}

const PLURAL_ONE: Partial<Record<RulesLocale, boolean[]>> = {};

/** A message in a language, its values rendered in that language too. */
export function formatMessage(message: MessageRef, locale: RulesLocale | string = "en"): string {
  return render(message, cachesOf(locale === "nl" ? "nl" : "en"));
}

let english: LanguageCaches | undefined;

/** `formatMessage(message, "en")` for every finding `evaluate` builds: English is always the same catalogue. */
export function englishText(message: MessageRef): string {
  return render(message, (english ??= cachesOf("en")));
}

function render(message: MessageRef, caches: LanguageCaches): string {
  let parts = caches.templates.get(message.key);
  // A key the catalogue lacks (or one of Object's own members) fails as reading its template always has.
  if (parts === undefined) parts = compileTemplate(caches.catalogue.findings[message.key]);
  const params = message.params;
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    const param = params === undefined ? undefined : params[name];
    text += param !== undefined ? paramText(param, caches) : `{${name}}`;
    text += parts[index + 1]!;
  }
  return text;
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
