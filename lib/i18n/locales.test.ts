import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localizedPublicPath, pickLocale, splitLocalePrefix } from "./locales";
import { countryName, formatDate, formatDateTime, formatNumber, formatRelative } from "./format";

describe("the browser's language (Accept-Language)", () => {
  it("takes the first language we speak, by quality then order", () => {
    expect(localeFromAcceptLanguage("nl-BE,nl;q=0.9,en;q=0.8")).toBe("nl");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,nl;q=0.5,en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("fr, nl;q=0.4")).toBe("nl");
    expect(localeFromAcceptLanguage("en-US")).toBe("en");
  });

  it("gives nothing for a header that names none of ours, is empty or refuses a language", () => {
    expect(localeFromAcceptLanguage("de, fr;q=0.9")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage("nl;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("*")).toBeNull();
  });
});

describe("a public page's language in its path", () => {
  it("recognises /nl/check and /nl/rules with what follows", () => {
    expect(splitLocalePrefix("/nl/check")).toEqual({ locale: "nl", pathname: "/check" });
    expect(splitLocalePrefix("/en/rules")).toEqual({ locale: "en", pathname: "/rules" });
    expect(splitLocalePrefix("/nl/check/anything")).toEqual({ locale: "nl", pathname: "/check/anything" });
  });

  it("ignores signed-in pages, unknown languages and look-alikes", () => {
    expect(splitLocalePrefix("/nl/resellers")).toBeNull();
    expect(splitLocalePrefix("/de/check")).toBeNull();
    expect(splitLocalePrefix("/nl/checkout")).toBeNull();
    expect(splitLocalePrefix("/check")).toBeNull();
  });

  it("writes the path back: English plain, Dutch prefixed, the query kept", () => {
    expect(localizedPublicPath("/check?chain=a", "nl")).toBe("/nl/check?chain=a");
    expect(localizedPublicPath("/check?chain=a", "en")).toBe("/check?chain=a");
  });
});

describe("formats through Intl", () => {
  it("writes dates, moments and numbers each language's way, in UTC", () => {
    expect(formatDate("2020-02-01", "en")).toBe("1 Feb 2020");
    expect(formatDate("2020-02-01", "nl")).toBe("1 feb 2020");
    expect(formatDateTime(new Date("2026-03-09T23:05:00Z"), "nl")).toBe("9 mrt 2026, 23:05");
    expect(formatNumber(12345.5, "en")).toBe("12,345.5");
    expect(formatNumber(12345.5, "nl")).toBe("12.345,5");
  });

  it("names countries and relative times in the reader's language", () => {
    expect(countryName("DE", "nl")).toBe("Duitsland");
    expect(countryName("de", "en")).toBe("Germany");
    expect(countryName("QQ", "nl")).toBe("QQ");
    const now = new Date("2026-12-01T12:00:00Z");
    expect(formatRelative(new Date("2026-11-28T12:00:00Z"), now, "nl")).toBe("3 dagen geleden");
    expect(formatRelative(new Date("2026-11-28T12:00:00Z"), now, "en")).toBe("3 days ago");
  });
});

describe("the one order that picks a request's language", () => {
  it("takes the path, then the account, then the cookie, then Accept-Language, then English", () => {
    expect(pickLocale({ path: "nl", account: "en", cookie: "en", acceptLanguage: "en" })).toBe("nl");
    expect(pickLocale({ account: "nl", cookie: "en", acceptLanguage: "en" })).toBe("nl");
    expect(pickLocale({ account: null, cookie: "nl", acceptLanguage: "en" })).toBe("nl");
    expect(pickLocale({ cookie: "de", acceptLanguage: "nl-BE" })).toBe("nl");
    expect(pickLocale({ acceptLanguage: "fr" })).toBe("en");
  });
});
