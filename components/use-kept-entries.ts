"use client";

import { useLayoutEffect, useRef, type FormEvent } from "react";

type Entries = [name: string, value: string][];

/**
 * Keeps what was typed in a form after the server refuses it. React resets a form once its action finishes; a refusal
 * ("the customer's tenant is in US") must not sit under an empty box. The entries are taken in the browser as the form
 * is submitted and put back when the answer is a refusal; nothing goes to the server. Passwords and fields named in
 * `omit` are never put back. Spread the result on the form: `<form action={action} {...kept}>`.
 */
export function useKeptEntries(state: { ok: boolean } | null | undefined, omit: readonly string[] = []) {
  const ref = useRef<HTMLFormElement>(null);
  const submitted = useRef<Entries | null>(null);

  // A layout effect runs after React's form reset in the same commit, before the browser paints the empty form.
  // Once per answer: later renders must not overwrite what the person types next.
  useLayoutEffect(() => {
    const form = ref.current;
    const entries = submitted.current;
    if (!form || !entries || !state || state.ok) return;
    restoreEntries(form, entries);
  }, [state]);

  function onSubmitCapture(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    submitted.current = [...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !omit.includes(entry[0]));
  }

  return { ref, onSubmitCapture };
}

/** Puts the submitted entries back into the form's own fields (text, select, checkbox, radio, textarea). */
export function restoreEntries(form: HTMLFormElement, entries: Entries) {
  const valuesOf = new Map<string, string[]>();
  for (const [name, value] of entries) valuesOf.set(name, [...(valuesOf.get(name) ?? []), value]);
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    const { name } = element;
    if (!name || name.startsWith("$") || !valuesOf.has(name) && !(element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio"))) continue;
    if (element instanceof HTMLInputElement) {
      if (element.type === "password" || element.type === "hidden" || element.type === "file" || element.type === "submit") continue;
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = (valuesOf.get(name) ?? []).includes(element.value);
        continue;
      }
    }
    const values = valuesOf.get(name);
    if (values?.length) element.value = values[0]!;
  }
}
