import Link from "next/link";
import { requireActor } from "@/lib/data/require-actor";
import { ANY_PENDING_STEP, countOwnUnreadNotifications } from "@/lib/data/actor";
import { navigationFor } from "@/lib/navigation";
import { signOutNow } from "../(auth)/sign-in/actions";
import { NavLinks } from "./_components/nav-links";
import { startPeriodicDelivery } from "@/lib/email/deliver";
import { startJobRunner } from "@/lib/jobs/runner";
import { NotificationBell } from "./_components/notification-bell";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { chooseLanguageForm } from "../language/actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Each page checks again (and sends a user who still owes a step, such as proving the email address or setting up
  // two-factor sign-in, to take it); the layout frames those pages too, and only needs who.
  const actor = await requireActor(undefined, ANY_PENDING_STEP);
  startPeriodicDelivery();
  startJobRunner();
  // Read with the actor above, in the same query.
  const unread = await countOwnUnreadNotifications();
  const t = await getTranslations("nav");
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-700">
            CSP Partner Hub
          </Link>
          <NavLinks items={navigationFor(actor)} />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <LanguageSwitch action={chooseLanguageForm} />
            <NotificationBell unread={unread} />
            <span className="text-slate-600" data-testid="whoami">
              {actor.name} · {actor.organizationName ?? actor.customerName ?? t("audience.support")}
              <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs">
                {actor.role === "support" || actor.role === "customer-admin"
                  ? t(`audience.${actor.audience}`)
                  : t("audienceWithRole", { audience: t(`audience.${actor.audience}`), role: t(`role.${actor.role}`) })}
              </span>
            </span>
            <form action={signOutNow}>
              <button type="submit" className="btn-secondary px-3 py-1">
                {t("signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
