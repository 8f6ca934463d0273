import type { ImportColumn } from "./parse-csv";

/**
 * The columns of each import. Resellers: those of Partner Center's indirect-reseller export (name, Partner ID,
 * country, email), with the older "MPN ID" name and the other spellings exports use (Dutch ones too; the headers of
 * our own template in each language are read from the catalogues, see parse-csv.ts).
 */
export const resellerColumns: readonly ImportColumn[] = [
  { field: "name", header: "Name", aliases: ["Reseller name", "Partner name", "Company name", "Company", "Organization name", "Bedrijfsnaam", "Naam wederverkoper"] },
  { field: "partnerId", header: "Partner ID", aliases: ["MPN ID", "MPNID", "Partner ID (MPN ID)", "Microsoft Partner ID", "PartnerId"] },
  { field: "country", header: "Country", aliases: ["Country/Region", "Country or region", "Country code", "Land/regio", "Landcode"], required: true },
  { field: "email", header: "Email", aliases: ["Email address", "E-mail", "Contact email", "Admin email", "E-mailadres"] },
];

export const resellerTemplateExample = { name: "Wide World Importers", partnerId: "5200010", country: "US", email: "admin@wideworldimporters.example" };

/** Customers: as on the "Add a customer" form. */
export const customerColumns: readonly ImportColumn[] = [
  { field: "name", header: "Name", aliases: ["Customer name", "Company name", "Company", "Organization name", "Klantnaam", "Bedrijfsnaam"], required: true },
  { field: "country", header: "Country", aliases: ["Country/Region", "Country or region", "Country code", "Land/regio", "Landcode"], required: true },
  { field: "tenantId", header: "Tenant ID", aliases: ["Tenant", "Microsoft ID", "Customer tenant ID", "Directory ID"] },
];

export const customerTemplateExample = { name: "Fabrikam Bakery", country: "US", tenantId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" };
