import type { PartnerType } from "@/lib/db/schema";

/** Who is signed in, as far as navigation cares: a partner of some type, or program support. */
export type Audience = PartnerType | "support";

export type NavItem = { href: string; label: string };

const shared: NavItem[] = [
  { href: "/check", label: "Scenario checker" },
  { href: "/rules", label: "Program rules" },
  { href: "/settings", label: "Settings" },
];

/** The menu of each audience; the first entry is its home page. Only pages that audience may use appear. */
export const navigation: Record<Audience, NavItem[]> = {
  "indirect-provider": [
    { href: "/resellers", label: "Resellers" },
    { href: "/resellers/invitations", label: "Invitations" },
    { href: "/resellers/verify", label: "Verify MPA" },
    ...shared,
  ],
  "indirect-reseller": [{ href: "/status", label: "My status" }, ...shared],
  "direct-bill": [{ href: "/status", label: "My status" }, ...shared],
  support: [{ href: "/support", label: "Support queue" }, ...shared],
};

export function homeOf(audience: Audience): string {
  return navigation[audience][0]!.href;
}
