import { useTranslations } from "next-intl";
import { webhookEventKindNames } from "@/lib/webhooks/event-kinds";
import { eventKindKey } from "./event-kind-key";

/** One checkbox per event kind, named `event:<kind>` (lib/validation/webhooks.ts collects them). */
export function EventKindBoxes({ idPrefix, checked, error }: { idPrefix: string; checked: readonly string[]; error?: string[] }) {
  const t = useTranslations("webhooks");
  return (
    <fieldset className="space-y-1" aria-describedby={error ? `${idPrefix}-kinds-error` : undefined}>
      <legend className="text-sm font-medium">{t("events")}</legend>
      {webhookEventKindNames.map((kind) => (
        <label key={kind} className="flex items-start gap-2 text-sm">
          <input type="checkbox" name={`event:${kind}`} defaultChecked={checked.includes(kind)} className="mt-1" />
          <span>
            {t(`eventKind.${eventKindKey[kind]}`)} <code className="text-xs text-slate-600">{kind}</code>
          </span>
        </label>
      ))}
      {error && (
        <p id={`${idPrefix}-kinds-error`} className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
