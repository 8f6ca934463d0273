import { describe, expect, it } from "vitest";
import { verifyMpa, type ResellerLookup } from "./verify-mpa";

const ready: ResellerLookup = { partnerId: "4567890", country: "DE", onboarded: true, enrolledAsIndirectReseller: true, mpaAcceptedOn: "2020-01-20" };

describe("verifyMpa", () => {
  it.each([
    ["unknown Partner ID", null, "unknown-partner-id", 2200, "MPA-BEFORE-ASSOCIATION"],
    ["other region", { ...ready, country: "US" }, "other-region", 2201, "SAME-REGION-RELATIONSHIP"],
    ["unknown country counts as other region", { ...ready, country: "QQ" }, "other-region", 2201, "SAME-REGION-RELATIONSHIP"],
    ["not onboarded", { ...ready, onboarded: false }, "not-onboarded", undefined, "RESELLER-READINESS"],
    ["not enrolled", { ...ready, enrolledAsIndirectReseller: false }, "not-enrolled", 2204, "RESELLER-READINESS"],
    ["MPA not accepted", { ...ready, mpaAcceptedOn: null }, "mpa-not-accepted", 2203, "MPA-BEFORE-ASSOCIATION"],
    ["MPA accepted after the check date", { ...ready, mpaAcceptedOn: "2020-06-01" }, "mpa-not-accepted", 2203, "MPA-BEFORE-ASSOCIATION"],
  ] as const)("%s", (_name, lookup, status, code, ruleId) => {
    const result = verifyMpa("europe", lookup, "2020-05-12");
    expect(result).toMatchObject({ status, ruleId, ok: false });
    expect(result.code).toBe(code);
    expect(result.explanation.length).toBeGreaterThan(10);
  });

  it("reports the acceptance date when the MPA is accepted", () => {
    const result = verifyMpa("europe", ready, "2020-05-12");
    expect(result).toMatchObject({ status: "mpa-accepted", ok: true, acceptedOn: "2020-01-20" });
    expect(result.code).toBeUndefined();
    expect(result.explanation).toContain("2020-01-20");
  });

  it("checks region before enrolment, as Partner Center does", () => {
    expect(verifyMpa("canada", { ...ready, enrolledAsIndirectReseller: false }, "2020-05-12").status).toBe("other-region");
  });
});

describe("ready for this provider (dead end 4)", () => {
  it.each(["suspended", "termination-requested", "terminated"] as const)("a %s relationship is not ready", (relationship) => {
    const result = verifyMpa("europe", { ...ready, relationship }, "2020-05-12");
    expect(result).toMatchObject({ status: "relationship-not-active", ruleId: "PROVIDER-RESELLER-ACTIVE", ok: false });
  });

  it.each(["active", "invited", null, undefined] as const)("with a relationship %s (or none) the MPA decides", (relationship) => {
    expect(verifyMpa("europe", { ...ready, relationship }, "2020-05-12")).toMatchObject({ status: "mpa-accepted", ok: true });
  });
});
