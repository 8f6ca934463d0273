"use client";

// The interactive checker: holds the scenario, keeps it in the URL, and evaluates it in the browser with the same
// rules library the server enforces (`@/lib/rules/browser`, which has no zod: the page bundle stays small). The
// verdict is in the page's language: the rules' catalogues are plain data, so the browser renders them too; the
// Dutch one comes from the server as a prop, so the page in English does not load it.
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/rules";
import { addRulesCatalogue, evaluate, verdictSpans, type RuleMessages } from "@/lib/rules/browser";
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
  dutchRules,
}: {
  initial: Scenario;
  countries: readonly CountryOption[];
  counterparties: readonly CounterpartyOption[];
  /** The rules' Dutch words, passed only to a page in Dutch (English is always in the bundle). */
  dutchRules?: RuleMessages;
}) {
  const t = useTranslations("check");
  const locale = useLocale();
  // Before anything below renders a verdict or a span in Dutch; the same object again is a no-op.
  if (dutchRules) addRulesCatalogue("nl", dutchRules);
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
