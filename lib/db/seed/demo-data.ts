import type { PartnerType, RelationshipStatus, UserRole } from "@/lib/db/schema";

/** The demo world: names follow Microsoft's fictitious-company convention. Every readiness state appears once. */

export type DemoOrganization = {
  key: string;
  partnerType: PartnerType;
  legalName: string;
  partnerId: string;
  country: string;
  affiliationGroup?: string;
  onboarded?: string; // ISO date
  enrolled?: string;
  mpa?: string;
  directBillCapabilities?: { api: boolean; billing: boolean; support: boolean; managed: boolean };
};

export const demoOrganizations: DemoOrganization[] = [
  // Indirect providers
  { key: "contoso", partnerType: "indirect-provider", legalName: "Contoso Distribution B.V.", partnerId: "4100001", country: "NL", onboarded: "2019-03-01", mpa: "2019-11-20" },
  { key: "fabrikam", partnerType: "indirect-provider", legalName: "Fabrikam Cloud Distribution Inc.", partnerId: "4100002", country: "US", onboarded: "2019-05-12", mpa: "2020-01-15" },
  // Indirect resellers, one per readiness state
  { key: "tailspin", partnerType: "indirect-reseller", legalName: "Tailspin Toys IT GmbH", partnerId: "5200001", country: "DE" },
  { key: "northwind", partnerType: "indirect-reseller", legalName: "Northwind IT Services Ltd", partnerId: "5200002", country: "GB", onboarded: "2024-02-10" },
  { key: "adventure", partnerType: "indirect-reseller", legalName: "Adventure Works Consulting B.V.", partnerId: "5200003", country: "NL", onboarded: "2023-06-01", enrolled: "2023-06-15" },
  { key: "litware", partnerType: "indirect-reseller", legalName: "Litware Solutions SARL", partnerId: "5200004", country: "FR", affiliationGroup: "litware-group", onboarded: "2021-01-05", enrolled: "2021-01-20", mpa: "2021-02-01" },
  { key: "proseware", partnerType: "indirect-reseller", legalName: "Proseware Partners AB", partnerId: "5200005", country: "SE", onboarded: "2020-09-01", enrolled: "2020-09-10", mpa: "2020-09-12" },
  { key: "coho", partnerType: "indirect-reseller", legalName: "Coho Vineyard Tecnologia Ltda", partnerId: "5200006", country: "BR", onboarded: "2022-04-04", enrolled: "2022-04-20", mpa: "2022-05-02" },
  { key: "trey", partnerType: "indirect-reseller", legalName: "Trey Research Oy", partnerId: "5200007", country: "FI", onboarded: "2020-03-03", enrolled: "2020-03-10", mpa: "2020-03-11" },
  { key: "humongous", partnerType: "indirect-reseller", legalName: "Humongous IT Services LLC", partnerId: "5200008", country: "US", onboarded: "2021-07-07", enrolled: "2021-07-09", mpa: "2021-07-10" },
  { key: "alpine", partnerType: "indirect-reseller", legalName: "Alpine Ski House Tech Inc.", partnerId: "5200009", country: "US", onboarded: "2022-11-01", enrolled: "2022-11-03", mpa: "2022-11-05" },
  // Signed up only, no provider yet: walks the three readiness steps in the end-to-end tests.
  { key: "wideworld", partnerType: "indirect-reseller", legalName: "Wide World Importers IT AG", partnerId: "5200010", country: "AT" },
  // Enrolled in Poland without the MPA and with no provider yet: the provider-flow walk-through invites it.
  { key: "firstup", partnerType: "indirect-reseller", legalName: "First Up Consultants Sp. z o.o.", partnerId: "5200110", country: "PL", onboarded: "2025-05-05", enrolled: "2025-05-20" },
  // Direct-bill partners
  { key: "blueyonder", partnerType: "direct-bill", legalName: "Blue Yonder Cloud Ltd", partnerId: "6300001", country: "GB", affiliationGroup: "blue-yonder-group", onboarded: "2018-10-01", enrolled: "2018-10-15", mpa: "2019-12-01", directBillCapabilities: { api: true, billing: true, support: true, managed: true } },
  { key: "woodgrove", partnerType: "direct-bill", legalName: "Woodgrove Direct Cloud Inc.", partnerId: "6300002", country: "CA", onboarded: "2020-01-10", enrolled: "2020-01-20", directBillCapabilities: { api: true, billing: true, support: true, managed: false } },
];

export type DemoRelationship = { provider: string; reseller: string; status: RelationshipStatus; since: string };

export const demoRelationships: DemoRelationship[] = [
  { provider: "contoso", reseller: "tailspin", status: "invited", since: "2026-11-10" },
  { provider: "contoso", reseller: "northwind", status: "active", since: "2024-02-12" },
  { provider: "contoso", reseller: "adventure", status: "active", since: "2023-06-20" },
  { provider: "contoso", reseller: "litware", status: "active", since: "2021-02-03" },
  { provider: "contoso", reseller: "proseware", status: "suspended", since: "2020-09-15" },
  { provider: "contoso", reseller: "trey", status: "terminated", since: "2020-03-15" },
  { provider: "fabrikam", reseller: "humongous", status: "active", since: "2021-07-12" },
  { provider: "fabrikam", reseller: "alpine", status: "termination-requested", since: "2022-11-10" },
];

/** Pending invitations: Coho sits in Brazil, so it cannot accept Contoso's (another region). */
export const demoInvitations = [
  { provider: "contoso", email: "admin@coho-vineyard.example", partnerId: "5200006" },
  { provider: "contoso", email: "partners@tailspin-toys.example", partnerId: "5200001" },
];

export type DemoCustomer = {
  key: string;
  name: string;
  country: string;
  /** The partner that created the customer record. */
  createdBy: string;
  affiliationGroup?: string;
  /** For a partner's own-use tenant: the partner that owns it. */
  owner?: string;
};

export const demoCustomers: DemoCustomer[] = [
  { key: "fourthcoffee", name: "Fourth Coffee Roasters", country: "NL", createdBy: "contoso" },
  { key: "margies", name: "Margie's Travel", country: "FR", createdBy: "contoso" },
  { key: "lucerne", name: "Lucerne Publishing", country: "DE", createdBy: "contoso" },
  { key: "wingtip", name: "Wingtip Toys", country: "GB", createdBy: "contoso" },
  { key: "relecloud", name: "Relecloud Retail", country: "SE", createdBy: "contoso" },
  { key: "graphic", name: "Graphic Design Institute", country: "US", createdBy: "fabrikam" },
  { key: "southridge", name: "Southridge Video", country: "US", createdBy: "fabrikam" },
  { key: "cpandl", name: "City Power & Light", country: "GB", createdBy: "blueyonder" },
  { key: "munson", name: "Munson's Pickles and Preserves", country: "IE", createdBy: "blueyonder" },
  { key: "byholdings", name: "Blue Yonder Holdings plc", country: "GB", createdBy: "blueyonder", affiliationGroup: "blue-yonder-group" },
  { key: "tasmanian", name: "Tasmanian Traders", country: "CA", createdBy: "woodgrove" },
  { key: "litware-internal", name: "Litware Solutions (internal use)", country: "FR", createdBy: "blueyonder", owner: "litware" },
  // Customers of the subscriptions planted for the compliance scan (see demoSubscriptions).
  { key: "consolidated", name: "Consolidated Messenger", country: "US", createdBy: "fabrikam" },
  { key: "vanarsdel", name: "VanArsdel Ltd.", country: "NL", createdBy: "contoso" },
];

export type DemoSubscription = {
  customer: string;
  offer: string;
  publisher: "first-party" | "third-party";
  billing: string;
  reseller?: string;
  quantity: number;
  startsOn: string;
};

export const demoSubscriptions: DemoSubscription[] = [
  { customer: "fourthcoffee", offer: "Microsoft 365 Business Premium", publisher: "first-party", billing: "contoso", reseller: "litware", quantity: 45, startsOn: "2025-01-01" },
  { customer: "margies", offer: "Azure plan", publisher: "first-party", billing: "contoso", reseller: "litware", quantity: 1, startsOn: "2024-06-01" },
  { customer: "lucerne", offer: "Dynamics 365 Sales Enterprise", publisher: "first-party", billing: "contoso", reseller: "proseware", quantity: 12, startsOn: "2025-03-15" },
  { customer: "wingtip", offer: "Acronis Cyber Protect Cloud", publisher: "third-party", billing: "contoso", reseller: "proseware", quantity: 30, startsOn: "2025-09-01" },
  { customer: "relecloud", offer: "Microsoft 365 E3", publisher: "first-party", billing: "contoso", reseller: "litware", quantity: 120, startsOn: "2023-02-01" },
  { customer: "graphic", offer: "Microsoft 365 Business Standard", publisher: "first-party", billing: "fabrikam", reseller: "humongous", quantity: 25, startsOn: "2024-10-01" },
  { customer: "southridge", offer: "Azure plan", publisher: "first-party", billing: "fabrikam", reseller: "humongous", quantity: 1, startsOn: "2025-05-01" },
  { customer: "cpandl", offer: "Microsoft 365 E5", publisher: "first-party", billing: "blueyonder", quantity: 300, startsOn: "2022-07-01" },
  { customer: "munson", offer: "Microsoft 365 Business Basic", publisher: "first-party", billing: "blueyonder", quantity: 18, startsOn: "2025-02-01" },
  { customer: "tasmanian", offer: "Microsoft Teams Essentials", publisher: "first-party", billing: "woodgrove", quantity: 9, startsOn: "2024-12-01" },
  { customer: "litware-internal", offer: "Microsoft 365 Business Premium", publisher: "first-party", billing: "blueyonder", quantity: 40, startsOn: "2025-04-01" },
  // Planted for the compliance scan: subscriptions that broke a rule on their date. Humongous joined Partner Center,
  // enrolled and accepted the MPA only in July 2021, and its relationship with Fabrikam began on 2021-07-12.
  { customer: "consolidated", offer: "Microsoft 365 Business Standard", publisher: "first-party", billing: "fabrikam", reseller: "humongous", quantity: 15, startsOn: "2021-06-10" },
  // Contoso suspended Proseware on 2025-10-01 and still recorded it on a new subscription a month later.
  { customer: "vanarsdel", offer: "Microsoft 365 E3", publisher: "first-party", billing: "contoso", reseller: "proseware", quantity: 60, startsOn: "2025-11-03" },
];

/** Customers that engaged an additional partner to manage their subscriptions (multi-channel). */
export const demoManagement = [
  { customer: "fourthcoffee", partner: "blueyonder" },
  { customer: "cpandl", partner: "contoso" },
];

/** `customer`: for a customer's admin, the demo customer they speak for (they have no organization). */
export type DemoUser = { email: string; name: string; organization: string | null; customer?: string; role: UserRole; what: string };

export const demoUsers: DemoUser[] = [
  { email: "anna@contoso-distribution.example", name: "Anna de Vries", organization: "contoso", role: "admin", what: "indirect provider, admin" },
  { email: "mark@contoso-distribution.example", name: "Mark Jansen", organization: "contoso", role: "member", what: "indirect provider, member" },
  { email: "frank@fabrikam-cloud.example", name: "Frank Miller", organization: "fabrikam", role: "admin", what: "indirect provider (US), admin" },
  { email: "lea@litware.example", name: "Léa Martin", organization: "litware", role: "admin", what: "indirect reseller, fully ready, admin" },
  { email: "hugo@litware.example", name: "Hugo Bernard", organization: "litware", role: "member", what: "indirect reseller, member" },
  { email: "ben@adventure-works.example", name: "Ben Smit", organization: "adventure", role: "admin", what: "indirect reseller, enrolled without MPA, admin" },
  { email: "nina@northwind-it.example", name: "Nina Patel", organization: "northwind", role: "admin", what: "indirect reseller, onboarded only, admin" },
  { email: "tom@tailspin-toys.example", name: "Tom Weber", organization: "tailspin", role: "admin", what: "indirect reseller, invited only, admin" },
  { email: "carla@coho-vineyard.example", name: "Carla Souza", organization: "coho", role: "admin", what: "indirect reseller in Brazil, admin" },
  { email: "olivia@blueyonder-cloud.example", name: "Olivia Brown", organization: "blueyonder", role: "admin", what: "direct-bill partner, admin" },
  { email: "oscar@blueyonder-cloud.example", name: "Oscar Green", organization: "blueyonder", role: "member", what: "direct-bill partner, member" },
  { email: "wei@woodgrove-direct.example", name: "Wei Chen", organization: "woodgrove", role: "admin", what: "direct-bill partner missing a requirement, admin" },
  { email: "kai@wideworld-importers.example", name: "Kai Huber", organization: "wideworld", role: "admin", what: "indirect reseller, signed up only, admin" },
  { email: "fiona@fabrikam-cloud.example", name: "Fiona Clark", organization: "fabrikam", role: "member", what: "indirect provider (US), member" },
  { email: "tess@trey-research.example", name: "Tess Virtanen", organization: "trey", role: "admin", what: "indirect reseller, admin (two-factor sign-in demo)" },
  { email: "ivan@woodgrove-direct.example", name: "Ivan Petrov", organization: "woodgrove", role: "member", what: "direct-bill partner, member" },
  { email: "piotr@firstup-consultants.example", name: "Piotr Nowak", organization: "firstup", role: "admin", what: "indirect reseller in Poland, no provider yet, no MPA, admin" },
  { email: "ola@firstup-consultants.example", name: "Ola Kowalska", organization: "firstup", role: "member", what: "indirect reseller in Poland, member" },
  { email: "sam@program-support.example", name: "Sam Okafor", organization: null, role: "support", what: "program support" },
  {
    email: "claire@fourthcoffee.example",
    name: "Claire Dubois",
    organization: null,
    customer: "fourthcoffee",
    role: "customer-admin",
    what: "customer admin of Fourth Coffee Roasters (sold by Contoso through Litware, managed by Blue Yonder)",
  },
];
