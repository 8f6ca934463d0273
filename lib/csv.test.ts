import { describe, expect, it } from "vitest";
import { csvCell, partnerIdLines, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes every cell, empty ones too, and doubles quotes inside", () => {
    expect(csvCell('Contoso, "B.V."')).toBe('"Contoso, ""B.V."""');
    expect(csvCell("Litware")).toBe('"Litware"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
    expect(toCsv(["a", "b"], [[1, "x\ny"], [undefined, ""]])).toBe('"a","b"\r\n"1","x\ny"\r\n"",""\r\n');
  });

  it("F10: neutralises formula starts (= + - @ tab CR) with an apostrophe inside the quoted cell", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell("+1+cmd|' /C calc'!A0")).toBe(`"'+1+cmd|' /C calc'!A0"`);
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\t=1")).toBe(`"'\t=1"`);
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("F10: neutralises the same after ; or , inside a cell, for locales that split there", () => {
    expect(csvCell("Acme;=1+1")).toBe(`"Acme;'=1+1"`);
    expect(csvCell("Acme, @SUM(A1)")).toBe(`"Acme, '@SUM(A1)"`);
    expect(csvCell("Acme,=cmd;+x")).toBe(`"Acme,'=cmd;'+x"`);
    expect(csvCell("Acme Ltd - Paris")).toBe('"Acme Ltd - Paris"');
    expect(csvCell(-1)).toBe('"-1"');
  });

  it("F10: a whole export has no cell a spreadsheet would evaluate", () => {
    const csv = toCsv(["Name"], [["=1+1"], ["a,-2"]]);
    expect(csv).toBe(`"Name"\r\n"'=1+1"\r\n"a,'-2"\r\n`);
  });

  it("reads Partner IDs from the first column, skipping a header row and blank lines, keeping bad lines", () => {
    expect(partnerIdLines('Partner ID,Name\r\n5200004,Litware\n\n"5200005",x\nabc\n 123 ')).toEqual(["5200004", "5200005", "abc", "123"]);
    expect(partnerIdLines("5200004\n5200005")).toEqual(["5200004", "5200005"]);
    expect(partnerIdLines('"52,00004";x\r5200005\t"Litware ""SARL"""')).toEqual(["52,00004", "5200005"]);
    // An unclosed quote does not swallow the lines after it.
    expect(partnerIdLines('5200004\n"5200005\n5200006')).toEqual(["5200004", '"5200005', "5200006"]);
  });
});
