// The questions about one partner (the user, or the partner on the other side), showing only those that matter.
import type { CountryOption } from "@/lib/rules";
import { CAPABILITIES, PARTNER_TYPES, type PartnerAnswers } from "@/lib/checker/scenario";
import { CheckboxField, CountryField, DateField, SelectField } from "./fields";
import { LaterFactsFields } from "./later-facts-fields";

export interface PartnerQuestions {
  type: boolean;
  country: boolean;
  steps: boolean;
  mpa: boolean;
  capabilities: boolean;
}

export function PartnerFields({
  id,
  who,
  answers,
  show,
  countries,
  onChange,
}: {
  /** Prefix of the controls' ids ("me", "other"). */
  id: string;
  /** How labels name the partner: "your", "their". */
  who: "Your" | "Their";
  answers: PartnerAnswers;
  show: PartnerQuestions;
  countries: readonly CountryOption[];
  onChange: (answers: PartnerAnswers) => void;
}) {
  const set = <K extends keyof PartnerAnswers>(key: K, value: PartnerAnswers[K]) => onChange({ ...answers, [key]: value });
  const subject = who === "Your" ? "You have" : "They have";
  return (
    <div className="space-y-4">
      {(show.type || show.country) && (
        <div className="grid gap-4 sm:grid-cols-2">
          {show.type && <SelectField id={`${id}-type`} label={`${who} partner type`} value={answers.type} options={PARTNER_TYPES} onChange={(value) => set("type", value)} />}
          {show.country && <CountryField id={`${id}-country`} label={`${who} country`} value={answers.country} countries={countries} onChange={(value) => set("country", value)} />}
        </div>
      )}
      {show.steps && (
        <div className="space-y-2">
          <CheckboxField id={`${id}-onboarded`} label={`${subject} joined Partner Center (onboarded)`} checked={answers.onboarded} onChange={(value) => set("onboarded", value)} />
          <CheckboxField id={`${id}-enrolled`} label={`${subject} enrolled in CSP as this partner type`} checked={answers.enrolled} onChange={(value) => set("enrolled", value)} />
        </div>
      )}
      {show.mpa && (
        <div className="grid items-end gap-4 sm:grid-cols-2">
          <CheckboxField id={`${id}-mpa`} label={`${subject} accepted the Microsoft Partner Agreement (MPA)`} checked={answers.mpaSigned} onChange={(value) => set("mpaSigned", value)} />
          {answers.mpaSigned && (
            <DateField
              id={`${id}-mpa-date`}
              label={`Date ${who.toLowerCase()} MPA was accepted`}
              value={answers.mpaDate}
              onChange={(value) => set("mpaDate", value)}
              hint={answers.mpaDate ? undefined : "Enter the date; without it the MPA counts as not accepted."}
            />
          )}
        </div>
      )}
      {/* A provider has none of these facts: they are about resellers and direct-bill partners. */}
      {show.mpa && answers.type !== "indirect-provider" && <LaterFactsFields id={id} who={who} answers={answers.later} onChange={(later) => set("later", later)} />}
      {show.capabilities && (
        <fieldset>
          <legend className="text-sm font-medium">Direct-bill capabilities</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {CAPABILITIES.map((capability) => (
              <CheckboxField
                key={capability.key}
                id={`${id}-cap-${capability.key}`}
                label={capability.label}
                checked={answers.capabilities[capability.key]}
                onChange={(value) => set("capabilities", { ...answers.capabilities, [capability.key]: value })}
              />
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
