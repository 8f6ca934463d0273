import { z } from "zod";
import { isWebhookEventKind, webhookEventKindNames, type WebhookEventKind } from "@/lib/webhooks/event-kinds";
import { hasControlCharacters } from "./fields";

/**
 * Webhook forms. Event kinds arrive as checkboxes named `event:<kind>` (a form posts one field per ticked box), or,
 * from code, as an `eventKinds` array; either way at least one known kind.
 */
export const EVENT_FIELD_PREFIX = "event:";

const eventKinds = z
  .array(z.string(), "Choose at least one event.")
  .refine((kinds) => kinds.every(isWebhookEventKind), "Choose events from the list.")
  .refine((kinds) => kinds.length > 0, "Choose at least one event.")
  .transform((kinds) => webhookEventKindNames.filter((kind) => kinds.includes(kind)) as WebhookEventKind[]);

/** Collects the ticked `event:<kind>` boxes into `eventKinds`, keeping the other fields. */
function withKindsFromBoxes(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  if ("eventKinds" in record) return record;
  const kinds = Object.keys(record)
    .filter((key) => key.startsWith(EVENT_FIELD_PREFIX))
    .map((key) => key.slice(EVENT_FIELD_PREFIX.length));
  return { ...record, eventKinds: kinds };
}

const endpointUrl = z
  .string()
  .trim()
  .min(1, "Enter the endpoint's address.")
  .max(2000, "The address has at most 2,000 characters.")
  .refine((value) => !hasControlCharacters(value), "Remove the invisible control characters (for example from copied text).")
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "Enter the endpoint's full address, starting with https://.")
  // Stored as the URL parser writes it, so what is checked is what is called.
  .transform((value) => new URL(value).href);

export const createWebhookEndpointSchema = z.preprocess(withKindsFromBoxes, z.object({ url: endpointUrl, eventKinds }));

export const updateWebhookKindsSchema = z.preprocess(withKindsFromBoxes, z.object({ endpointId: z.uuid(), eventKinds }));

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid() });

export const setWebhookEnabledSchema = z.object({
  endpointId: z.uuid(),
  enabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

export const webhookDeliveryIdSchema = z.object({ deliveryId: z.uuid() });
