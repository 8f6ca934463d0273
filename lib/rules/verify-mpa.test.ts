import { describe, expect, it } from "vitest";
import { checkMpa, describeMpaCheck, verifyMpa, type ResellerLookup } from "./verify-mpa";
import { mpaCheckFromPartnerCenter } from "./verify-mpa-partner-center";

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

describe("a check without its words (what the verify page sends) and its wording", () => {
  it("carries only what its explanation needs: the country for another region, the relationship when it blocks, the date when accepted", () => {
    expect(checkMpa("europe", null, "2020-05-12")).toEqual({ status: "unknown-partner-id" });
    expect(checkMpa("canada", ready, "2020-05-12")).toEqual({ status: "other-region", country: "DE" });
    expect(checkMpa("europe", { ...ready, onboarded: false }, "2020-05-12")).toEqual({ status: "not-onboarded" });
    expect(checkMpa("europe", { ...ready, mpaAcceptedOn: null }, "2020-05-12")).toEqual({ status: "mpa-not-accepted" });
    expect(checkMpa("europe", { ...ready, relationship: "terminated" }, "2020-05-12")).toEqual({ status: "relationship-not-active", acceptedOn: "2020-01-20", relationship: "terminated" });
    expect(checkMpa("europe", { ...ready, relationship: "active" }, "2020-05-12")).toEqual({ status: "mpa-accepted", acceptedOn: "2020-01-20" });
  });

  it("worded later, it reads exactly as the check worded at once", () => {
    const lookups = [null, ready, { ...ready, country: "US" }, { ...ready, country: "QQ" }, { ...ready, onboarded: false }, { ...ready, relationship: "termination-requested" as const }, { ...ready, relationship: "suspended" as const }];
    for (const lookup of lookups) {
      for (const locale of ["en", "nl"]) {
        expect(describeMpaCheck(lookup?.partnerId ?? "", checkMpa("europe", lookup, "2020-05-12"), locale)).toEqual(verifyMpa("europe", lookup, "2020-05-12", locale));
      }
    }
  });

  it("words Partner Center's answers as Partner Center's, in Dutch too; a refusal without a known code keeps Partner Center's words and no code", () => {
    const accepted = describeMpaCheck("5200004", mpaCheckFromPartnerCenter({ signed: true }), "nl");
    expect(accepted).toMatchObject({ status: "mpa-accepted", ok: true, explanation: "Partner Center heeft de MPA van Partner-ID 5200004 geregistreerd." });
    const otherRegion = describeMpaCheck("5200004", mpaCheckFromPartnerCenter({ signed: false, code: 2201, description: "" }));
    expect(otherRegion).toMatchObject({ code: 2201, ruleId: "SAME-REGION-RELATIONSHIP", explanation: expect.stringContaining("Partner Center places Partner ID 5200004") });
    const refused = describeMpaCheck("5200004", mpaCheckFromPartnerCenter({ signed: false, code: 2206, description: "hasn't signed" }), "nl");
    expect(refused).toEqual({ status: "mpa-not-accepted", ruleId: "MPA-BEFORE-ASSOCIATION", ok: false, explanation: "Partner Center heeft geen MPA bevestigd voor Partner-ID 5200004: hasn't signed" });
  });
});
