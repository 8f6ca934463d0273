import type { AbstractIntlMessages } from "next-intl";

/**
 * Namespaces that only server code reads (getTranslations, and the translator behind mail, refusals, labels and
 * zod's messages). Without a `messages` prop next-intl sends the whole catalogue with every page for the browser's
 * components; these are left out of it. `client-messages.test.ts` fails if a component starts reading one of them
 * with `useTranslations`, which is the only way a browser component reads the catalogue.
 */
export const SERVER_ONLY_NAMESPACES = ["apiReference", "email", "errors", "labels", "validation"] as const;

/** The catalogue without the server-only namespaces: what the page hands to its browser components. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const serverOnly: ReadonlySet<string> = new Set(SERVER_ONLY_NAMESPACES);
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => !serverOnly.has(namespace)));
}
