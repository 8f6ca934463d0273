// Signed-in partners may fill the counterparty from their own data: the server answers only for counterparties
// the partner may see, and the facts land in the form where they stay editable.
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/result";
import type { CounterpartyFacts, CounterpartyOption } from "@/lib/checker/counterparty";
import type { CounterpartyRequest } from "@/lib/validation/check";
import { Label } from "@/components/ui/field";

export type LoadCounterparty = (request: CounterpartyRequest) => Promise<ActionResult<CounterpartyFacts>>;

export function CounterpartyPicker({
  label,
  options,
  load,
  onFacts,
}: {
  label: string;
  options: readonly CounterpartyOption[];
  load: LoadCounterparty;
  onFacts: (facts: CounterpartyFacts) => void;
}) {
  const t = useTranslations("check.picker");
  const id = useId();
  const [selected, setSelected] = useState(options[0]?.id ?? "");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (options.length === 0) return null;

  function fill() {
    const option = options.find((candidate) => candidate.id === selected);
    if (!option) return;
    startTransition(async () => {
      const result = await load({ kind: option.kind, id: option.id });
      if (result.ok) {
        onFacts(result.data);
        setMessage({ error: false, text: t("filledFrom", { name: result.data.name }) });
      } else {
        setMessage({ error: true, text: result.error });
      }
    });
  }

  return (
    <div className="rounded-md bg-slate-50 p-3">
      <Label htmlFor={id}>
        {label}
      </Label>
      <div className="mt-1 flex flex-wrap gap-2">
        <select id={id} value={selected} onChange={(event) => setSelected(event.target.value)} className="input min-w-0 flex-1">
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.relationship ? t("withStatus", { name: option.name, status: t(`status.${option.relationship}`) }) : option.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={fill} disabled={pending} aria-disabled={pending} className="btn-secondary">
          {pending ? t("filling") : t("fill")}
        </button>
      </div>
      <div aria-live="polite" className="mt-1 min-h-5 text-xs">
        {message && (
          <p role={message.error ? "alert" : undefined} className={message.error ? "text-red-700" : "text-slate-600"}>
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
