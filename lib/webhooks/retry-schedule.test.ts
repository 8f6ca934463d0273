import { describe, expect, it } from "vitest";
import { nextAttemptAt, RETRY_WINDOW_MS, retryWaitMs } from "./retry-schedule";

describe("the retry schedule", () => {
  it("waits 5 s, then five times longer each time, at most 5 hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryWaitMs)).toEqual([5_000, 25_000, 125_000, 625_000, 3_125_000, 15_625_000, 18_000_000]);
  });

  it("keeps trying for 24 hours, then stops", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    let now = start;
    let attempts = 0;
    const times: number[] = [];
    for (;;) {
      attempts++;
      const next = nextAttemptAt(start, attempts, now);
      if (!next) break;
      times.push(next.getTime() - start.getTime());
      now = next;
    }
    expect(times.at(-1)!).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(times.at(-1)! + retryWaitMs(attempts)).toBeGreaterThan(RETRY_WINDOW_MS);
    // Attempts at 0 s, 5 s, 30 s, 2.6 min, 13 min, 65 min, 5.4 h, then every 5 hours: ten in all.
    expect(attempts).toBe(10);
  });
});
