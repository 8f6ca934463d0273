// The article's sample scenarios as one-click starting points.
import { useTranslations } from "next-intl";
import type { Preset } from "@/lib/checker/presets";
import { useCheckerWords } from "./checker-words";

export function PresetList({ presets, onPick }: { presets: readonly Preset[]; onPick: (preset: Preset) => void }) {
  const t = useTranslations("check.presets");
  const words = useCheckerWords().presets;
  return (
    <section aria-labelledby="presets-heading">
      <h2 id="presets-heading" className="text-sm font-semibold">
        {t("heading")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {presets.map((preset) => (
          <li key={preset.id}>
            <button type="button" onClick={() => onPick(preset)} className="btn-secondary px-3 py-1.5 text-left" title={words[preset.id]?.section ?? preset.section}>
              {words[preset.id]?.label ?? preset.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
