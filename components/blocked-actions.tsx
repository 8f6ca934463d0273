import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { explainFinding, ruleText } from "@/lib/rules";
import type { BlockedAction } from "@/lib/readiness/blocks";

export type BlockedNow = BlockedAction & { /** The missing items that cause it, by label. */ until: string[] };

/**
 * Each blocked action once, with the missing items that cause it and the rules (by title) that block it; the rules'
 * titles and explanations in the page's language.
 */
export function BlockedActions({ blocks }: { blocks: BlockedNow[] }) {
  const t = useTranslations("rules.blocked");
  const locale = useLocale();
  if (blocks.length === 0) return null;
  return (
    <ul className="mt-2 space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm break-words">
      {blocks.map((block) => (
        <li key={block.what}>
          <p className="font-medium">{block.what}.</p>
          {block.until.length > 0 && <p className="text-slate-700">{t("until", { items: block.until.join("; ") })}</p>}
          <ul className="ml-4 list-disc text-slate-700">
            {block.findings.map((finding) => (
              <li key={finding.ruleId}>
                <Link href={`/rules#${finding.ruleId}`} className="font-medium text-brand-700 underline">
                  {ruleText(finding.ruleId, locale).title}
                </Link>
                : {explainFinding(finding, locale)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
