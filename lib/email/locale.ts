import "server-only";
import { eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import type { Tx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { readSession } from "@/lib/auth/read-session";
import { LOCALE_COOKIE, PATH_LOCALE_HEADER, defaultLocale, isLocale, pickLocale, type Locale } from "@/lib/i18n/locales";

/** A cookie of the request, or undefined when there is none (or no cookie store at all). */
async function cookieValue(name: string): Promise<string | undefined> {
  try {
    return (await cookies()).get(name)?.value;
  } catch {
    return undefined;
  }
}

/**
 * Who is asking and in which language, for a message queued inside a change's transaction. The same order as
 * `getRequestLocale` (path, the actor's own choice, cookie, Accept-Language), but read through the transaction: a
 * message is worded while the change holds its connection, so nothing here may wait for another one. Null outside
 * a request (a job, a script).
 */
async function requestContext(tx: Tx): Promise<{ actorId: string | null; locale: Locale } | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return null;
  }
  let actorId: string | null = null;
  try {
    actorId = (await readSession())?.user?.id ?? null;
  } catch {
    actorId = null;
  }
  const [actor] = actorId ? await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actorId)) : [];
  const locale = pickLocale({
    path: requestHeaders.get(PATH_LOCALE_HEADER),
    account: actor?.locale,
    cookie: await cookieValue(LOCALE_COOKIE),
    acceptLanguage: requestHeaders.get("accept-language"),
  });
  return { actorId, locale };
}

/**
 * The language a message to someone is written in: a user's own choice (`users.locale`); without one, the language
 * of the request when the recipient caused the message (the actor, or someone asking for their own link); for an
 * address with no account yet (an invitation), the language of the request that sends it; otherwise English.
 * Outside a request (a job), whatever is not known falls back to English.
 */
export async function recipientLocale(
  tx: Tx,
  recipient: { id?: string | null; locale?: string | null } | null,
  options: { causedByRecipient?: boolean } = {},
): Promise<Locale> {
  if (recipient && isLocale(recipient.locale)) return recipient.locale;
  const context = await requestContext(tx);
  if (!context) return defaultLocale;
  if (recipient === null || options.causedByRecipient) return context.locale;
  if (recipient.id && recipient.id === context.actorId) return context.locale;
  return defaultLocale;
}

/** `recipientLocale` for a user known by id (their stored choice is read in the transaction). */
export async function userLocale(tx: Tx, userId: string, options: { causedByRecipient?: boolean } = {}): Promise<Locale> {
  const [row] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return recipientLocale(tx, { id: userId, locale: row?.locale ?? null }, options);
}
