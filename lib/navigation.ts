import type { PartnerType } from "@/lib/rules";

/** Who is signed in, as far as navigation cares: a partner of some type, program support, or a customer's admin. */
export type Audience = PartnerType | "support" | "customer";

export type NavItem = { href: string; label: string };

const shared: NavItem[] = [
  { href: "/team", label: "Team" },
  { href: "/check", label: "Scenario checker" },
  { href: "/rules", label: "Program rules" },
  { href: "/settings", label: "Settings" },
];

/** Every partner type buys for its own use the same way. */
const ownUse: NavItem = { href: "/own-use", label: "Own use" };
/** Partners that sell to others decide on the order requests other partners send them for their own use. */
const orderRequests: NavItem = { href: "/own-use/requests", label: "Order requests" };

/** Providers (their book), direct-bill partners (their sales) and program support (everything) re-check the past. */
const complianceScan: NavItem = { href: "/compliance", label: "Compliance scan" };

/** The menu of each audience; the first entry is its home page. Only pages that audience may use appear. */
export const navigation: Record<Audience, NavItem[]> = {
  "indirect-provider": [
    { href: "/resellers", label: "Resellers" },
    { href: "/resellers/invitations", label: "Invitations" },
    { href: "/resellers/verify", label: "Verify MPA" },
    complianceScan,
    ownUse,
    ...shared,
  ],
  "indirect-reseller": [
    { href: "/status", label: "My status" },
    { href: "/providers", label: "My providers" },
    { href: "/customers", label: "My customers" },
    { href: "/customers/requests", label: "Customer requests" },
    ownUse,
    orderRequests,
    ...shared,
  ],
  "direct-bill": [
    { href: "/status", label: "My status" },
    { href: "/customers", label: "Customers" },
    { href: "/customers/requests", label: "Customer requests" },
    complianceScan,
    ownUse,
    orderRequests,
    ...shared,
  ],
  support: [{ href: "/support", label: "Support queue" }, complianceScan, ...shared],
  // A customer's admin has no team or partner pages: its partners, its requests, and its own settings.
  customer: [
    { href: "/customer", label: "My partners" },
    { href: "/check", label: "Scenario checker" },
    { href: "/rules", label: "Program rules" },
    { href: "/settings", label: "Settings" },
  ],
};

export function homeOf(audience: Audience): string {
  return navigation[audience][0]!.href;
}
