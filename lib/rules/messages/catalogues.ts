// Which languages the rules can speak right now. English is always here; Dutch joins when `./nl` is loaded (the
// server entry `@/lib/rules` loads it) or when a browser page hands it over (`addRulesCatalogue`), so a page in
// English does not ship the Dutch words. A language that has not joined answers in English.
import { en, type RuleMessages } from "./en";

export type RulesLocale = "en" | "nl";

const CATALOGUES: Partial<Record<RulesLocale, RuleMessages>> = { en };

export function catalogueOf(locale: string): RuleMessages {
  return (locale === "nl" ? CATALOGUES.nl : undefined) ?? en;
}

/** Makes a language's words available to the rules (the same object each time is a no-op). */
export function addRulesCatalogue(locale: RulesLocale, messages: RuleMessages): void {
  CATALOGUES[locale] = messages;
}
