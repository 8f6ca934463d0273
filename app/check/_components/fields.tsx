// Small labelled controls for the scenario checker's form: every control has a visible label tied to it by id.
import { useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/rules";
import { Label } from "@/components/ui/field";

type Option<T extends string> = { value: T; label: string };

export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  return (
    <div>
      <Label htmlFor={id}>
        {label}
      </Label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="input mt-1"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

export function CountryField({
  id,
  label,
  value,
  countries,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  countries: readonly CountryOption[];
  onChange: (code: string) => void;
}) {
  const t = useTranslations("check.form");
  const region = countries.find((country) => country.code === value)?.regionName;
  return (
    <div>
      <Label htmlFor={id}>
        {label}
      </Label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-region`} className="input mt-1">
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      <p id={`${id}-region`} className="mt-1 text-xs text-slate-600">
        {t("cspRegion", { region: region ?? t("unknownRegion") })}
      </p>
    </div>
  );
}

export function CheckboxField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} className="h-4 w-4 accent-brand-600" />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

export function DateField({ id, label, value, onChange, hint }: { id: string; label: string; value: string; onChange: (value: string) => void; hint?: string }) {
  return (
    <div>
      <Label htmlFor={id}>
        {label}
      </Label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="input mt-1"
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A numbered step of the walk-through; all steps stay visible and editable. */
export function Step({ number, title, children }: { number: number; title: string; children: React.ReactNode }) {
  return (
    <fieldset className="card space-y-4 p-4 sm:p-6">
      <legend className="float-left mb-2 w-full text-base font-semibold">
        <span aria-hidden className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-50 text-sm text-brand-700">
          {number}
        </span>
        {title}
      </legend>
      <div className="clear-both space-y-4">{children}</div>
    </fieldset>
  );
}

/**
 * One change handler per field of an answers object (`change.country`), so the form's markup names fields without
 * string keys: `onChange={change.country}` instead of `onChange={(value) => set("country", value)}`.
 */
export function settersOf<T extends object>(set: <K extends keyof T>(key: K, value: T[K]) => void): { [K in keyof T]-?: (value: T[K]) => void } {
  return new Proxy({} as { [K in keyof T]-?: (value: T[K]) => void }, {
    get: (_target, key) => (value: T[keyof T]) => set(key as keyof T, value),
  });
}
