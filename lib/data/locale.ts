import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "./actor";
import { writeAudit } from "./audit";

/**
 * Keeps the actor's own choice of language on their account (nobody else's), so every browser they sign in from
 * follows it; audited when it changes. Choosing the language already set writes nothing.
 */
export async function saveOwnLocale(actor: Actor, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId)).for("update");
    if (!before || before.locale === locale) return;
    await tx.update(users).set({ locale, updatedAt: sql`now()` }).where(eq(users.id, actor.userId));
    await writeAudit(tx, actor, { action: "user.language-changed", entityType: "user", entityId: actor.userId, before: { locale: before.locale }, after: { locale } });
  });
}
