import { describe, expect, it } from "vitest";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, columnHeader, detectDelimiter, parseImportCsv, templateCsv } from "./parse-csv";
import { customerColumns, customerTemplateExample, resellerColumns, resellerTemplateExample } from "./columns";

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseImportCsv(bytes(text), resellerColumns);

function rowsOf(result: ReturnType<typeof parse>) {
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

describe("reading an import file", () => {
  it("reads comma and semicolon files alike, by the header's delimiter", () => {
    const comma = parse("Name,Partner ID,Country,Email\nWide World,5200010,AT,kai@example.com\n");
    const semicolon = parse("Name;Partner ID;Country;Email\nWide World;5200010;AT;kai@example.com\n");
    expect(comma).toMatchObject({ ok: true, delimiter: "," });
    expect(semicolon).toMatchObject({ ok: true, delimiter: ";" });
    expect(rowsOf(comma)).toEqual(rowsOf(semicolon));
    expect(rowsOf(comma)).toEqual([{ line: 2, fields: { name: "Wide World", partnerId: "5200010", country: "AT", email: "kai@example.com" } }]);
  });

  it("a semicolon file whose names hold commas is still read by semicolons", () => {
    expect(detectDelimiter('"Name, legal";Partner ID;Country\n')).toBe(";");
    expect(rowsOf(parse("Name;Partner ID;Country\nContoso, Ltd;5200010;AT\n"))[0]!.fields.name).toBe("Contoso, Ltd");
  });

  it("takes UTF-8 with or without a byte-order mark", () => {
    const withBom = parse("\uFEFFName,Partner ID,Country\nLitware Société,5200004,FR\n");
    const without = parse("Name,Partner ID,Country\nLitware Société,5200004,FR\n");
    expect(rowsOf(withBom)).toEqual(rowsOf(without));
    expect(rowsOf(withBom)[0]!.fields.name).toBe("Litware Société");
  });

  it("reads quoted fields: delimiters, doubled quotes and line breaks inside, and numbers lines as in the file", () => {
    const rows = rowsOf(parse('Name,Partner ID,Country,Email\r\n"Fabrikam, ""West""",5200011,DE,a@example.com\r\n\r\n"Two\nlines",5200012,FR,\r\nLast,5200013,NL,\r\n'));
    expect(rows.map((row) => [row.line, row.fields.name])).toEqual([
      [2, 'Fabrikam, "West"'],
      [4, "Two\nlines"],
      [6, "Last"],
    ]);
  });

  it("matches headers by name in any order, with Partner Center's other names, ignoring other columns", () => {
    const rows = rowsOf(parse("Country/Region,Relationship,MPN ID,E-mail,Company name\nAT,Active,5200010,kai@example.com,Wide World\n"));
    expect(rows[0]!.fields).toEqual({ name: "Wide World", partnerId: "5200010", country: "AT", email: "kai@example.com" });
  });

  it("a missing cell is empty, not an error", () => {
    expect(rowsOf(parse("Name,Partner ID,Country,Email\nShort,5200010\n"))[0]!.fields).toEqual({ name: "Short", partnerId: "5200010", country: "", email: "" });
  });

  it("refuses a file over the size limit, and one with more rows than allowed, saying the limit", () => {
    const big = new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x41);
    expect(parseImportCsv(big, resellerColumns)).toEqual({ ok: false, message: expect.stringContaining("larger than 1.5 MB") });
    const many = "Name,Partner ID,Country\n" + "A,5200010,AT\n".repeat(IMPORT_MAX_ROWS + 1);
    expect(parse(many)).toEqual({ ok: false, message: expect.stringContaining("at most 10,000 can be imported") });
    expect(rowsOf(parse("Name,Partner ID,Country\n" + "A,5200010,AT\n".repeat(IMPORT_MAX_ROWS)))).toHaveLength(IMPORT_MAX_ROWS);
  });

  it("refuses what is not a CSV file: binary, not UTF-8, no known header, a quote never closed, nothing at all", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(parseImportCsv(png, resellerColumns)).toEqual({ ok: false, message: expect.stringContaining("not a CSV file") });
    expect(parseImportCsv(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0xff, 0xfe, 0x0a]), resellerColumns)).toEqual({ ok: false, message: expect.stringContaining("not text in UTF-8") });
    expect(parse("Hello world, this is a letter.\nKind regards\n")).toEqual({ ok: false, message: expect.stringContaining("expected columns") });
    expect(parse('Name,Partner ID,Country\n"Unclosed,5200010,AT\n')).toEqual({ ok: false, message: expect.stringContaining("closing quote") });
    expect(parse("")).toEqual({ ok: false, message: expect.stringContaining("empty") });
    expect(parse("Name,Partner ID,Country\n")).toEqual({ ok: false, message: expect.stringContaining("no rows") });
  });

  it("names a required column that is missing", () => {
    expect(parse("Name,Partner ID,Email\nA,5200010,a@example.com\n")).toEqual({ ok: false, message: expect.stringContaining("no “Country” column") });
    expect(parseImportCsv(bytes("Name,Tenant ID\nA,x\n"), customerColumns)).toEqual({ ok: false, message: expect.stringContaining("“Country”") });
  });

  it("the template reads back as its own example row", () => {
    const template = templateCsv(resellerColumns, resellerTemplateExample);
    expect(rowsOf(parse(template))).toEqual([{ line: 2, fields: resellerTemplateExample }]);
  });
});

describe("an import in Dutch", () => {
  it("the Dutch template has Dutch headers and imports as its own example row", () => {
    const template = templateCsv(resellerColumns, resellerTemplateExample, "nl");
    expect(template.split("\r\n")[0]).toBe('"Naam","Partner-ID","Land","E-mail"');
    expect(rowsOf(parse(template))).toEqual([{ line: 2, fields: resellerTemplateExample }]);
    const customers = templateCsv(customerColumns, customerTemplateExample, "nl");
    expect(customers.split("\r\n")[0]).toBe('"Naam","Land","Tenant-ID"');
    expect(rowsOf(parseImportCsv(bytes(customers), customerColumns))).toEqual([{ line: 2, fields: customerTemplateExample }]);
  });

  it("the English template and Partner Center's header names are still read, whatever the reader's language", () => {
    const english = templateCsv(resellerColumns, resellerTemplateExample);
    expect(english.split("\r\n")[0]).toBe('"Name","Partner ID","Country","Email"');
    expect(rowsOf(parseImportCsv(bytes(english), resellerColumns, "nl"))).toEqual([{ line: 2, fields: resellerTemplateExample }]);
    const partnerCenter = parseImportCsv(bytes("Company name;MPN ID;Country/Region;E-mail\nWide World;5200010;AT;kai@example.com\n"), resellerColumns, "nl");
    expect(rowsOf(partnerCenter)[0]!.fields).toEqual({ name: "Wide World", partnerId: "5200010", country: "AT", email: "kai@example.com" });
    expect(rowsOf(parse("Naam;Land/regio;E-mailadres\nWide World;AT;kai@example.com\n"))[0]!.fields).toMatchObject({ name: "Wide World", country: "AT" });
  });

  it("says why a file is refused in Dutch, with Dutch numbers and column names", () => {
    const nl = (text: string) => parseImportCsv(bytes(text), resellerColumns, "nl");
    expect(nl("")).toEqual({ ok: false, message: "Het bestand is leeg. Download het sjabloon en vul het in." });
    expect(nl("Naam,Partner-ID,E-mail\nA,5200010,a@example.com\n")).toEqual({ ok: false, message: expect.stringContaining("geen kolom “Land”") });
    expect(nl("Hallo,wereld\n")).toEqual({ ok: false, message: expect.stringContaining("(Naam, Partner-ID, Land, E-mail)") });
    expect(nl("Naam,Partner-ID,Land\n" + "A,5200010,AT\n".repeat(IMPORT_MAX_ROWS + 1))).toEqual({ ok: false, message: expect.stringContaining("hooguit 10.000 tegelijk") });
    expect(parseImportCsv(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x41), resellerColumns, "nl")).toEqual({ ok: false, message: expect.stringContaining("groter dan 1,5 MB") });
    expect(columnHeader(resellerColumns[1]!, "nl")).toBe("Partner-ID");
  });
});
