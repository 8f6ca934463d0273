import { describe, expect, it } from "vitest";
import { csvCell, partnerIdLines, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes separators and quotes, and defuses spreadsheet formulas", () => {
    expect(csvCell('Contoso, "B.V."')).toBe('"Contoso, ""B.V."""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, "x\ny"]])).toBe('a,b\r\n1,"x\ny"\r\n');
  });

  it("reads Partner IDs from the first column, skipping a header row and blank lines, keeping bad lines", () => {
    expect(partnerIdLines('Partner ID,Name\r\n5200004,Litware\n\n"5200005",x\nabc\n 123 ')).toEqual(["5200004", "5200005", "abc", "123"]);
    expect(partnerIdLines("5200004\n5200005")).toEqual(["5200004", "5200005"]);
  });
});
