import { importRows, imports } from "@/lib/db/schema";
import { fromTable, routeFromTable, withFormTwin, type Cells, type MatrixEntry } from "../matrix-types";
import { twinCallers, type World } from "../world";
import { withField } from "./setup";

/** CSV imports (issue 17): resellers by a provider's admins, customers by sellers. Each import is its organization's alone. */

/** A previewed import of organization A with one row to send, as an upload leaves it. */
async function previewOf(world: World, organizationKey: string, kind: "resellers" | "customers"): Promise<string> {
  const [created] = await world.database.db
    .insert(imports)
    .values({ organizationId: world.organization(organizationKey), kind, fileName: "matrix.csv", rowCount: 1 })
    .returning({ id: imports.id });
  const fields: Record<string, string> = kind === "resellers" ? { name: "Matrix Reseller", partnerId: "5299900", country: "NL", email: "" } : { name: "Matrix Customer", country: "FR", tenantId: "" };
  await world.database.db.insert(importRows).values({ importId: created!.id, line: 2, fields, decision: "go" });
  return created!.id;
}

const csv = (text: string) => new File([text], "matrix.csv", { type: "text/csv" });
const resellers = "app/(app)/resellers/import";
const customers = "app/(app)/customers/import";

/** A route's cells from the table, where an allowed caller of another organization finds nothing. */
function routeOnARecord(capability: "reseller.invite" | "customer.add", outside: readonly string[]): Cells {
  const cells = routeFromTable(capability, { anonymous: { status: 401 }, allowed: { status: 200 }, refused: { status: 404 } });
  // A twin caller (the email impostor) is answered like the caller it stands for.
  const twins = Object.entries(twinCallers).filter(([, of]) => outside.includes(of)).map(([twin]) => twin);
  for (const caller of [...outside, ...twins]) (cells as Record<string, Cells[keyof Cells]>)[caller] = { status: 404 };
  return cells;
}

export const importEntries: Record<string, MatrixEntry> = {
  ...withFormTwin(`${resellers}/actions.ts`, "uploadResellerImport", {
    kind: "action",
    input: () => ({ file: csv("Name,Partner ID,Country,Email\nMatrix Reseller,5299901,NL,\n") }),
    expect: fromTable("reseller.invite"),
  }),
  ...withFormTwin(`${resellers}/actions.ts`, "confirmResellerImport", {
    kind: "action",
    input: async (world) => ({ importId: await previewOf(world, "contoso", "resellers") }),
    withMissingRecord: withField("importId"),
    expect: fromTable("reseller.invite", { outside: "not-found" }),
  }),
  ...withFormTwin(`${customers}/actions.ts`, "uploadCustomerImport", {
    kind: "action",
    // A refused row (no country) still makes a preview: this cell is about who may upload, not the rules.
    input: () => ({ file: csv("Name,Country\nMatrix Customer,\n") }),
    expect: fromTable("customer.add"),
  }),
  ...withFormTwin(`${customers}/actions.ts`, "confirmCustomerImport", {
    kind: "action",
    // Litware's import; Blue Yonder (a direct-bill partner, also allowed to add customers) is another organization.
    input: async (world) => ({ importId: await previewOf(world, "litware", "customers") }),
    withMissingRecord: withField("importId"),
    expect: fromTable("customer.add", { outside: "not-found", except: { "direct-bill-admin": "not-found", "direct-bill-member": "not-found" } }),
  }),
  [`${resellers}/template/route.ts#GET`]: {
    kind: "route",
    request: () => new Request("http://localhost/resellers/import/template"),
    expect: routeFromTable("reseller.invite", { anonymous: { status: 401 }, allowed: { status: 200 }, refused: { status: 404 } }),
  },
  [`${customers}/template/route.ts#GET`]: {
    kind: "route",
    request: () => new Request("http://localhost/customers/import/template"),
    expect: routeFromTable("customer.add", { anonymous: { status: 401 }, allowed: { status: 200 }, refused: { status: 404 } }),
  },
  [`${resellers}/[importId]/result/route.ts#GET`]: {
    kind: "route",
    request: () => new Request("http://localhost/resellers/import/result"),
    params: async (world) => ({ importId: await previewOf(world, "contoso", "resellers") }),
    expect: routeOnARecord("reseller.invite", ["other-provider-admin"]),
  },
  [`${customers}/[importId]/result/route.ts#GET`]: {
    kind: "route",
    request: () => new Request("http://localhost/customers/import/result"),
    params: async (world) => ({ importId: await previewOf(world, "litware", "customers") }),
    expect: routeOnARecord("customer.add", ["other-reseller-admin", "direct-bill-admin", "direct-bill-member", "other-direct-bill-admin"]),
  },
};
