// The questions about one partner (the user, or the partner on the other side), showing only those that matter.
import { useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/rules";
import { CAPABILITIES, PARTNER_TYPES, optionsIn, type PartnerAnswers } from "@/lib/checker/scenario";
import { useCheckerWords } from "./checker-words";
import { CheckboxField, CountryField, DateField, SelectField, settersOf } from "./fields";
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
  side,
  answers,
  show,
  countries,
  onChange,
}: {
  /** Prefix of the controls' ids ("me", "other"). */
  id: string;
  /** Whose facts these are: the labels say "your" or "their". */
  side: "mine" | "theirs";
  answers: PartnerAnswers;
  show: PartnerQuestions;
  countries: readonly CountryOption[];
  onChange: (answers: PartnerAnswers) => void;
}) {
  const t = useTranslations("check.partner");
  const words = useCheckerWords();
  const set = <K extends keyof PartnerAnswers>(key: K, value: PartnerAnswers[K]) => onChange({ ...answers, [key]: value });
  const change = settersOf<PartnerAnswers>(set);
  const mine = side === "mine";
  return (
    <div className="space-y-4">
      {(show.type || show.country) && (
        <div className="grid gap-4 sm:grid-cols-2">
          {show.type && <SelectField id={`${id}-type`} label={mine ? t("yourType") : t("theirType")} value={answers.type} options={optionsIn(PARTNER_TYPES, words.partnerTypes)} onChange={change.type} />}
          {show.country && <CountryField id={`${id}-country`} label={mine ? t("yourCountry") : t("theirCountry")} value={answers.country} countries={countries} onChange={change.country} />}
        </div>
      )}
      {show.steps && (
        <div className="space-y-2">
          <CheckboxField id={`${id}-onboarded`} label={mine ? t("youOnboarded") : t("theyOnboarded")} checked={answers.onboarded} onChange={change.onboarded} />
          <CheckboxField id={`${id}-enrolled`} label={mine ? t("youEnrolled") : t("theyEnrolled")} checked={answers.enrolled} onChange={change.enrolled} />
        </div>
      )}
      {show.mpa && (
        <div className="grid items-end gap-4 sm:grid-cols-2">
          <CheckboxField id={`${id}-mpa`} label={mine ? t("youMpa") : t("theyMpa")} checked={answers.mpaSigned} onChange={change.mpaSigned} />
          {answers.mpaSigned && (
            <DateField
              id={`${id}-mpa-date`}
              label={mine ? t("yourMpaDate") : t("theirMpaDate")}
              value={answers.mpaDate}
              onChange={change.mpaDate}
              hint={answers.mpaDate ? undefined : t("mpaDateHint")}
            />
          )}
        </div>
      )}
      {/* A provider has none of these facts: they are about resellers and direct-bill partners. */}
      {show.mpa && answers.type !== "indirect-provider" && <LaterFactsFields id={id} side={side} answers={answers.later} onChange={change.later} />}
      {show.capabilities && (
        <fieldset>
          <legend className="text-sm font-medium">{t("capabilities")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {CAPABILITIES.map((capability) => (
              <CheckboxField
                key={capability.key}
                id={`${id}-cap-${capability.key}`}
                label={words.capabilities[capability.key]}
                checked={answers.capabilities[capability.key]}
                onChange={(value) => change.capabilities({ ...answers.capabilities, [capability.key]: value })}
              />
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
