import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { orgId } from "@/test/demo-ids";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { parseResellerListQuery, resellerListHref } from "@/lib/validation/resellers";
import { requestTermination } from "@/app/(app)/resellers/actions";
import { getActor, type Actor } from "./actor";
import {
  exportResellersOfProvider,
  getProviderFacts,
  getResellerOfProvider,
  listResellersOfProvider,
  readinessFunnel,
  relationshipHistory,
  subscriptionsThroughReseller,
} from "./relationships";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let contoso: Actor;
let fabrikam: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "pw-for-tests");
  await signInAs(database, "frank@fabrikam-cloud.example");
  fabrikam = (await getActor())!;
  await signInAs(database, "mark@contoso-distribution.example");
  contoso = (await getActor())!;
});
afterAll(() => database.drop());

const query = (params: Record<string, string> = {}) => parseResellerListQuery(params);
const names = (rows: { legalName: string }[]) => rows.map((row) => row.legalName);

describe("the provider's reseller list", () => {
  it("shows only its own live relationships by default, sorted by name, with readiness and transacting", async () => {
    const list = await listResellersOfProvider(contoso, query());
    expect(names(list.rows)).toEqual([
      "Adventure Works Consulting B.V.",
      "Litware Solutions SARL",
      "Northwind IT Services Ltd",
      "Proseware Partners AB",
      "Tailspin Toys IT GmbH",
    ]);
    expect(list.total).toBe(5);
    expect(list.rows.find((row) => row.partnerId === "5200004")).toMatchObject({ transacting: true, mpaAcceptedOn: "2021-02-01", status: "active" });
    expect(list.rows.find((row) => row.partnerId === "5200003")).toMatchObject({ transacting: false, mpaAcceptedOn: null });
    const fabrikamList = await listResellersOfProvider(fabrikam, query({ status: "all" }));
    expect(names(fabrikamList.rows)).toEqual(["Alpine Ski House Tech Inc.", "Humongous IT Services LLC"]);
  });

  it("filters by status and readiness, searches by name prefix or exact Partner ID, sorts both ways", async () => {
    expect(names((await listResellersOfProvider(contoso, query({ status: "terminated" }))).rows)).toEqual(["Trey Research Oy"]);
    expect((await listResellersOfProvider(contoso, query({ status: "all" }))).total).toBe(6);
    expect(names((await listResellersOfProvider(contoso, query({ readiness: "enrolled" }))).rows)).toEqual([
      "Adventure Works Consulting B.V.",
      "Litware Solutions SARL",
      "Proseware Partners AB",
    ]);
    expect(names((await listResellersOfProvider(contoso, query({ readiness: "transacting" }))).rows)).toEqual(["Litware Solutions SARL"]);
    expect(names((await listResellersOfProvider(contoso, query({ readiness: "not-onboarded" }))).rows)).toEqual(["Tailspin Toys IT GmbH"]);
    expect(names((await listResellersOfProvider(contoso, query({ q: "nor" }))).rows)).toEqual(["Northwind IT Services Ltd"]);
    expect(names((await listResellersOfProvider(contoso, query({ q: "5200005" }))).rows)).toEqual(["Proseware Partners AB"]);
    expect((await listResellersOfProvider(contoso, query({ q: "100%_" }))).rows).toEqual([]);
    // Another provider's reseller is not found by its Partner ID.
    expect((await listResellersOfProvider(contoso, query({ q: "5200008", status: "all" }))).total).toBe(0);
    const byMpa = await listResellersOfProvider(contoso, query({ sort: "partner-id", dir: "desc" }));
    expect(byMpa.rows.map((row) => row.partnerId)).toEqual(["5200005", "5200004", "5200003", "5200002", "5200001"]);
  });

  it("pages on the server and tolerates nonsense parameters", async () => {
    const q = parseResellerListQuery({ page: "abc", sort: "drop table", status: ["active", "x"] });
    expect(q).toMatchObject({ page: 1, sort: "name", status: "active" });
    const beyond = await listResellersOfProvider(contoso, query({ page: "9" }));
    expect(beyond).toMatchObject({ rows: [], total: 5, pageCount: 1 });
  });

  it("a cursor in the URL continues the order from that row (keyset), either way; a stale cursor falls back to the page number", async () => {
    const all = (await listResellersOfProvider(contoso, query())).rows;
    const idOf = (name: string) => all.find((row) => row.legalName.startsWith(name))!.relationshipId;
    const after = await listResellersOfProvider(contoso, query({ page: "2", after: idOf("Northwind") }));
    expect(names(after.rows)).toEqual(["Proseware Partners AB", "Tailspin Toys IT GmbH"]);
    expect(after).toMatchObject({ page: 2, total: 5, firstId: idOf("Proseware"), lastId: idOf("Tailspin") });
    const before = await listResellersOfProvider(contoso, query({ page: "2", before: idOf("Proseware") }));
    expect(names(before.rows)).toEqual(["Adventure Works Consulting B.V.", "Litware Solutions SARL", "Northwind IT Services Ltd"]);
    // Descending: "after" goes on down the order, ties broken by the relationship in the same direction.
    const byId = (await listResellersOfProvider(contoso, query({ sort: "partner-id", dir: "desc" }))).rows;
    const descending = await listResellersOfProvider(contoso, query({ sort: "partner-id", dir: "desc", page: "2", after: byId[1]!.relationshipId }));
    expect(descending.rows.map((row) => row.partnerId)).toEqual(["5200003", "5200002", "5200001"]);
    const back = await listResellersOfProvider(contoso, query({ sort: "partner-id", dir: "desc", page: "2", before: byId[3]!.relationshipId }));
    expect(back.rows.map((row) => row.partnerId)).toEqual(["5200005", "5200004", "5200003"]);
    // Filters still apply after the cursor; another provider's relationship, an unknown id or a nullable sort key fall back to offset paging (page 2 of 5 rows: empty).
    expect(names((await listResellersOfProvider(contoso, query({ page: "2", after: idOf("Adventure"), readiness: "enrolled" }))).rows)).toEqual(["Litware Solutions SARL", "Proseware Partners AB"]);
    const fabrikamRow = (await listResellersOfProvider(fabrikam, query())).rows[0]!.relationshipId;
    expect((await listResellersOfProvider(contoso, query({ page: "2", after: fabrikamRow }))).rows).toEqual([]);
    expect((await listResellersOfProvider(contoso, query({ page: "2", after: "00000000-0000-4000-8000-000000000000" }))).rows).toEqual([]);
    expect((await listResellersOfProvider(contoso, query({ page: "2", sort: "mpa", after: idOf("Adventure") }))).rows).toEqual([]);
    // Page 1 never carries a cursor; a malformed one is dropped.
    expect(resellerListHref({ page: 1, after: idOf("Adventure") })).toBe("/resellers");
    expect(resellerListHref({ page: 3, readiness: "not-mpa-signed", after: idOf("Adventure") })).toBe(`/resellers?readiness=not-mpa-signed&page=3&after=${idOf("Adventure")}`);
    expect(query({ page: "2", after: "x'; drop" }).after).toBeUndefined();
  });

  it("the funnel counts each stage cumulatively over live relationships", async () => {
    expect(await readinessFunnel(contoso)).toEqual({ invited: 5, onboarded: 4, enrolled: 3, "mpa-signed": 2, transacting: 1 });
    expect(await readinessFunnel(fabrikam)).toEqual({ invited: 2, onboarded: 2, enrolled: 2, "mpa-signed": 2, transacting: 1 });
  });

  it("the export follows the filters and holds only the provider's rows", async () => {
    const rows = await exportResellersOfProvider(contoso, query({ readiness: "mpa-signed" }));
    expect(rows.map((row) => [row.legalName, row.transacting])).toEqual([
      ["Litware Solutions SARL", true],
      ["Proseware Partners AB", false],
    ]);
  });

  it("non-providers get nothing", async () => {
    await signInAs(database, "lea@litware.example");
    const reseller = (await getActor())!;
    expect(await listResellersOfProvider(reseller, query())).toMatchObject({ rows: [], total: 0 });
    expect(await readinessFunnel(reseller)).toMatchObject({ invited: 0 });
    expect(await exportResellersOfProvider(reseller, query())).toEqual([]);
    expect(await getProviderFacts(reseller)).toBeNull();
  });
});

describe("one reseller's page", () => {
  it("answers another provider's reseller, a missing id and a malformed id alike: null / empty", async () => {
    const humongous = await orgId(database, "humongous");
    expect(await getResellerOfProvider(contoso, humongous)).toBeNull();
    expect(await relationshipHistory(contoso, humongous)).toEqual([]);
    expect(await subscriptionsThroughReseller(contoso, humongous)).toEqual([]);
    expect(await getResellerOfProvider(contoso, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getResellerOfProvider(contoso, "not-a-uuid")).toBeNull();
  });

  it("shows readiness facts, the relationship and the business through the reseller", async () => {
    const litware = await orgId(database, "litware");
    const detail = await getResellerOfProvider(contoso, litware);
    expect(detail).toMatchObject({ reseller: { legalName: "Litware Solutions SARL", mpaAcceptedOn: "2021-02-01" }, relationship: { status: "active" }, latestTermination: null });
    const business = await subscriptionsThroughReseller(contoso, litware);
    expect(business.map((row) => row.customerName)).toEqual(["Fourth Coffee Roasters", "Margie's Travel", "Relecloud Retail"]);
    expect(await subscriptionsThroughReseller(fabrikam, litware)).toEqual([]);
  });

  it("a terminated relationship is still shown, the live one preferred", async () => {
    const detail = await getResellerOfProvider(contoso, await orgId(database, "trey"));
    expect(detail?.relationship.status).toBe("terminated");
  });

  it("history lists the events that concern both the provider and the reseller", async () => {
    await signInAs(database, "anna@contoso-distribution.example");
    const adventure = await orgId(database, "adventure");
    expect((await requestTermination({ resellerId: adventure, reason: "No business in two years." })).ok).toBe(true);
    const history = await relationshipHistory(contoso, adventure);
    expect(history).toEqual([expect.objectContaining({ action: "relationship.termination-requested", actorName: "Anna de Vries" })]);
    expect(await relationshipHistory(contoso, await orgId(database, "litware"))).toEqual([]);
    expect((await getResellerOfProvider(contoso, adventure))?.latestTermination).toMatchObject({ status: "pending", reason: "No business in two years." });
  });
});
