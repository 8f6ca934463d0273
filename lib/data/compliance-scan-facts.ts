import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/client";
import { organizations, providerResellerRelationships as relationships, relationshipStatusChanges } from "@/lib/db/schema";
import type { DatedPartner, StatusHistory } from "@/lib/compliance/facts";

/**
 * The UTC day of a timestamp, as the database writes it: a scan reads tens of thousands of them, and a Date object
 * for each, only to be written back as text, was a good part of what reading the facts cost.
 */
const utcDay = (column: AnyPgColumn) => sql<string | null>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

/** Ids as one array parameter (not one parameter each: building and binding thousands of those is what took the time). */
const idArray = (ids: string[]) => sql`string_to_array(${ids.join(",")}, ',')::uuid[]`;

/** A billing partner and the reseller of record (null: none) that some subscriptions of the scan share. */
export type ScanPair = { billerId: string; resellerId: string | null };

/** The partners and relationship histories of a scan's pairs, each read from the database once per scan. */
export class PairFacts {
  private readonly partners = new Map<string, DatedPartner>();
  private readonly histories = new Map<string, StatusHistory>();

  private constructor() {}

  /**
   * The histories need only the scan's scope (the billers' relationships: the scope's own, or everyone's), so they are
   * read while the database is still listing the pairs; the partners once the pairs are known.
   */
  static async load(db: Db, organizationId: string | null, listingPairs: Promise<ScanPair[]>): Promise<PairFacts> {
    const facts = new PairFacts();
    const histories = facts.loadHistories(db, organizationId);
    // Caught here and thrown by the Promise.all below: a rejection nobody listened to yet would end the process.
    histories.catch(() => undefined);
    const partnerIds = new Set<string>();
    for (const { billerId, resellerId } of await listingPairs) {
      partnerIds.add(billerId);
      if (resellerId !== null) partnerIds.add(resellerId);
    }
    await Promise.all([facts.loadPartners(db, [...partnerIds]), histories]);
    return facts;
  }

  partner(id: string): DatedPartner {
    return this.partners.get(id)!;
  }

  history(billerId: string, resellerId: string): StatusHistory | undefined {
    return this.histories.get(`${billerId}|${resellerId}`);
  }

  private async loadPartners(db: Db, ids: string[]) {
    for (let start = 0; start < ids.length; start += 50_000) {
      const rows = await db
        .select({
          id: organizations.id,
          type: organizations.partnerType,
          legalName: organizations.legalName,
          partnerId: organizations.partnerId,
          country: organizations.country,
          affiliationGroup: organizations.affiliationGroup,
          onboardedOn: utcDay(organizations.onboardedAt),
          resellerEnrolledOn: utcDay(organizations.resellerEnrolledAt),
          directBillEnrolledOn: utcDay(organizations.directBillEnrolledAt),
          mpaAcceptedOn: organizations.mpaAcceptedOn,
          apiIntegration: organizations.hasApiIntegration,
          billing: organizations.providesBilling,
          support: organizations.providesSupport,
          managedServices: organizations.providesManagedServices,
        })
        .from(organizations)
        .where(sql`${organizations.id} = any(${idArray(ids.slice(start, start + 50_000))})`);
      for (const row of rows) {
        this.partners.set(row.id, {
          id: row.id,
          type: row.type,
          legalName: row.legalName,
          partnerId: row.partnerId,
          country: row.country,
          affiliationGroup: row.affiliationGroup,
          onboardedOn: row.onboardedOn,
          enrolledOn: row.type === "direct-bill" ? row.directBillEnrolledOn : row.resellerEnrolledOn,
          mpaAcceptedOn: row.mpaAcceptedOn,
          directBill:
            row.type === "direct-bill"
              ? { apiIntegration: row.apiIntegration, billing: row.billing, support: row.support, managedServices: row.managedServices }
              : null,
        });
      }
    }
  }

  /**
   * Every status change of every relationship the scope's biller has had as the provider (every provider's, for a
   * scan of everything), oldest first: whole books (found through the provider's index, joined by hashing), not tens
   * of thousands of resellers looked up one by one, which took a second at a large book. A pair without a
   * relationship has no history.
   */
  private async loadHistories(db: Db, organizationId: string | null) {
    const rows = await db
      .select({
        providerId: relationships.providerId,
        resellerId: relationships.resellerId,
        status: relationshipStatusChanges.status,
        changedOn: utcDay(relationshipStatusChanges.changedAt),
      })
      .from(relationshipStatusChanges)
      .innerJoin(relationships, eq(relationships.id, relationshipStatusChanges.relationshipId))
      .where(organizationId === null ? undefined : eq(relationships.providerId, organizationId))
      .orderBy(asc(relationshipStatusChanges.changedAt), asc(relationshipStatusChanges.id));
    for (const row of rows) {
      const key = `${row.providerId}|${row.resellerId}`;
      const history = this.histories.get(key) ?? [];
      history.push({ status: row.status, from: row.changedOn! });
      this.histories.set(key, history);
    }
  }
}
