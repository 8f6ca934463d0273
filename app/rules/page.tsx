import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RULES, remedyText, ruleText } from "@/lib/rules";
import { getActor } from "@/lib/data/actor";
import { isLocale, localizedPublicPath } from "@/lib/i18n/locales";
import { homeOf } from "@/lib/navigation";
import { PublicHeader } from "@/components/public-header";
import { ProgramTimeline } from "./_components/program-timeline";
import { RuleHistory } from "./_components/rule-history";

const RULES_PATH = "/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("page.metaTitle") };
}

/** Public: every rule of the catalogue, each linkable as /rules#RULE-ID (findings link here), in the page's language. */
export default async function RulesPage() {
  const t = await getTranslations("rules");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const actor = await getActor();
  const home = actor ? { href: homeOf(actor), label: t("page.backToDashboard") } : { href: "/sign-in", label: t("page.signIn") };
  const intro = t.rich("page.intro", {
    link: (chunks) => (
      <Link href={localizedPublicPath("/check", locale)} className="text-brand-700 underline">
        {chunks}
      </Link>
    ),
  });
  const remedyLine = (title: string, detail: string) => t.rich("page.remedy", { title, detail, name: (chunks) => <span className="font-medium">{chunks}</span> });
  return (
    <>
      <PublicHeader home={home} returnTo={RULES_PATH} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-semibold break-words">{t("page.title")}</h1>
        <p className="mt-2 text-slate-600">{intro}</p>
        <nav aria-label={t("page.nav")} className="mt-6">
          <ul className="flex flex-wrap gap-2 text-xs">
            {RULES.map((rule) => (
              <li key={rule.id}>
                <a href={`#${rule.id}`} className="rounded bg-white px-2 py-1 font-mono text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50">
                  {rule.id}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ProgramTimeline />
        <h2 className="mt-10 text-xl font-semibold">{t("page.rulesHeading")}</h2>
        <ol className="mt-4 space-y-6">
          {RULES.map((rule) => {
            const words = ruleText(rule.id, locale);
            return (
              <li key={rule.id}>
                <article id={rule.id} aria-labelledby={`${rule.id}-title`} className="card scroll-mt-4 break-words target:ring-2 target:ring-brand-600">
                  <p className="font-mono text-xs text-slate-600">{rule.id}</p>
                  <h2 id={`${rule.id}-title`} className="mt-1 text-lg font-semibold">
                    {words.title}
                  </h2>
                  <p className="mt-2">{words.summary}</p>
                  <p className="mt-2 text-sm text-slate-600">{t("page.article", { section: words.section })}</p>
                  <RuleHistory ruleId={rule.id} locale={locale} />
                  {rule.remedies.length > 0 ? (
                    <>
                      <h3 className="mt-4 text-sm font-semibold">{t("page.whenItBlocks")}</h3>
                      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                        {rule.remedies.map((remedy) => {
                          const text = remedyText(remedy, locale);
                          return <li key={remedy.id}>{remedyLine(text.title, text.detail)}</li>;
                        })}
                      </ul>
                    </>
                  ) : (
                    <p className="mt-4 text-sm text-slate-600">{t("page.neverBlocks")}</p>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      </main>
    </>
  );
}
