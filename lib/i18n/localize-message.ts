import { z } from "zod";
import { catalogues } from "@/lib/i18n/catalogue";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * Refusals and form errors in the reader's language, gettext-style: the code keeps writing its messages in English
 * (logs, the partner API and the tests see exactly that text), and the English text is the message id. The English
 * catalogue (messages/en/errors.json and validation.json) maps each text to its key; a message with values in it is
 * an ICU pattern there ("{name} is already an admin."), matched to pull the values out and put them into the other
 * language's wording. lib/i18n/localize-message.test.ts fails when a message in the code has no catalogue entry.
 */

const NAMESPACES = ["errors", "validation"] as const;
type Namespace = (typeof NAMESPACES)[number];

type Entry = { namespace: Namespace; key: string; english: string };
type Pattern = Entry & { regex: RegExp; names: string[]; literalLength: number };

function flatten(namespace: Namespace, tree: unknown, prefix = ""): Entry[] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([name, value]) =>
    typeof value === "string" ? [{ namespace, key: `${prefix}${name}`, english: value }] : flatten(namespace, value, `${prefix}${name}.`),
  );
}

const PLACEHOLDER = /\{(\w+)\}/g;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function buildIndex() {
  const exact = new Map<string, Entry>();
  const patterns: Pattern[] = [];
  for (const namespace of NAMESPACES) {
    for (const entry of flatten(namespace, catalogues.en[namespace])) {
      const names = [...entry.english.matchAll(PLACEHOLDER)].map((match) => match[1]!);
      if (names.length === 0) {
        if (!exact.has(entry.english)) exact.set(entry.english, entry);
        continue;
      }
      const source = entry.english
        .split(PLACEHOLDER)
        .map((part, index) => (index % 2 === 1 ? "(.+?)" : escapeRegex(part)))
        .join("");
      const literalLength = entry.english.replace(PLACEHOLDER, "").length;
      patterns.push({ ...entry, regex: new RegExp(`^${source}$`, "s"), names, literalLength });
    }
  }
  // The most specific wording first: "{name} is already an admin." before a catch-all.
  patterns.sort((a, b) => b.literalLength - a.literalLength);
  return { exact, patterns };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const ENGLISH_DATE = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) (\d{4})$/;

/**
 * A value the English text formatted is a value again, for the other language's format: a number with thousands
 * separators ("2,000") and a date as `formatDate` writes it in English ("5 Sept 2026").
 */
function valueOf(text: string): string | number | Date {
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ""));
  const date = ENGLISH_DATE.exec(text);
  if (date) return new Date(Date.UTC(Number(date[3]), MONTHS.indexOf(date[2] === "Sep" ? "Sept" : date[2]!), Number(date[1])));
  return text;
}

let index: ReturnType<typeof buildIndex> | null = null;

/** The catalogue entry (and the values in it) of an English message, or null when the catalogues lack it. */
export function findMessage(english: string): { namespace: Namespace; key: string; values: Record<string, string | number | Date> } | null {
  index ??= buildIndex();
  const exact = index.exact.get(english);
  if (exact) return { namespace: exact.namespace, key: exact.key, values: {} };
  for (const pattern of index.patterns) {
    const match = pattern.regex.exec(english);
    if (match) return { namespace: pattern.namespace, key: pattern.key, values: Object.fromEntries(pattern.names.map((name, i) => [name, valueOf(match[i + 1]!)])) };
  }
  return null;
}

function render(found: NonNullable<ReturnType<typeof findMessage>>, locale: Locale): string {
  const t = translator(locale, found.namespace) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const shown = (value: string | number | Date) => (typeof value === "number" ? formatNumber(value, locale) : value instanceof Date ? formatDate(value, locale) : value);
  return t(found.key, Object.fromEntries(Object.entries(found.values).map(([name, value]) => [name, shown(value)])));
}

/**
 * An English refusal or form error in `locale`. A message the catalogues lack as a whole is translated sentence by
 * sentence (a refusal's lead, "Not allowed.", followed by the rules' own reasons); what no entry matches stays as it is.
 */
export function localizeMessage(english: string, locale: Locale): string {
  if (locale === defaultLocale) return english;
  const found = findMessage(english);
  if (found) return render(found, locale);
  const sentences = english.split(/(?<=[.!?])\s+/);
  if (sentences.length < 2) return english;
  return sentences
    .map((sentence) => {
      const part = findMessage(sentence);
      return part ? render(part, locale) : sentence;
    })
    .join(" ");
}

type Refused = { ok: false; error: string | null; fieldErrors?: Record<string, string[] | undefined> };

/** A refused result with its message and field messages in `locale`; anything else unchanged. */
export function localizeResult<R>(result: R, locale: Locale): R {
  if (locale === defaultLocale || !result || typeof result !== "object" || (result as { ok?: unknown }).ok !== false) return result;
  const refused = result as unknown as Refused;
  const fieldErrors = refused.fieldErrors
    ? Object.fromEntries(Object.entries(refused.fieldErrors).map(([field, messages]) => [field, messages?.map((message) => localizeMessage(message, locale))]))
    : undefined;
  return {
    ...refused,
    error: typeof refused.error === "string" ? localizeMessage(refused.error, locale) : refused.error,
    ...(fieldErrors ? { fieldErrors } : {}),
  } as R;
}

/** zod's own messages (a wrong type, a missing field) in `locale`; the schemas' own English messages win over these. */
const zodLocales: Partial<Record<Locale, z.core.$ZodErrorMap>> = { nl: z.locales.nl().localeError };

/**
 * Parses again in `locale` so zod's built-in messages come in that language (zod's global config would change every
 * request's language at once); the schemas' custom messages stay English here and go through `localizeMessage`.
 */
export function parseIn<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale) {
  const error = zodLocales[locale];
  return error ? schema.safeParse(raw, { error }) : schema.safeParse(raw);
}
