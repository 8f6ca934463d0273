// The supported chain(s) a verdict refers to, with the step where a rule blocks marked in words, not colour alone.
import { useTranslations } from "next-intl";
import type { SupportedChain } from "@/lib/rules";

export function ChainDiagram({ chains }: { chains: readonly SupportedChain[] }) {
  const t = useTranslations("check.chain");
  return (
    <div className="space-y-3">
      {chains.map((chain) => (
        <div key={chain.id}>
          <p className="text-xs font-medium text-slate-600" id={`chain-${chain.id}`}>
            {t(chain.id)}
          </p>
          <ol aria-labelledby={`chain-${chain.id}`} className="mt-1 flex flex-wrap items-stretch gap-y-2 text-xs">
            {chain.steps.map((step, index) => (
              <li key={step.party} className="flex items-center">
                {index > 0 && (
                  <span aria-hidden className="px-1 text-slate-500">
                    →
                  </span>
                )}
                <span
                  className={`rounded border px-2 py-1 ${step.blocked ? "border-red-600 bg-red-50 font-semibold text-red-800" : "border-slate-300 bg-white text-slate-800"}`}
                  data-blocked={step.blocked ? "true" : undefined}
                >
                  {step.blocked && <span aria-hidden>× </span>}
                  {t(`party.${step.party}`)}
                  {step.blocked && <span className="sr-only">{t("blockedBy", { ruleId: step.blocked })}</span>}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
