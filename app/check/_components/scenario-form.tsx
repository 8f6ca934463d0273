// The checker's questions, in the order a partner thinks about a deal. Only the questions that matter for the
// chosen action show (see lib/checker/questions.ts); every answer stays editable.
import type { CountryOption } from "@/lib/rules";
import { applyCounterparty, type CounterpartyOption } from "@/lib/checker/counterparty";
import { questionsFor } from "@/lib/checker/questions";
import { ACTIONS, AFFILIATIONS, ENROLL_AS, RELATIONSHIPS, REQUESTED_BY, TENANTS, type Scenario } from "@/lib/checker/scenario";
import { CounterpartyPicker, type LoadCounterparty } from "./counterparty-picker";
import { CountryField, DateField, SelectField, Step } from "./fields";
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
  const questions = questionsFor(scenario);
  const set = <K extends keyof Scenario>(key: K, value: Scenario[K]) => onChange({ ...scenario, [key]: value });
  const customerOptions = counterparties.filter((option) => option.kind === "customer");
  const partnerOptions = counterparties.filter((option) => option.kind === "partner");
  let step = 0;

  const affiliation = questions.affiliation && (
    <SelectField id="affiliation" label={questions.affiliation} value={scenario.affiliation} options={AFFILIATIONS} onChange={(value) => set("affiliation", value)} />
  );

  return (
    <div className="space-y-4">
      <Step number={++step} title="Who you are">
        <PartnerFields
          id="me"
          who="Your"
          answers={scenario.me}
          show={{ type: true, country: true, steps: questions.mySteps, mpa: questions.myMpa, capabilities: questions.myCapabilities }}
          countries={countries}
          onChange={(me) => set("me", me)}
        />
      </Step>

      <Step number={++step} title="What you want to do">
        <SelectField id="action" label="Action" value={scenario.action} options={ACTIONS} onChange={(value) => set("action", value)} />
        {questions.enrollAs && <SelectField id="enroll-as" label="Enroll as" value={scenario.enrollAs} options={ENROLL_AS} onChange={(value) => set("enrollAs", value)} />}
        {questions.requestedBy && (
          <SelectField id="requested-by" label="Who ends it" value={scenario.requestedBy} options={REQUESTED_BY} onChange={(value) => set("requestedBy", value)} />
        )}
        <DateField id="on" label="Date of the action" value={scenario.on} onChange={(value) => set("on", value)} hint="The MPA is required from 1 February 2020." />
      </Step>

      {questions.other && (
        <Step number={++step} title={questions.other.heading}>
          <CounterpartyPicker label="Fill in from one of your partners" options={partnerOptions} load={load} onFacts={(facts) => onChange(applyCounterparty(scenario, facts))} />
          <PartnerFields
            id="other"
            who="Their"
            answers={scenario.other}
            show={{
              type: !questions.other.fixedType,
              country: questions.other.country,
              steps: questions.other.steps,
              mpa: questions.other.mpa,
              capabilities: questions.other.capabilities,
            }}
            countries={countries}
            onChange={(other) => set("other", other)}
          />
          {questions.relationship && (
            <SelectField
              id="relationship"
              label={questions.relationship.label}
              value={scenario.relationship}
              options={questions.relationship.allowNone ? RELATIONSHIPS : RELATIONSHIPS.filter((option) => option.value !== "none")}
              onChange={(value) => set("relationship", value)}
            />
          )}
          {!questions.customer && affiliation}
        </Step>
      )}

      {questions.customer && (
        <Step number={++step} title={questions.customer.heading}>
          <CounterpartyPicker label="Fill in from one of your customers" options={customerOptions} load={load} onFacts={(facts) => onChange(applyCounterparty(scenario, facts))} />
          <div className="grid gap-4 sm:grid-cols-2">
            <CountryField id="customer-country" label="Country of the customer's tenant" value={scenario.customerCountry} countries={countries} onChange={(value) => set("customerCountry", value)} />
            {questions.customer.otherPartners && (
              <div>
                <Label htmlFor="other-partners">
                  Other CSP partners the customer works with
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
        <Step number={++step} title="Where the purchase goes">
          <fieldset>
            <legend className="text-sm font-medium">Tenant the services are provisioned into</legend>
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
                    {tenant.label}
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
