/**
 * The simulator's own small Partner Center: partners, the provider–reseller relationships between them, customers,
 * and which access token signs in as which partner. The demo set is written against the demo data
 * (lib/db/seed/demo-data.ts), so that the demo provider's reconciliation has something to show: a reseller Partner
 * Center knows and this app does not (Lamna), one this app lists and Partner Center does not (Northwind), and one
 * whose MPA Partner Center has on record while this app does not (Adventure Works).
 */
export type SimulatedPartner = {
  tenantId: string;
  mpnId: string;
  name: string;
  /** ISO country; decides the CSP region for the 2201 check. */
  country: string;
  kind: "indirect-provider" | "indirect-reseller" | "direct-bill";
  /** Enrolled in CSP (an indirect reseller that is not answers 2204). */
  enrolled: boolean;
  mpaSigned: boolean;
};

export type SimulatedRelationship = { providerTenantId: string; resellerTenantId: string; state: "Active" | "Inactive" };

export type SimulatedCustomer = {
  id: string;
  companyName: string;
  domain: string;
  /** The partner whose customer list shows it (its provider or direct-bill partner). */
  partnerTenantId: string;
  /** Indirect resellers linked to the customer. */
  resellerTenantIds: string[];
};

export type SimulatorData = {
  partners: SimulatedPartner[];
  relationships: SimulatedRelationship[];
  customers: SimulatedCustomer[];
  /** Access token → the partner it signs in as. */
  tokens: Record<string, string>;
};

const tenant = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const demoTenants = {
  contoso: tenant(4100001),
  litware: tenant(5200004),
  adventure: tenant(5200003),
  proseware: tenant(5200005),
  lamna: tenant(5200050),
  coho: tenant(5200006),
} as const;

/** The access token the simulator's token endpoint hands out for the demo provider (Contoso). */
export const DEMO_PROVIDER_TOKEN = "simulator-token-contoso";

export function demoSimulatorData(): SimulatorData {
  return {
    partners: [
      { tenantId: demoTenants.contoso, mpnId: "4100001", name: "Contoso Distribution B.V.", country: "NL", kind: "indirect-provider", enrolled: true, mpaSigned: true },
      { tenantId: demoTenants.litware, mpnId: "5200004", name: "Litware Solutions SARL", country: "FR", kind: "indirect-reseller", enrolled: true, mpaSigned: true },
      // The app has no MPA date for Adventure Works; Partner Center has it on record.
      { tenantId: demoTenants.adventure, mpnId: "5200003", name: "Adventure Works Consulting B.V.", country: "NL", kind: "indirect-reseller", enrolled: true, mpaSigned: true },
      { tenantId: demoTenants.proseware, mpnId: "5200005", name: "Proseware Partners AB", country: "SE", kind: "indirect-reseller", enrolled: true, mpaSigned: true },
      // In Partner Center only: never signed up here.
      { tenantId: demoTenants.lamna, mpnId: "5200050", name: "Lamna Healthcare IT B.V.", country: "NL", kind: "indirect-reseller", enrolled: true, mpaSigned: true },
      { tenantId: demoTenants.coho, mpnId: "5200006", name: "Coho Vineyard Tecnologia Ltda", country: "BR", kind: "indirect-reseller", enrolled: true, mpaSigned: true },
    ],
    relationships: [
      { providerTenantId: demoTenants.contoso, resellerTenantId: demoTenants.litware, state: "Active" },
      { providerTenantId: demoTenants.contoso, resellerTenantId: demoTenants.adventure, state: "Active" },
      { providerTenantId: demoTenants.contoso, resellerTenantId: demoTenants.proseware, state: "Inactive" },
      { providerTenantId: demoTenants.contoso, resellerTenantId: demoTenants.lamna, state: "Active" },
    ],
    customers: [
      { id: tenant(9000001), companyName: "Fourth Coffee Roasters", domain: "fourthcoffee.onmicrosoft.com", partnerTenantId: demoTenants.contoso, resellerTenantIds: [demoTenants.litware] },
      { id: tenant(9000002), companyName: "Margie's Travel", domain: "margiestravel.onmicrosoft.com", partnerTenantId: demoTenants.contoso, resellerTenantIds: [demoTenants.proseware] },
      { id: tenant(9000003), companyName: "Lucerne Publishing", domain: "lucernepublishing.onmicrosoft.com", partnerTenantId: demoTenants.contoso, resellerTenantIds: [] },
    ],
    tokens: { [DEMO_PROVIDER_TOKEN]: demoTenants.contoso },
  };
}
