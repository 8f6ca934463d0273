import type { Metadata } from "next";
import Link from "next/link";
import { countryOptions } from "@/lib/rules";
import { getActor } from "@/lib/data/actor";
import { getCheckerContext } from "@/lib/data/checker";
import { today } from "@/lib/data/rules-facts";
import { answersFromPartner } from "@/lib/checker/counterparty";
import { defaultScenario, scenarioForPartner } from "@/lib/checker/scenario";
import { hasScenarioQuery, scenarioFromQuery } from "@/lib/checker/url";
import { homeOf } from "@/lib/navigation";
import { PublicHeader } from "@/components/public-header";
import { ScenarioChecker } from "./scenario-checker";

export const metadata: Metadata = { title: "Scenario checker" };

/** Public: anyone may check a scenario. Signed-in partners start from their own facts and may pick real counterparties. */
export default async function CheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const actor = await getActor();
  const context = actor ? await getCheckerContext(actor) : null;
  const on = today();
  const anonymousStart = defaultScenario(on);
  const start = context ? scenarioForPartner(answersFromPartner(context.me, anonymousStart.me), on) : anonymousStart;
  // A shared link describes the whole scenario; the visitor's own facts fill only what it leaves out.
  const initial = hasScenarioQuery(query) ? scenarioFromQuery(query, start) : start;
  // Country names are computed here, once, so server and browser render the same list (Intl data can differ).
  const countries = countryOptions();

  return (
    <>
      <PublicHeader home={actor ? { href: homeOf(actor), label: "Back to your dashboard" } : { href: "/sign-in", label: "Sign in" }} />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-8 pb-28 lg:pb-12">
        <h1 className="text-2xl font-semibold">Scenario checker</h1>
        <p className="mt-2 max-w-3xl text-slate-600">
          Describe a CSP transaction and see at once whether the program allows it, which rule decides, and what to do
          when it is blocked. {context ? `Your answers start from ${actor?.organizationName}'s own facts.` : ""} Every
          rule is explained on the{" "}
          <Link href="/rules" className="text-brand-700 underline">
            program rules
          </Link>{" "}
          page.
        </p>
        <div className="mt-6">
          <ScenarioChecker initial={initial} countries={countries} counterparties={context?.options ?? []} />
        </div>
      </main>
    </>
  );
}
