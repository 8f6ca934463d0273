import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { ANY_PENDING_STEP, getActorAllowing } from "@/lib/data/actor";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/** The language of the request being handled, or null outside one (a job, a script). */
export async function requestLocaleOrNull(): Promise<Locale | null> {
  try {
    return await getRequestLocale();
  } catch {
    return null;
  }
}

async function actorIdOrNull(): Promise<string | null> {
  try {
    return (await getActorAllowing(ANY_PENDING_STEP))?.userId ?? null;
  } catch {
    return null;
  }
}

/**
 * The language a message to someone is written in: a user's own choice (`users.locale`); without one, the language
 * of the request when the recipient caused the message (the actor, or someone asking for their own link); for an
 * address with no account yet (an invitation), the language of the request that sends it; otherwise English.
 * Outside a request (a job), whatever is not known falls back to English.
 */
export async function recipientLocale(
  recipient: { id?: string | null; locale?: string | null } | null,
  options: { causedByRecipient?: boolean } = {},
): Promise<Locale> {
  if (recipient && isLocale(recipient.locale)) return recipient.locale;
  const fromRequest = async () => (await requestLocaleOrNull()) ?? defaultLocale;
  if (recipient === null || options.causedByRecipient) return fromRequest();
  if (recipient.id && recipient.id === (await actorIdOrNull())) return fromRequest();
  return defaultLocale;
}

/** `recipientLocale` for a user known by id (their stored choice is read in the transaction). */
export async function userLocale(tx: Tx, userId: string, options: { causedByRecipient?: boolean } = {}): Promise<Locale> {
  const [row] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return recipientLocale({ id: userId, locale: row?.locale ?? null }, options);
}
