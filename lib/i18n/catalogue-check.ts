// Helpers of the catalogue guard (lib/i18n/catalogue.test.ts, and the rules' own catalogues): test-only.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** `{ a: { b: "x" } }` → `{ "a.b": "x" }`. */
export function flattenMessages(messages: object, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat[path] = value;
    else if (value && typeof value === "object") Object.assign(flat, flattenMessages(value, path));
  }
  return flat;
}

/**
 * The arguments an ICU message uses, sorted and unique: `{name}`, `{count, plural, …}`, arguments nested inside plural
 * or select branches, and rich-text tags (`<link>…</link>`). A translation must use exactly the same.
 */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        visit(element.children);
        continue;
      }
      found.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(message));
  return [...found].sort();
}
