import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { GET } from "./route";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  const [contoso, fabrikam] = [await orgId(database, "contoso"), await orgId(database, "fabrikam")];
  // More than two export batches for Contoso, one event with a formula-like value, and one for Fabrikam only.
  await database.db.execute(sql`
    insert into audit_events (occurred_at, action, entity_type, entity_id, subject_organization_ids, after)
    select '2026-05-01T10:00:00Z'::timestamptz + n * interval '1 second', 'invitation.created', 'invitation', 'inv-' || n,
           array[${contoso}]::uuid[], jsonb_build_object('email', 'x' || n || '@example.com')
    from generate_series(1, 2100) as n`);
  await database.db.execute(sql`
    insert into audit_events (action, entity_type, entity_id, subject_organization_ids, after)
    values ('organization.details-changed', 'organization', '=HYPERLINK("x")', array[${contoso}]::uuid[], null),
           ('invitation.created', 'invitation', 'fabrikam-only', array[${fabrikam}]::uuid[], null)`);
});
afterAll(() => database.drop());

const get = (search = "") => GET(new Request(`http://localhost/audit-log/export${search}`));
const lines = async (response: Response) => (await response.text()).trim().split("\r\n");

describe("the audit log CSV export", () => {
  it("streams every matching event of the admin's own organization, with the page's filters", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const response = await get("?kind=invitation.created&from=2026-05-01&to=2026-05-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = await lines(response);
    expect(rows[0]).toBe('"Event","Occurred at (UTC)","Kind","Description","Person","Person\'s email","Organization","Record type","Record id","Before","After"');
    expect(rows).toHaveLength(1 + 2100);
    expect(rows[1]).toContain('"inv-2100"');
    expect(rows.at(-1)).toContain('"inv-1"');
    expect(rows.some((row) => row.includes("fabrikam-only"))).toBe(false);
  });

  it("defuses spreadsheet formulas in cells", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const rows = await lines(await get("?kind=organization.details-changed"));
    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("answers 401 signed out, 404 to members, 400 to malformed filters", async () => {
    signOutOfTests();
    expect((await get()).status).toBe(401);
    await signInAs(database, "mark@contoso-distribution.example");
    expect((await get()).status).toBe(404);
    await signInAs(database, "anna@contoso-distribution.example");
    const bad = await get("?from=2026-02-30");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringContaining("From") });
    expect((await get("?record=%07")).status).toBe(400);
  });

  it("program support exports every organization's events", async () => {
    await signInAs(database, "sam@program-support.example");
    const rows = await lines(await get("?record=fabrikam-only"));
    expect(rows).toHaveLength(2);
  });
});
