"use client";

// The interactive checker: holds the scenario, keeps it in the URL, and evaluates it in the browser with the same
// rules library the server enforces (`@/lib/rules`, which has no zod: the page bundle stays small). The verdict is
// in the page's language: the rules' catalogues are plain data, so the browser renders them too.
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { evaluate, verdictSpans, type CountryOption } from "@/lib/rules";
import type { CounterpartyOption } from "@/lib/checker/counterparty";
import { PRESETS } from "@/lib/checker/presets";
import { buildProposal } from "@/lib/checker/proposal";
import type { Scenario } from "@/lib/checker/scenario";
import { scenarioToQuery } from "@/lib/checker/url";
import { CopyLinkButton } from "./_components/copy-link-button";
import { PresetList } from "./_components/preset-list";
import { ScenarioForm } from "./_components/scenario-form";
import { VerdictOverTime } from "./_components/verdict-over-time";
import { VerdictPanel } from "./_components/verdict-panel";
import { loadCheckCounterparty } from "./actions";

export function ScenarioChecker({
  initial,
  countries,
  counterparties,
}: {
  initial: Scenario;
  countries: readonly CountryOption[];
  counterparties: readonly CounterpartyOption[];
}) {
  const t = useTranslations("check");
  const locale = useLocale();
  const [scenario, setScenario] = useState(initial);
  const proposal = useMemo(() => buildProposal(scenario), [scenario]);
  const verdict = useMemo(() => evaluate(proposal, locale), [proposal, locale]);
  const spans = useMemo(() => verdictSpans(proposal), [proposal]);

  function change(next: Scenario) {
    setScenario(next);
    // The address always describes the scenario on screen, so it can be shared; replaceState neither scrolls nor
    // reloads, and keeps the back button for leaving the page.
    window.history.replaceState(null, "", `?${scenarioToQuery(next)}`);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PresetList presets={PRESETS} onPick={(preset) => change(preset.scenario)} />
        <CopyLinkButton />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:items-start">
        <form aria-label={t("form.scenario")} onSubmit={(event) => event.preventDefault()}>
          <ScenarioForm scenario={scenario} countries={countries} counterparties={counterparties} load={loadCheckCounterparty} onChange={change} />
        </form>
        <div className="space-y-4 lg:sticky lg:top-4">
          <VerdictPanel verdict={verdict} />
          <VerdictOverTime spans={spans} on={scenario.on} onPick={(on) => change({ ...scenario, on })} />
        </div>
      </div>
    </div>
  );
}
