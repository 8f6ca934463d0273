"use client";

// The interactive checker: holds the scenario, keeps it in the URL, and evaluates it in the browser with the same
// rules library the server enforces. The page arrives with the server's answer for its own scenario (`initialView`,
// from `checkerView` in lib/checker/view.ts), so the rules and their catalogue are not needed to paint or hydrate:
// they load right after, as a separate chunk (the Dutch words as one more, on a page in Dutch), and from then on
// every change is answered here, at once. This keeps the rules out of the page's first-load JavaScript (issue 15).
// The checker's own words come the same way, in the page's language only (`CheckerWordsProvider`).
import { useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/rules";
import type { CounterpartyOption } from "@/lib/checker/counterparty";
import { PRESETS } from "@/lib/checker/presets";
import { scenarioToQuery } from "@/lib/checker/query";
import type { Scenario } from "@/lib/checker/scenario";
import type { CheckerText } from "@/lib/checker/text";
import type { CheckerView } from "@/lib/checker/view";
import { CheckerWordsProvider } from "./_components/checker-words";
import { CopyLinkButton } from "./_components/copy-link-button";
import { PresetList } from "./_components/preset-list";
import { ScenarioForm } from "./_components/scenario-form";
import { VerdictOverTime } from "./_components/verdict-over-time";
import { VerdictPanel } from "./_components/verdict-panel";
import { loadCheckCounterparty } from "./actions";

type Rules = typeof import("@/lib/checker/view");

/** The rules, and on a page in Dutch their Dutch words. */
async function loadRules(locale: string): Promise<Rules> {
  const rules = await import("@/lib/checker/view");
  await rules.loadRulesLanguage(locale);
  return rules;
}

export function ScenarioChecker({
  initial,
  initialView,
  countries,
  counterparties,
  words,
}: {
  initial: Scenario;
  /** The answer to `initial`, computed by the server with the same code (`checkerView(initial, locale)`). */
  initialView: CheckerView;
  countries: readonly CountryOption[];
  counterparties: readonly CounterpartyOption[];
  /** The checker's words in the page's language (`checkerText(locale)`). */
  words: CheckerText;
}) {
  const t = useTranslations("check");
  const locale = useLocale();
  const [scenario, setScenario] = useState(initial);
  const [rules, setRules] = useState<Rules | null>(null);
  useEffect(() => {
    let current = true;
    loadRules(locale).then(
      (loaded) => current && setRules(() => loaded),
      (error: unknown) => console.error("The checker's rules did not load", error),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  // The server's answer while the scenario is the one it answered; any other is answered here. A change made in the
  // moment before the rules have loaded is answered as soon as they have (the verdict is marked busy meanwhile).
  const view = useMemo(
    () => (rules && scenario !== initial ? rules.checkerView(scenario, locale) : initialView),
    [rules, scenario, initial, locale, initialView],
  );
  const pending = !rules && scenario !== initial;

  function change(next: Scenario) {
    setScenario(next);
    // The address always describes the scenario on screen, so it can be shared; replaceState neither scrolls nor
    // reloads, and keeps the back button for leaving the page.
    window.history.replaceState(null, "", `?${scenarioToQuery(next)}`);
  }

  return (
    <CheckerWordsProvider value={words}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <PresetList presets={PRESETS} onPick={(preset) => change(preset.scenario)} />
          <CopyLinkButton />
        </div>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:items-start">
          <form aria-label={t("form.scenario")} onSubmit={(event) => event.preventDefault()}>
            <ScenarioForm scenario={scenario} countries={countries} counterparties={counterparties} load={loadCheckCounterparty} onChange={change} />
          </form>
          <div className="space-y-4 lg:sticky lg:top-4" aria-busy={pending || undefined}>
            <VerdictPanel verdict={view.verdict} />
            <VerdictOverTime spans={view.spans} on={scenario.on} onPick={(on) => change({ ...scenario, on })} />
          </div>
        </div>
      </div>
    </CheckerWordsProvider>
  );
}
