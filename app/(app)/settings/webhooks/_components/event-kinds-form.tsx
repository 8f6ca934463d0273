"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { SubmitButton } from "@/components/submit-button";
import { FormMessage } from "@/components/form-message";
import { updateWebhookEndpointKindsForm } from "../actions";
import { EventKindBoxes } from "./event-kind-boxes";

/** Changes which events an endpoint receives (from the next event on). */
export function EventKindsForm({ endpointId, kinds }: { endpointId: string; kinds: readonly string[] }) {
  const [state, action] = useActionState(updateWebhookEndpointKindsForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="space-y-3">
      <input type="hidden" name="endpointId" value={endpointId} />
      <EventKindBoxes idPrefix="edit" checked={kinds} error={state && !state.ok ? state.fieldErrors?.eventKinds : undefined} />
      <FormMessage state={state} success="Saved. New events follow this choice." />
      <SubmitButton pendingLabel="Saving…">Save events</SubmitButton>
    </form>
  );
}
