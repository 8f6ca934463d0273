"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { recordDirectBillCapabilitiesForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";

const ITEMS = [
  { name: "apiIntegration", label: "API integration with Microsoft" },
  { name: "billing", label: "We bill our customers on an ongoing basis" },
  { name: "support", label: "We support our customers on an ongoing basis" },
  { name: "managedServices", label: "We provide managed services on an ongoing basis" },
] as const;

/** An admin records which of the four direct-bill requirements the organization has in place. */
export function CapabilitiesForm({ current }: { current: Record<(typeof ITEMS)[number]["name"], boolean> }) {
  const [state, action] = useActionState(recordDirectBillCapabilitiesForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-2" aria-label="Record capabilities">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">What your organization has in place</legend>
        {ITEMS.map((item) => (
          <div key={item.name} className="flex items-center gap-2">
            <input id={`cap-${item.name}`} name={item.name} type="checkbox" defaultChecked={current[item.name]} />
            <label htmlFor={`cap-${item.name}`} className="text-sm">{item.label}</label>
          </div>
        ))}
      </fieldset>
      <FormMessage state={state} success="Capabilities recorded." />
      <SubmitButton pendingLabel="Saving…" className="btn-secondary">Save capabilities</SubmitButton>
    </form>
  );
}
