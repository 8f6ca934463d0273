import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, REGIONS, countryOptions, isKnownCountry, regionOf } from "./regions";
import table from "./regions.json";

describe("region table", () => {
  it("puts every country in exactly one region", () => {
    const all = REGIONS.flatMap((region) => region.countries);
    expect(new Set(all).size).toBe(all.length);
    expect(COUNTRY_CODES).toHaveLength(all.length);
  });

  it("holds the 15 regions of the article's date, Russia included", () => {
    expect(REGIONS.map((region) => region.id)).toHaveLength(15);
    expect(regionOf("RU")).toMatchObject({ ok: true, region: { id: "russia" } });
    expect(table.asOf).toBe("2020-05-12");
  });

  it.each([
    ["US", "united-states"],
    ["CA", "canada"],
    ["PR", "latin-america"],
    ["NO", "europe"],
    ["XK", "middle-east-europe"],
    ["nz", "new-zealand"],
  ])("%s is in %s", (country, region) => {
    expect(regionOf(country)).toMatchObject({ ok: true, region: { id: region } });
  });

  it("reports an unknown country instead of guessing", () => {
    expect(regionOf("QQ")).toEqual({ ok: false, country: "QQ" });
    expect(isKnownCountry("QQ")).toBe(false);
  });

  it("lists countries with names for a select box, including Partner Center's own codes", () => {
    const options = countryOptions("en");
    expect(options).toHaveLength(COUNTRY_CODES.length);
    expect(options.find((option) => option.code === "XS")?.name).toBe("Saba");
    expect(options.find((option) => option.code === "DE")).toEqual({ code: "DE", name: "Germany", regionId: "europe", regionName: "Europe" });
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });
});
