"use client";

import { useActionState } from "react";
import { useKeptEntries } from "@/components/use-kept-entries";
import { changeDisplayNameForm } from "./actions";
import { SubmitButton } from "@/components/submit-button";
import { FieldError, FormMessage } from "@/components/form-message";
import { Label } from "@/components/ui/field";

export function DisplayNameForm({ currentName }: { currentName: string }) {
  const [state, action] = useActionState(changeDisplayNameForm, null);
  const kept = useKeptEntries(state);
  return (
    <form action={action} {...kept} className="mt-4 space-y-3">
      <div>
        <Label htmlFor="name">
          Display name
        </Label>
        <input
          id="name"
          name="name"
          defaultValue={currentName}
          maxLength={100}
          aria-describedby="name-error"
          className="input mt-1"
        />
        <FieldError id="name-error" state={state} field="name" />
      </div>
      <FormMessage state={state} success="Your display name was saved." />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
