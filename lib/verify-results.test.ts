import { describe, expect, it } from "vitest";
import { numberedPartnerIdLines } from "./csv";
import { collapseDuplicates, listedLines } from "./verify-results";

describe("Verify MPA results (dead end 4)", () => {
  it("numbers lines as pasted: blank lines and a header count", () => {
    expect(numberedPartnerIdLines("Partner ID\n5200004\n\n  \n5200006,Coho\n")).toEqual([
      { line: 2, input: "5200004" },
      { line: 5, input: "5200006" },
    ]);
  });

  it("reports a repeated Partner ID once, with the lines it was listed on", () => {
    const rows = [
      { line: 1, ok: true, partnerId: "5200004" },
      { line: 2, ok: false },
      { line: 4, ok: true, partnerId: "5200004" },
      { line: 5, ok: false },
    ];
    const collapsed = collapseDuplicates(rows);
    expect(collapsed.map((row) => [row.line, row.lines])).toEqual([[1, [1, 4]], [2, [2]], [5, [5]]]);
    expect(listedLines(collapsed[0]!.lines, "en")).toBe("1 and 4");
    expect(listedLines([1, 4, 6], "nl")).toBe("1, 4 en 6");
    expect(listedLines([1, 2, 3, 4, 5, 6], "en")).toBe("1, 2, 3, 4, 5 …");
  });
});
