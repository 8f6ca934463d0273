import { describe, expect, it } from "vitest";
import { formatDate, pluralize } from "./labels";

describe("wording (dead end 9)", () => {
  it("plurals through Intl.PluralRules", () => {
    expect(pluralize(1, "customer")).toBe("1 customer");
    expect(pluralize(0, "customer")).toBe("0 customers");
    expect(pluralize(2, "subscription")).toBe("2 subscriptions");
    expect(pluralize(1200, "reseller")).toBe("1,200 resellers");
    expect(pluralize(3, "person")).toBe("3 people");
  });

  it("one date format for dates and timestamps", () => {
    expect(formatDate("2020-03-11")).toBe("11 Mar 2020");
    expect(formatDate(new Date("2020-03-11T23:30:00Z"))).toBe("11 Mar 2020");
    expect(formatDate(null)).toBe("");
  });
});
