import type { PartnerType } from "@/lib/rules";
import { can, type Capability, type Subject } from "@/lib/permissions";

/** Who is signed in, as far as navigation cares: a partner of some type, or program support. */
export type Audience = PartnerType | "support";

export type NavItem = { href: string; label: string };

type Entry = { href: string; label: string | ((subject: Subject) => string); capability?: Capability };

/**
 * Every page of the menu, in menu order, with the capability that opens it (lib/permissions.ts): a user sees the
 * pages they may use, and the first is their home page. No entry says again who may see it.
 */
const entries: Entry[] = [
  { href: "/status", label: "My status", capability: "status.view" },
  { href: "/resellers", label: "Resellers", capability: "reseller.view" },
  { href: "/resellers/invitations", label: "Invitations", capability: "reseller.view" },
  { href: "/resellers/verify", label: "Verify MPA", capability: "reseller.verify-mpa" },
  { href: "/providers", label: "My providers", capability: "provider.view" },
  // A direct-bill partner's customers are simply its customers; a reseller's are the ones it brought.
  { href: "/customers", label: (subject) => (subject.partnerType === "direct-bill" ? "Customers" : "My customers"), capability: "customer.view" },
  { href: "/own-use", label: "Own use", capability: "own-use.buy" },
  { href: "/own-use/requests", label: "Order requests", capability: "order-request.view" },
  { href: "/support", label: "Support queue", capability: "support.view" },
  { href: "/team", label: "Team", capability: "team.view" },
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
