import { describe, expect, it } from "vitest";
import { countdownText, nextReauthorization, warningFor } from "./reauthorization";

describe("yearly re-authorization", () => {
  it("falls on the anniversary, the first a year after authorization", () => {
    expect(nextReauthorization("2021-01-20", "2026-12-01")).toEqual({ dueOn: "2027-01-20", daysLeft: 50 });
    expect(nextReauthorization("2021-12-01", "2026-12-01")).toEqual({ dueOn: "2026-12-01", daysLeft: 0 });
    expect(nextReauthorization("2021-11-30", "2026-12-01")).toEqual({ dueOn: "2027-11-30", daysLeft: 364 });
    expect(nextReauthorization("2026-12-01", "2026-12-01")).toEqual({ dueOn: "2027-12-01", daysLeft: 365 });
    expect(nextReauthorization("2026-06-01", "2026-12-01").dueOn).toBe("2027-06-01");
  });

  it("moves 29 February to 28 February in other years", () => {
    expect(nextReauthorization("2024-02-29", "2026-12-01")).toEqual({ dueOn: "2027-02-28", daysLeft: 89 });
    expect(nextReauthorization("2024-02-29", "2027-12-01").dueOn).toBe("2028-02-29");
  });

  it("warns at the nearest threshold reached: 90, 60, 30 days", () => {
    expect([120, 91, 90, 61, 60, 45, 31, 30, 1, 0, -1].map(warningFor)).toEqual([null, null, 90, 90, 60, 60, 60, 30, 30, 30, null]);
  });

  it("says the countdown in words", () => {
    expect([0, 1, 45].map(countdownText)).toEqual(["today", "tomorrow", "in 45 days"]);
  });
});
