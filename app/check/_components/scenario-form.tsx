// The checker's questions, in the order a partner thinks about a deal. Only the questions that matter for the
// chosen action show (see lib/checker/questions.ts); every answer stays editable.
import { useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/rules";
import { applyCounterparty, type CounterpartyOption } from "@/lib/checker/counterparty";
import { questionsFor } from "@/lib/checker/questions";
import { ACTIONS, AFFILIATIONS, ENROLL_AS, RELATIONSHIPS, REQUESTED_BY, TENANTS, optionsIn, type Scenario } from "@/lib/checker/scenario";
import { useCheckerWords } from "./checker-words";
import { CounterpartyPicker, type LoadCounterparty } from "./counterparty-picker";
import { CountryField, DateField, SelectField, Step, settersOf } from "./fields";
import { PartnerFields } from "./partner-fields";
import { Label } from "@/components/ui/field";

export function ScenarioForm({
  scenario,
  countries,
  counterparties,
  load,
  onChange,
}: {
  scenario: Scenario;
  countries: readonly CountryOption[];
  /** Counterparties a signed-in partner may pick; empty for visitors. */
  counterparties: readonly CounterpartyOption[];
  load: LoadCounterparty;
  onChange: (scenario: Scenario) => void;
}) {
  const t = useTranslations("check.form");
  const words = useCheckerWords();
  const questions = questionsFor(scenario, words.questions);
  const set = <K extends keyof Scenario>(key: K, value: Scenario[K]) => onChange({ ...scenario, [key]: value });
  const change = settersOf<Scenario>(set);
  const customerOptions = counterparties.filter((option) => option.kind === "customer");
  const partnerOptions = counterparties.filter((option) => option.kind === "partner");
  let step = 0;

  const affiliation = questions.affiliation && (
    <SelectField id="affiliation" label={questions.affiliation} value={scenario.affiliation} options={optionsIn(AFFILIATIONS, words.affiliations)} onChange={change.affiliation} />
  );

  return (
    <div className="space-y-4">
      <Step number={++step} title={t("stepWho")}>
        <PartnerFields
          id="me"
          side="mine"
          answers={scenario.me}
          show={{ type: true, country: true, steps: questions.mySteps, mpa: questions.myMpa, capabilities: questions.myCapabilities }}
          countries={countries}
          onChange={change.me}
        />
      </Step>

      <Step number={++step} title={t("stepWhat")}>
        <SelectField id="action" label={t("action")} value={scenario.action} options={optionsIn(ACTIONS, words.actions)} onChange={change.action} />
        {questions.enrollAs && <SelectField id="enroll-as" label={t("enrollAs")} value={scenario.enrollAs} options={optionsIn(ENROLL_AS, words.enrollAs)} onChange={change.enrollAs} />}
        {questions.requestedBy && (
          <SelectField id="requested-by" label={t("whoEndsIt")} value={scenario.requestedBy} options={optionsIn(REQUESTED_BY, words.requestedBy)} onChange={change.requestedBy} />
        )}
        <DateField id="on" label={t("date")} value={scenario.on} onChange={change.on} hint={t("dateHint")} />
      </Step>

      {questions.other && (
        <Step number={++step} title={questions.other.heading}>
          <CounterpartyPicker label={t("fillFromPartner")} options={partnerOptions} load={load} onFacts={(facts) => onChange(applyCounterparty(scenario, facts))} />
          <PartnerFields
            id="other"
            side="theirs"
            answers={scenario.other}
            show={{
              type: !questions.other.fixedType,
              country: questions.other.country,
              steps: questions.other.steps,
              mpa: questions.other.mpa,
              capabilities: questions.other.capabilities,
            }}
            countries={countries}
            onChange={change.other}
          />
          {questions.relationship && (
            <SelectField
              id="relationship"
              label={questions.relationship.label}
              value={scenario.relationship}
              options={optionsIn(questions.relationship.allowNone ? RELATIONSHIPS : RELATIONSHIPS.filter((option) => option.value !== "none"), words.relationships)}
              onChange={change.relationship}
            />
          )}
          {!questions.customer && affiliation}
        </Step>
      )}

      {questions.customer && (
        <Step number={++step} title={questions.customer.heading}>
          <CounterpartyPicker label={t("fillFromCustomer")} options={customerOptions} load={load} onFacts={(facts) => onChange(applyCounterparty(scenario, facts))} />
          <div className="grid gap-4 sm:grid-cols-2">
            <CountryField id="customer-country" label={t("customerCountry")} value={scenario.customerCountry} countries={countries} onChange={change.customerCountry} />
            {questions.customer.otherPartners && (
              <div>
                <Label htmlFor="other-partners">
                  {t("otherPartners")}
                </Label>
                <input
                  id="other-partners"
                  type="number"
                  min={0}
                  max={99}
                  inputMode="numeric"
                  value={scenario.otherPartners}
                  onChange={(event) => set("otherPartners", Math.max(0, Math.min(99, Math.trunc(Number(event.target.value) || 0))))}
                  className="input mt-1"
                />
              </div>
            )}
          </div>
          {affiliation}
        </Step>
      )}

      {questions.tenant && (
        <Step number={++step} title={t("stepWhere")}>
          <fieldset>
            <legend className="text-sm font-medium">{t("tenantLegend")}</legend>
            <div className="mt-2 space-y-2">
              {TENANTS.map((tenant) => (
                <div key={tenant.value} className="flex items-start gap-2">
                  <input
                    id={`tenant-${tenant.value}`}
                    type="radio"
                    name="tenant"
                    value={tenant.value}
                    checked={scenario.tenant === tenant.value}
                    onChange={() => set("tenant", tenant.value)}
                    className="mt-0.5 h-4 w-4 accent-brand-600"
                  />
                  <label htmlFor={`tenant-${tenant.value}`} className="text-sm">
                    {words.tenants[tenant.value]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </Step>
      )}
    </div>
  );
}
