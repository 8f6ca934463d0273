import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { partnerCenterConnections } from "@/lib/db/schema";
import { createPartnerCenterClient, PartnerCenterError, type AgreementStatusAnswer } from "@/lib/partner-center/client";
import { openSecret, sealSecret } from "@/lib/partner-center/sealed";
import { partnerCenterSetup } from "@/lib/partner-center/setup";
import { mpaCheckFromPartnerCenter } from "@/lib/rules/verify-mpa-partner-center";
import type { Actor } from "./actor";
import type { VerifiedLine } from "./verify-mpa";

/** Partner Center calls at once per verify chunk: polite to its throttling, still quick for a pasted list. */
const CONCURRENCY = 4;

/**
 * When the provider has connected Partner Center, each well-formed line is answered by Partner Center's agreement
 * status instead of this app's copy, and says so with the time it was checked. Partner Center unreachable: the local
 * answers stay, marked as such. Runs outside any transaction (it waits on the network).
 */
export async function answerFromPartnerCenter(actor: Actor, results: VerifiedLine[]): Promise<VerifiedLine[]> {
  const setup = partnerCenterSetup();
  if (!setup || !actor.organizationId || actor.partnerType !== "indirect-provider") return results;
  const db = await getDb();
  const [connection] = await db.select().from(partnerCenterConnections).where(eq(partnerCenterConnections.organizationId, actor.organizationId));
  if (!connection || connection.status !== "connected") return results;

  const ids = [...new Set(results.flatMap((row) => (row.ok ? [row.partnerId] : [])))];
  const answers = new Map<string, AgreementStatusAnswer>();
  try {
    const session = await setup.auth.accessToken(openSecret(connection.encryptedTokenCache, setup.sealingKey));
    if (session.tokenCache !== openSecret(connection.encryptedTokenCache, setup.sealingKey)) {
      await db
        .update(partnerCenterConnections)
        .set({ encryptedTokenCache: sealSecret(session.tokenCache, setup.sealingKey) })
        .where(eq(partnerCenterConnections.organizationId, actor.organizationId));
    }
    const client = createPartnerCenterClient({ baseUrl: setup.baseUrl, getAccessToken: async () => session.token, maxAttempts: 2 });
    for (let start = 0; start < ids.length; start += CONCURRENCY) {
      const batch = ids.slice(start, start + CONCURRENCY);
      const answered = await Promise.all(batch.map((mpnId) => client.agreementStatus({ mpnId })));
      batch.forEach((id, index) => answers.set(id, answered[index]!));
    }
  } catch (error) {
    const partnerCenterFailed = { reason: error instanceof PartnerCenterError ? error.message : null };
    return results.map((row) => (row.ok ? { ...row, source: { system: "this-app", partnerCenterFailed } } : row));
  }
  const checkedAt = new Date().toISOString();
  return results.map((row): VerifiedLine => {
    if (!row.ok) return row;
    const answered = mpaCheckFromPartnerCenter(answers.get(row.partnerId)!);
    // Partner Center knows the MPA; only this app knows the provider's own relationship, which must be active too.
    if (answered.status === "mpa-accepted" && row.status === "relationship-not-active") return { ...row, source: { system: "partner-center", checkedAt } };
    return { line: row.line, ok: true, partnerId: row.partnerId, ...answered, ...(row.name && { name: row.name }), source: { system: "partner-center", checkedAt } };
  });
}
