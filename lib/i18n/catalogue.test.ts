import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogue";
import { placeholdersOf, flattenMessages } from "./catalogue-check";

const english = flattenMessages(catalogues.en);
const dutch = flattenMessages(catalogues.nl);

describe("the message catalogues", () => {
  it("hold the same keys in English and Dutch", () => {
    const onlyEnglish = Object.keys(english).filter((key) => !(key in dutch));
    const onlyDutch = Object.keys(dutch).filter((key) => !(key in english));
    expect({ onlyEnglish, onlyDutch }).toEqual({ onlyEnglish: [], onlyDutch: [] });
  });

  it("give each message the same placeholders in both languages", () => {
    const differing = Object.keys(english)
      .filter((key) => key in dutch)
      .filter((key) => placeholdersOf(english[key]!).join() !== placeholdersOf(dutch[key]!).join())
      .map((key) => ({ key, en: placeholdersOf(english[key]!), nl: placeholdersOf(dutch[key]!) }));
    expect(differing).toEqual([]);
  });

  it("leave no message empty", () => {
    const empty = [...Object.entries(english), ...Object.entries(dutch)].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe("placeholdersOf", () => {
  it("finds simple, plural and select arguments, and those nested inside their branches", () => {
    expect(placeholdersOf("{count, plural, one {# reseller of {provider}} other {# resellers}} since {date}")).toEqual(["count", "date", "provider"]);
    expect(placeholdersOf("{kind, select, a {A} other {B}}")).toEqual(["kind"]);
    expect(placeholdersOf("No arguments")).toEqual([]);
  });

  it("counts rich-text tags as placeholders", () => {
    expect(placeholdersOf("Read <link>the rules</link> first, {name}")).toEqual(["<link>", "name"]);
  });

  it("tells two texts apart when one lost an argument (the check would fail)", () => {
    expect(placeholdersOf("{a} and {b}")).not.toEqual(placeholdersOf("{a} en b"));
  });
});
