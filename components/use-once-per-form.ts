"use client";

import { useState } from "react";

/**
 * A form action that carries a fresh request key each time the form is shown: a double click or a resent request
 * makes one row (the server keys its insert on it); after each answer the next submission is a new request.
 */
export function useOncePerForm(action: (formData: FormData) => unknown) {
  const [requestKey, setRequestKey] = useState(() => crypto.randomUUID());
  const submit = async (formData: FormData) => {
    await action(formData);
    setRequestKey(crypto.randomUUID());
  };
  return { requestKey, submit };
}
