// The article's sample scenarios as one-click starting points.
import type { Preset } from "@/lib/checker/presets";

export function PresetList({ presets, onPick }: { presets: readonly Preset[]; onPick: (preset: Preset) => void }) {
  return (
    <section aria-labelledby="presets-heading">
      <h2 id="presets-heading" className="text-sm font-semibold">
        Start from a sample scenario
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {presets.map((preset) => (
          <li key={preset.id}>
            <button type="button" onClick={() => onPick(preset)} className="btn-secondary px-3 py-1.5 text-left" title={preset.section}>
              {preset.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
