import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
// The full entry: it also loads the rules' Dutch words, which `checkerView` uses for a page in Dutch.
import { countryOptions } from "@/lib/rules";
import { getActor } from "@/lib/data/actor";
import { getCheckerContext } from "@/lib/data/checker";
import { today } from "@/lib/data/rules-facts";
import { answersFromPartner } from "@/lib/checker/counterparty";
import { defaultScenario, scenarioForPartner } from "@/lib/checker/scenario";
import { checkerText } from "@/lib/checker/text";
import { hasScenarioQuery, scenarioFromQuery, scenarioToQuery } from "@/lib/checker/url";
import { checkerView } from "@/lib/checker/view";
import { isLocale, localizedPublicPath } from "@/lib/i18n/locales";
import { homeOf } from "@/lib/navigation";
import { PublicHeader } from "@/components/public-header";
import { ScenarioChecker } from "./scenario-checker";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("check");
  return { title: t("page.metaTitle") };
}

/** Public: anyone may check a scenario. Signed-in partners start from their own facts and may pick real counterparties. */
export default async function CheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const t = await getTranslations("check");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const actor = await getActor();
  const context = actor ? await getCheckerContext(actor) : null;
  const on = today();
  const anonymousStart = defaultScenario(on);
  const start = context ? scenarioForPartner(answersFromPartner(context.me, anonymousStart.me), on) : anonymousStart;
  // A shared link describes the whole scenario; the visitor's own facts fill only what it leaves out.
  const initial = hasScenarioQuery(query) ? scenarioFromQuery(query, start) : start;
  // Country names are computed here, once, so server and browser render the same list (Intl data can differ).
  const countries = countryOptions(locale);
  // The answer to the page's own scenario: the browser shows it until its copy of the rules has loaded.
  const initialView = checkerView(initial, locale);
  const home = actor ? { href: homeOf(actor), label: t("page.backToDashboard") } : { href: "/sign-in", label: t("page.signIn") };
  const rulesLink = t.rich("page.introRules", {
    link: (chunks) => (
      <Link href={localizedPublicPath("/rules", locale)} className="text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  const returnTo = hasScenarioQuery(query) ? `/check?${scenarioToQuery(initial)}` : "/check";

  return (
    <>
      <PublicHeader home={home} returnTo={returnTo} />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-8 pb-28 lg:pb-12">
        <h1 className="text-2xl font-semibold break-words">{t("page.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-600">
          {t("page.intro")} {context ? t("page.introOwnFacts", { organization: actor?.organizationName ?? "" }) : ""}{" "}
          {rulesLink}
        </p>
        <div className="mt-6">
          <ScenarioChecker
            initial={initial}
            countries={countries}
            counterparties={context?.options ?? []}
            initialView={initialView}
            words={checkerText(locale)}
          />
        </div>
      </main>
    </>
  );
}
