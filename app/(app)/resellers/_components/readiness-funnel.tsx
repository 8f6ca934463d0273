import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";

export type FunnelStage = { label: string; count: number; href: string };

/** The readiness funnel: each stage a link to the list filtered to it. */
export function ReadinessFunnel({ stages }: { stages: FunnelStage[] }) {
  const t = useTranslations("resellers.funnel");
  const locale = useLocale();
  const top = Math.max(1, stages[0]?.count ?? 1);
  return (
    <nav aria-label={t("label")}>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {stages.map((stage, index) => (
          <li key={stage.label}>
            <Link href={stage.href} className="card block p-3 hover:border-brand-600">
              <span className="block text-xs text-slate-600">
                {t("stage", { number: index + 1, label: stage.label })}
              </span>
              <span className="block text-2xl font-semibold tabular-nums">{formatNumber(stage.count, locale)}</span>
              <span aria-hidden className="mt-2 block h-1.5 rounded bg-slate-100">
                <span className="block h-1.5 rounded bg-brand-600" style={{ width: `${Math.round((stage.count / top) * 100)}%` }} />
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
