// The checker's answer to a scenario, as its panels show it: the verdict and its spans over time, with every word
// already in the page's language. The server computes the first one (the page's own scenario) and hands it to the
// browser; the browser loads this module, and with it the rules library and its catalogue, only after the page has
// hydrated (`app/check/scenario-checker.tsx`), and then answers every change itself, as before. So the rules are not
// part of the page's first-load JavaScript, and nothing here is a second implementation: it is `evaluate` and
// `verdictSpans`, trimmed to the fields the panels read (the findings' facts and message keys stay behind).
import { describeSpan, evaluate, verdictSpans, type Finding, type Remedy, type SupportedChain, type VerdictSpan, type VersionRef } from "@/lib/rules/browser";
import { buildProposal } from "./proposal";
import type { Scenario } from "./scenario";

export interface FindingView extends Pick<Finding, "ruleId" | "outcome" | "title" | "explanation" | "section"> {
  version: Pick<VersionRef, "id" | "effective">;
}

export interface VerdictView {
  allowed: boolean;
  findings: FindingView[];
  chains: SupportedChain[];
  remedies: Pick<Remedy, "id" | "title" | "detail">[];
  routedTo?: "program-support";
  version: Pick<VersionRef, "effective">;
  missingFacts?: string[];
}

/** A span of dates with one answer, and how it reads ("allowed until 2024-03-31"). */
export interface SpanView extends VerdictSpan {
  text: string;
}

export interface CheckerView {
  verdict: VerdictView;
  spans: SpanView[];
}

/**
 * Makes the rules speak `locale` in this browser: Dutch is a chunk of its own (importing `messages/nl` registers it,
 * as the server's full entry does). Loaded from here, after this module, so that its chunk leaves out the English
 * catalogue this one already brought.
 */
export async function loadRulesLanguage(locale: string): Promise<void> {
  if (locale === "nl") await import("@/lib/rules/messages/nl");
}

export function checkerView(scenario: Scenario, locale: string): CheckerView {
  const proposal = buildProposal(scenario);
  const verdict = evaluate(proposal, locale);
  return {
    verdict: {
      allowed: verdict.allowed,
      findings: verdict.findings.map(({ ruleId, outcome, title, explanation, section, version }) => ({
        ruleId,
        outcome,
        title,
        explanation,
        section,
        version: { id: version.id, effective: version.effective },
      })),
      chains: verdict.chains,
      remedies: verdict.remedies.map(({ id, title, detail }) => ({ id, title, detail })),
      ...(verdict.routedTo && { routedTo: verdict.routedTo }),
      version: { effective: verdict.version.effective },
      ...(verdict.missingFacts && { missingFacts: verdict.missingFacts }),
    },
    spans: verdictSpans(proposal).map((span) => ({ ...span, text: describeSpan(span, locale) })),
  };
}
