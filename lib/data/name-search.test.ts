import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { parseResellerListQuery } from "@/lib/validation/resellers";
import { getActor, type Actor } from "./actor";
import { listResellersOfProvider } from "./relationships";
import { listMyCustomers } from "./partner-customers";
import { searchDirectory } from "./partner-directory";

// Search by any part of a name, ignoring case and accents (search_text() + trigram indexes), on both databases.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let contoso: Actor;
let blueYonder: Actor;
let support: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  await signInAs(database, "olivia@blueyonder-cloud.example");
  blueYonder = (await getActor())!;
  await signInAs(database, "sam@program-support.example");
  support = (await getActor())!;
  await signInAs(database, "mark@contoso-distribution.example");
  contoso = (await getActor())!;
  // Accented names, as partners and customers in Europe have them.
  await database.db.execute(sql`update organizations set legal_name = 'Litware Solutions Société à responsabilité limitée' where partner_id = '5200004'`);
  await database.db.execute(sql`update customers set name = 'Münson''s Pïckles and Préserves' where name = 'Munson''s Pickles and Preserves'`);
});
afterAll(() => database.drop());

const resellers = async (q: string) => (await listResellersOfProvider(contoso, parseResellerListQuery({ q }))).rows.map((row) => row.legalName);
const customers = async (q: string) => (await listMyCustomers(blueYonder, { q })).rows.map((row) => row.name);
const directory = async (q: string) => (await searchDirectory(support, q))!.rows.map((row) => row.legalName);

describe("search by any part of a name", () => {
  it("finds a reseller by a word in the middle or at the end, whatever the case", async () => {
    expect(await resellers("works")).toEqual(["Adventure Works Consulting B.V."]);
    expect(await resellers("WORKS CONS")).toEqual(["Adventure Works Consulting B.V."]);
    expect(await resellers("b.v.")).toEqual(["Adventure Works Consulting B.V."]);
  });

  it("ignores accents on either side", async () => {
    expect(await resellers("societe a resp")).toEqual(["Litware Solutions Société à responsabilité limitée"]);
    expect(await resellers("SOCIÉTÉ")).toEqual(["Litware Solutions Société à responsabilité limitée"]);
    expect(await customers("pickles")).toEqual(["Münson's Pïckles and Préserves"]);
    expect(await customers("PRESERVES")).toEqual(["Münson's Pïckles and Préserves"]);
    expect(await directory("societe")).toEqual(["Litware Solutions Société à responsabilité limitée"]);
  });

  it("treats % and _ as letters and finds nothing for text no name holds", async () => {
    expect(await resellers("%")).toEqual([]);
    expect(await resellers("works_")).toEqual([]);
    expect(await customers("zzz-no-such-customer")).toEqual([]);
  });

  it("still finds a reseller by its exact Partner ID", async () => {
    expect(await resellers("5200003")).toEqual(["Adventure Works Consulting B.V."]);
  });
});
