import type { PartnerType } from "@/lib/rules";
import { can, type Capability, type Subject } from "@/lib/permissions";

/** Who is signed in, as far as navigation cares: a partner of some type, program support, or a customer's admin. */
export type Audience = PartnerType | "support" | "customer";

export type NavItem = { href: string; label: string };

type Entry = { href: string; label: string | ((subject: Subject) => string); capability?: Capability };

/**
 * Every page of the menu, in menu order, with the capability that opens it (lib/permissions.ts): a user sees the
 * pages they may use, and the first is their home page. No entry says again who may see it.
 */
const entries: Entry[] = [
  // A customer's admin has no team or partner pages: its partners, its requests, and its own settings.
  { href: "/customer", label: "My partners", capability: "end-customer.view-partners" },
  { href: "/status", label: "My status", capability: "status.view" },
  { href: "/resellers", label: "Resellers", capability: "reseller.view" },
  { href: "/resellers/invitations", label: "Invitations", capability: "reseller.view" },
  { href: "/resellers/verify", label: "Verify MPA", capability: "reseller.verify-mpa" },
  { href: "/providers", label: "My providers", capability: "provider.view" },
  // A direct-bill partner's customers are simply its customers; a reseller's are the ones it brought.
  { href: "/customers", label: (subject) => (subject.partnerType === "direct-bill" ? "Customers" : "My customers"), capability: "customer.view" },
  { href: "/customers/requests", label: "Customer requests", capability: "customer.view" },
  { href: "/support", label: "Support queue", capability: "support.view" },
  { href: "/support/directory", label: "Partner directory", capability: "support.view" },
  { href: "/support/deliveries", label: "Failed deliveries", capability: "support.view" },
  // Providers (their book), direct-bill partners (their sales) and program support (everything) re-check the past.
  { href: "/compliance", label: "Compliance scan", capability: "compliance.scan" },
  { href: "/own-use", label: "Own use", capability: "own-use.buy" },
  { href: "/own-use/requests", label: "Order requests", capability: "order-request.view" },
  { href: "/team", label: "Team", capability: "team.view" },
  { href: "/audit-log", label: "Audit log", capability: "audit-log.view" },
  { href: "/check", label: "Scenario checker" },
  { href: "/rules", label: "Program rules" },
  { href: "/settings", label: "Settings", capability: "account.manage" },
];

/** The menu of this user: only the pages they may use. */
export function navigationFor(subject: Subject): NavItem[] {
  return entries
    .filter((entry) => !entry.capability || can(subject, entry.capability))
    .map((entry) => ({ href: entry.href, label: typeof entry.label === "function" ? entry.label(subject) : entry.label }));
}

export function homeOf(subject: Subject): string {
  return navigationFor(subject)[0]!.href;
}
