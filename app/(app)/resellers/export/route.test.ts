import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { eq } from "drizzle-orm";
import { organizations } from "@/lib/db/schema";
import { GET } from "./route";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
});
afterAll(() => database.drop());

const get = (search = "") => GET(new Request(`http://localhost/resellers/export${search}`));

describe("the reseller CSV export", () => {
  it("answers the provider's filtered list as CSV", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    const response = await get("?readiness=mpa-signed&sort=name");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe('"Reseller","Partner ID","Country","Region","Relationship","Onboarded on","Enrolled on","MPA signed on","Transacting"');
    expect(lines.slice(1)).toEqual([
      '"Litware Solutions SARL","5200004","FR","europe","Active","2021-01-05","2021-01-20","2021-02-01","yes"',
      '"Proseware Partners AB","5200005","SE","europe","Suspended","2020-09-01","2020-09-10","2020-09-12","no"',
    ]);
  });

  it("refuses anonymous callers and non-providers", async () => {
    signOutOfTests();
    expect((await get()).status).toBe(401);
    await signInAs(database, "lea@litware.example");
    expect((await get()).status).toBe(404);
  });
});

describe("F9: control characters in the export's search parameters", () => {
  it("F9: answers 400 with a JSON error for a NUL in q, never a 500", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    const response = await get("?q=lit%00ware");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: 'The parameter "q" contains control characters.' });
  });

  it("F9: answers 400 for other control and bidi-override characters in any parameter", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    expect((await get("?q=%E2%80%AElitware")).status).toBe(400);
    expect((await get("?status=all%1B")).status).toBe(400);
    expect((await get("?q=litware")).status).toBe(200);
  });
});

describe("F10: formulas in exported names", () => {
  it("F10: a reseller named like a formula is exported quoted and prefixed with an apostrophe", async () => {
    await database.db.update(organizations).set({ legalName: "=HYPERLINK(\"http://evil.example\";\"x\")" }).where(eq(organizations.partnerId, "5200005"));
    await signInAs(database, "mark@contoso-distribution.example");
    const lines = (await (await get("?status=all")).text()).trim().split("\r\n");
    expect(lines.find((line) => line.includes("5200005"))).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"";""x""\)","5200005",/);
  });
});
