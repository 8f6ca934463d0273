import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
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
    expect(lines[0]).toBe("Reseller,Partner ID,Country,Region,Relationship,Onboarded on,Enrolled on,MPA signed on,Transacting");
    expect(lines.slice(1)).toEqual([
      "Litware Solutions SARL,5200004,FR,europe,Active,2021-01-05,2021-01-20,2021-02-01,yes",
      "Proseware Partners AB,5200005,SE,europe,Suspended,2020-09-01,2020-09-10,2020-09-12,no",
    ]);
  });

  it("refuses anonymous callers and non-providers", async () => {
    signOutOfTests();
    expect((await get()).status).toBe(401);
    await signInAs(database, "lea@litware.example");
    expect((await get()).status).toBe(404);
  });
});
