import Link from "next/link";

/** Header of the public pages (checker, rules): where to go next, signed in or not. */
export function PublicHeader({ home }: { home: { href: string; label: string } }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <Link href="/" className="font-semibold text-brand-700">
          CSP Partner Hub
        </Link>
        <Link href="/check" className="text-slate-700 underline-offset-2 hover:underline">
          Scenario checker
        </Link>
        <Link href="/rules" className="text-slate-700 underline-offset-2 hover:underline">
          Program rules
        </Link>
        <Link href={home.href} className="ml-auto font-medium text-brand-700">
          {home.label}
        </Link>
      </nav>
    </header>
  );
}
