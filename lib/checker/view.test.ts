// The checker's view is `evaluate` and `verdictSpans` as the panels show them; and the checker's first load reaches
// neither the rules nor either language's word lists (the rules load after hydration; the words come from the server).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeSpan, evaluate, verdictSpans } from "@/lib/rules";
import { PRESETS } from "./presets";
import { buildProposal } from "./proposal";
import { checkerView } from "./view";

describe("checkerView", () => {
  it.each(PRESETS.map((preset) => [preset.id, preset.scenario] as const))("answers %s as evaluate and verdictSpans do", (_id, scenario) => {
    for (const locale of ["en", "nl"]) {
      const proposal = buildProposal(scenario);
      const verdict = evaluate(proposal, locale);
      const view = checkerView(scenario, locale);
      expect(view.verdict.allowed).toBe(verdict.allowed);
      expect(view.verdict.findings).toEqual(
        verdict.findings.map((finding) => ({
          ruleId: finding.ruleId,
          outcome: finding.outcome,
          title: finding.title,
          explanation: finding.explanation,
          section: finding.section,
          version: { id: finding.version.id, effective: finding.version.effective },
        })),
      );
      expect(view.verdict.chains).toEqual(verdict.chains);
      expect(view.verdict.remedies).toEqual(verdict.remedies.map(({ id, title, detail }) => ({ id, title, detail })));
      expect(view.verdict.routedTo).toBe(verdict.routedTo);
      expect(view.verdict.missingFacts).toEqual(verdict.missingFacts);
      expect(view.verdict.version.effective).toBe(verdict.version.effective);
      expect(view.spans).toEqual(verdictSpans(proposal).map((span) => ({ ...span, text: describeSpan(span, locale) })));
    }
  });

  it("speaks Dutch for nl", () => {
    const scenario = PRESETS.find((preset) => preset.id === "sell-to-another-region")!.scenario;
    const english = checkerView(scenario, "en");
    const dutch = checkerView(scenario, "nl");
    expect(dutch.verdict.findings.map((finding) => finding.title)).not.toEqual(english.verdict.findings.map((finding) => finding.title));
    expect(dutch.spans.map((span) => span.text)).not.toEqual(english.spans.map((span) => span.text));
  });
});

/** The files a module loads when it loads (value imports and re-exports; `import type` and `import()` load nothing). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  // A server action's module stays on the server: the browser gets a reference to call.
  if (/^\s*["']use server["']/.test(source)) return [];
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;]*?\s+from\s+)?["']([^"']+)["']/gm)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/") ? path.resolve(specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : null;
    if (base === null) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate) && !candidate.endsWith(path.sep));
    return found && /\.(tsx?|json)$/.test(found) ? [found] : [];
  });
}

describe("the checker's first-load modules", () => {
  it("leave the rules, their catalogues and the checker's word lists to later chunks and the server", () => {
    const seen = new Set<string>();
    const queue = [path.resolve("app/check/scenario-checker.tsx")];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...staticImports(file));
    }
    const loaded = [...seen].map((file) => path.relative(process.cwd(), file).split(path.sep).join("/"));
    expect(loaded).toContain("app/check/_components/verdict-panel.tsx");
    expect(loaded).toContain("lib/rules/dates.ts");
    const heavy = loaded.filter((file) => /^lib\/rules\/(?!dates\.ts$|types\.ts$)/.test(file) || file === "lib/checker/text.ts" || /^lib\/checker\/(view|url|proposal)\.ts$/.test(file));
    expect(heavy).toEqual([]);
  });
});
