import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formatDate } from "@/lib/i18n/format";
import { relationshipStatusLabel } from "@/lib/labels";
import type { RelationshipStatus } from "@/lib/rules";

/**
 * The reason kept with an import's row (why it is refused, skipped or already done) in the reader's language. The
 * reasons are stored as they were written, in English (the result file of an import is read later, by anyone);
 * each one the import itself writes is recognised here by its English wording and written again in `locale`.
 * A reason this table does not know is shown as it is.
 */
type Known = { pattern: RegExp; render: (t: ReasonTranslator, match: RegExpExecArray, locale: Locale) => string };
type ReasonTranslator = ReturnType<typeof translator<"import">>;

const STATUSES: readonly string[] = ["invited", "active", "suspended", "termination-requested", "terminated"] satisfies RelationshipStatus[];
const isRelationshipStatus = (value: string): value is RelationshipStatus => STATUSES.includes(value);

/** "1 Feb 2020" as the English list wrote it, in `locale`; kept as it is when it does not read as a date. */
function date(text: string, locale: Locale): string {
  const parsed = new Date(`${text} UTC`);
  return Number.isNaN(parsed.getTime()) ? text : formatDate(parsed, locale);
}

const KNOWN: Known[] = [
  { pattern: /^No country given: the reseller's country or region, as a two-letter code like FR\.$/, render: (t) => t("reasons.noCountry") },
  { pattern: /^Duplicate in the file: the same reseller as line (\d+)\.$/, render: (t, m) => t("reasons.duplicateReseller", { line: m[1]! }) },
  { pattern: /^Duplicate in the file: the same tenant ID as line (\d+)\.$/, render: (t, m) => t("reasons.duplicateTenant", { line: m[1]! }) },
  { pattern: /^This row cannot be read\.$/, render: (t) => t("reasons.unreadable") },
  { pattern: /^Name whom the invitation is for: the reseller's Partner ID, an email address, or both\.$/, render: (t) => t("reasons.noAddressee") },
  {
    pattern: /^Partner ID (\S+) belongs to (.+), which is not an indirect reseller\.$/,
    render: (t, m) => t("reasons.notAReseller", { partnerId: m[1]!, name: m[2]! }),
  },
  {
    pattern: /^Already linked with (.+) \(([a-z-]+)\)\.$/,
    render: (t, m, locale) => t("reasons.alreadyLinked", { name: m[1]!, status: isRelationshipStatus(m[2]!) ? relationshipStatusLabel(m[2], locale) : m[2]! }),
  },
  {
    pattern: /^Already invited: an invitation waits for an answer until (.+)\.$/,
    render: (t, m, locale) => t("reasons.alreadyInvited", { date: date(m[1]!, locale) }),
  },
  {
    pattern: /^This tenant is already registered to a customer\. If another partner serves it, ask the customer to accept you: send a reseller relationship request from Customer requests\.$/,
    render: (t) => t("reasons.tenantTaken"),
  },
];

export function importReasonText(reason: string, locale: Locale): string {
  if (locale === defaultLocale) return reason;
  const t = translator(locale, "import");
  for (const known of KNOWN) {
    const match = known.pattern.exec(reason);
    if (match) return known.render(t, match, locale);
  }
  return reason;
}
