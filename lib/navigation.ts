import type { PartnerType } from "@/lib/rules";
import { can, type Capability, type Subject } from "@/lib/permissions";

/** Who is signed in, as far as navigation cares: a partner of some type, program support, or a customer's admin. */
export type Audience = PartnerType | "support" | "customer";

/** A menu entry's words are a key of the "nav" catalogue (messages/<locale>/nav.json); the header translates them. */
export type NavLabel =
  | "myPartners" | "status" | "resellers" | "invitations" | "verifyMpa" | "providers" | "customers" | "myCustomers"
  | "customerRequests" | "supportQueue" | "directory" | "deliveries" | "compliance" | "ownUse" | "orderRequests"
  | "team" | "auditLog" | "check" | "rules" | "settings";

export type NavItem = { href: string; label: NavLabel };

type Entry = { href: string; label: NavLabel | ((subject: Subject) => NavLabel); capability?: Capability };

/**
 * Every page of the menu, in menu order, with the capability that opens it (lib/permissions.ts): a user sees the
 * pages they may use, and the first is their home page. No entry says again who may see it.
 */
const entries: Entry[] = [
  // A customer's admin has no team or partner pages: its partners, its requests, and its own settings.
  { href: "/customer", label: "myPartners", capability: "end-customer.view-partners" },
  { href: "/status", label: "status", capability: "status.view" },
  { href: "/resellers", label: "resellers", capability: "reseller.view" },
  { href: "/resellers/invitations", label: "invitations", capability: "reseller.view" },
  { href: "/resellers/verify", label: "verifyMpa", capability: "reseller.verify-mpa" },
  { href: "/providers", label: "providers", capability: "provider.view" },
  // A direct-bill partner's customers are simply its customers; a reseller's are the ones it brought.
  { href: "/customers", label: (subject) => (subject.partnerType === "direct-bill" ? "customers" : "myCustomers"), capability: "customer.view" },
  { href: "/customers/requests", label: "customerRequests", capability: "customer.view" },
  { href: "/support", label: "supportQueue", capability: "support.view" },
  { href: "/support/directory", label: "directory", capability: "support.view" },
  { href: "/support/deliveries", label: "deliveries", capability: "support.view" },
  // Providers (their book), direct-bill partners (their sales) and program support (everything) re-check the past.
  { href: "/compliance", label: "compliance", capability: "compliance.scan" },
  { href: "/own-use", label: "ownUse", capability: "own-use.buy" },
  { href: "/own-use/requests", label: "orderRequests", capability: "order-request.view" },
  { href: "/team", label: "team", capability: "team.view" },
  { href: "/audit-log", label: "auditLog", capability: "audit-log.view" },
  { href: "/check", label: "check" },
  { href: "/rules", label: "rules" },
  { href: "/settings", label: "settings", capability: "account.manage" },
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
