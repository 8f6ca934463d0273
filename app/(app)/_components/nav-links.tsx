"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { NavItem } from "@/lib/navigation";

export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  // The most specific entry wins, so /resellers/verify marks "Verify MPA", not "Resellers" too.
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  const currentHref = matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={t("main")}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`rounded px-3 py-1.5 ${current ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {t(item.label)}
                <PendingDot />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** While a clicked page loads: a small pulsing dot beside its link (pages stream no loading skeleton, so that a
 * "not found" keeps its 404 status). */
function PendingDot() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden
      className={`ml-1.5 inline-block h-1.5 w-1.5 rounded-full bg-brand-600 align-middle ${pending ? "animate-pulse" : "invisible"}`}
    />
  );
}
