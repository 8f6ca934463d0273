/** Dates as partners read them, the same on server and client (UTC, so no hydration mismatch). */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return date.toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}

const plurals = new Intl.PluralRules("en");
/** Irregular plurals the app uses; everything else takes an "s". */
const IRREGULAR: Record<string, string> = { person: "people", company: "companies" };

/** "1 customer", "2 customers", "1,024 resellers": every count the app shows goes through here. */
export function pluralize(count: number, singular: string, plural = IRREGULAR[singular] ?? `${singular}s`): string {
  return `${count.toLocaleString("en")} ${plurals.select(count) === "one" ? singular : plural}`;
}

/** A tenant's name marked as internal use, once: "Litware Solutions (internal use)" is not marked again. */
export function internalUseLabel(name: string): string {
  return /\(internal use\)\s*$/i.test(name) ? name : `${name} (internal use)`;
}
