import { describe, expect, it } from "vitest";
import { lapsedRequirementNotice } from "./lapsed";

const managed = { label: "Managed services on an ongoing basis", done: false };
const billing = { label: "Billing its customers on an ongoing basis", done: true };

describe("a lapsed direct-bill requirement (dead end 7)", () => {
  it("names the requirement that lapsed after enrollment", () => {
    expect(lapsedRequirementNotice(true, [billing, managed])).toBe(
      "Your enrollment is recorded, but “Managed services on an ongoing basis” is no longer in place: until it is back, you cannot act as a direct-bill partner.",
    );
    expect(lapsedRequirementNotice(true, [{ ...billing, done: false }, managed])).toContain("“Billing its customers on an ongoing basis” and “Managed services on an ongoing basis” are no longer in place");
  });

  it("says nothing before enrollment or when every requirement holds", () => {
    expect(lapsedRequirementNotice(false, [managed])).toBeNull();
    expect(lapsedRequirementNotice(true, [billing])).toBeNull();
  });
});
