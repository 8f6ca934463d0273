import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { organizations, providerResellerRelationships, users } from "@/lib/db/schema";
import { evaluate, requirementLabel, type ProviderLinks } from "@/lib/rules";
import { blockedActions, blockedWithout, type ReadinessItem } from "@/lib/readiness/blocks";
import type { ReadinessStep } from "@/lib/readiness/step";
import { refuse } from "@/lib/errors";
import type { Actor } from "./actor";
import { partnerFactColumns, toRulesPartner, today, type PartnerFacts } from "./rules-facts";
import { refuseUnlessAllowed } from "./verdicts";
import { mpaSigned, requirementsLapsed } from "@/lib/notifications/events";
import { webhookMpaSigned } from "./webhook-events";
import { can } from "@/lib/permissions";
import type { Locale } from "@/lib/i18n/locales";


const readinessColumns = {
  ...partnerFactColumns,
  onboardingStatus: organizations.onboardingStatus,
  onboardingRejectionReason: organizations.onboardingRejectionReason,
  onboardingDetails: organizations.onboardingDetails,
  onboardingSubmittedAt: organizations.onboardingSubmittedAt,
  onboardedBy: organizations.onboardedBy,
  resellerEnrolledBy: organizations.resellerEnrolledBy,
  directBillEnrolledBy: organizations.directBillEnrolledBy,
  mpaSignerName: organizations.mpaSignerName,
  mpaSignerTitle: organizations.mpaSignerTitle,
};

/** The actor's organization facts for the rules, read inside a transaction (writes decide on fresh facts). */
export async function ownPartnerFacts(tx: Tx, actor: Actor): Promise<PartnerFacts> {
  if (!actor.organizationId) refuse("Only partner organizations can do this.");
  const [row] = await tx.select(partnerFactColumns).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!row) refuse("Your organization was not found.");
  return row;
}

/** The names of the organization's admins: who a member should ask for admin-only steps. */
export async function listOrganizationAdmins(actor: Actor): Promise<string[]> {
  if (!actor.organizationId) return [];
  const db = await getDb();
  const rows = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.organizationId, actor.organizationId), eq(users.role, "admin")))
    .orderBy(asc(users.name));
  return rows.map((row) => row.name);
}

/**
 * The actor's readiness: each step or requirement with its state, date, who, and what it blocks while missing, worded
 * in `locale`.
 */
export async function getReadiness(actor: Actor, locale: Locale = "en") {
  if (!actor.organizationId) return null;
  const db = await getDb();
  const [row] = await db.select(readinessColumns).from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!row) return null;
  const on = today();
  const partner = toRulesPartner(row);
  const links = row.partnerType === "indirect-reseller" ? await providerLinksOf(row.id) : { active: 0, since: null };
  // Labels come from the rules library's list of requirements, so every page names a step the same way.
  const labelOf = (item: ReadinessItem) => requirementLabel(item, locale);
  const step = (item: ReadinessItem, doneOn: Date | string | null, doneBy: string | null, done = doneOn !== null): ReadinessStep => ({
    item,
    label: labelOf(item),
    done,
    doneOn,
    doneBy,
    blocks: done ? [] : blockedWithout(partner, item, on, locale),
  });

  const mpa = step("mpa", row.mpaAcceptedOn, row.mpaSignerName ? `${row.mpaSignerName}${row.mpaSignerTitle ? `, ${row.mpaSignerTitle}` : ""}` : null);
  const steps: ReadinessStep[] =
    row.partnerType === "direct-bill"
      ? [
          step("apiIntegration", null, null, row.hasApiIntegration),
          step("billing", null, null, row.providesBilling),
          step("support", null, null, row.providesSupport),
          step("managedServices", null, null, row.providesManagedServices),
          mpa,
        ]
      : [
          step("onboarded", row.onboardedAt, row.onboardedBy),
          step("enrolled", row.resellerEnrolledAt, row.resellerEnrolledBy),
          mpa,
          step("linkedProvider", links.since, null, links.active > 0),
        ];

  return {
    organization: {
      id: row.id,
      legalName: row.legalName,
      partnerType: row.partnerType,
      partnerId: row.partnerId,
      country: row.country,
      region: row.region,
      onboardingStatus: row.onboardingStatus,
      onboardingRejectionReason: row.onboardingRejectionReason,
      onboardingSubmittedAt: row.onboardingSubmittedAt,
      onboardingDetails: row.onboardingDetails as Record<string, string> | null,
      onboarded: row.onboardedAt !== null,
      directBillEnrolledAt: row.directBillEnrolledAt,
      directBillEnrolledBy: row.directBillEnrolledBy,
      capabilities: {
        apiIntegration: row.hasApiIntegration,
        billing: row.providesBilling,
        support: row.providesSupport,
        managedServices: row.providesManagedServices,
      },
    },
    steps,
    /** Everything blocked right now, each action once, with the missing items it waits for. */
    blockedNow: blockedActions(partner, on, links, locale).map((block) => ({
      ...block,
      until: steps.filter((s) => !s.done && s.blocks.some((b) => b.what === block.what)).map((s) => s.label),
    })),
  };
}

/** How many providers the reseller works with now (active relationships), and since when the first one. */
async function providerLinksOf(resellerId: string): Promise<ProviderLinks & { since: Date | null }> {
  const db = await getDb();
  const [row] = await db
    .select({ active: sql<number>`count(*)::int`, since: sql<string | null>`min(${providerResellerRelationships.activatedAt})` })
    .from(providerResellerRelationships)
    .where(and(eq(providerResellerRelationships.resellerId, resellerId), eq(providerResellerRelationships.status, "active")));
  return { active: Number(row?.active ?? 0), since: row?.since ? new Date(row.since) : null };
}

export type Readiness = NonNullable<Awaited<ReturnType<typeof getReadiness>>>;

function changed<B extends object, A extends object>(before: B, after: A) {
  return { before, after };
}

/**
 * Records the organization's acceptance of the MPA (an admin's act). One acceptance per organization: a second
 * attempt, even a concurrent one, finds it already accepted.
 */
export async function acceptMpa(
  tx: Tx,
  actor: Actor,
  input: { signerName: string; signerTitle: string; signerEmail: string },
) {
  if (!actor.organizationId || !can(actor, "organization.accept-mpa")) refuse("Only an admin of your organization can accept the MPA.");
  const acceptedOn = today();
  const [row] = await tx
    .update(organizations)
    .set({
      mpaAcceptedOn: acceptedOn,
      mpaSignerName: input.signerName,
      mpaSignerTitle: input.signerTitle,
      mpaSignerEmail: input.signerEmail,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organizations.id, actor.organizationId), isNull(organizations.mpaAcceptedOn)))
    .returning({ id: organizations.id });
  if (!row) refuse("Your organization has already accepted the MPA.");
  // Its providers see the acceptance in their history of the relationship.
  const providers = await tx
    .select({ id: providerResellerRelationships.providerId })
    .from(providerResellerRelationships)
    .where(and(eq(providerResellerRelationships.resellerId, row.id), ne(providerResellerRelationships.status, "terminated")));
  await mpaSigned(tx, { resellerId: row.id, providerIds: providers.map((p) => p.id) });
  await webhookMpaSigned(tx, { resellerId: row.id, providerIds: providers.map((p) => p.id), acceptedOn });
  return { ...changed({ mpaAcceptedOn: null }, { mpaAcceptedOn: acceptedOn, ...input }), providerIds: providers.map((p) => p.id) };
}

/** Enrolls the actor's organization as an indirect reseller, when the rules allow it (it must be onboarded first). */
export async function enrollAsReseller(tx: Tx, actor: Actor) {
  if (actor.role !== "admin") refuse("Only an admin of your organization can enroll it.");
  const facts = await ownPartnerFacts(tx, actor);
  if (facts.partnerType !== "indirect-reseller") refuse("Only an indirect reseller enrolls as one.");
  if (facts.resellerEnrolledAt) refuse("Your organization is already enrolled as an indirect reseller.");
  const verdict = evaluate({ action: "enroll", on: today(), actor: toRulesPartner(facts), as: "indirect-reseller" });
  refuseUnlessAllowed(verdict);
  const [row] = await tx
    .update(organizations)
    .set({ resellerEnrolledAt: sql`now()`, resellerEnrolledBy: actor.name, version: sql`${organizations.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(organizations.id, facts.id), isNull(organizations.resellerEnrolledAt)))
    .returning({ at: organizations.resellerEnrolledAt });
  if (!row) refuse("Your organization is already enrolled as an indirect reseller.");
  return changed({ resellerEnrolledAt: null }, { resellerEnrolledAt: row.at, resellerEnrolledBy: actor.name });
}

/** Records which direct-bill capabilities the organization has in place. */
export async function recordCapabilities(
  tx: Tx,
  actor: Actor,
  input: { apiIntegration: boolean; billing: boolean; support: boolean; managedServices: boolean },
) {
  if (actor.role !== "admin") refuse("Only an admin of your organization can record its capabilities.");
  const facts = await ownPartnerFacts(tx, actor);
  if (facts.partnerType !== "direct-bill") refuse("Only a direct-bill partner records these capabilities.");
  await tx
    .update(organizations)
    .set({
      hasApiIntegration: input.apiIntegration,
      providesBilling: input.billing,
      providesSupport: input.support,
      providesManagedServices: input.managedServices,
      version: sql`${organizations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(organizations.id, facts.id));
  if (facts.directBillEnrolledAt) {
    // An enrolled partner that stops recording a requirement can no longer act as direct-bill: tell its admins.
    const had = { apiIntegration: facts.hasApiIntegration, billing: facts.providesBilling, support: facts.providesSupport, managedServices: facts.providesManagedServices };
    const lapsed = (Object.keys(had) as (keyof typeof had)[]).filter((key) => had[key] && !input[key]);
    await requirementsLapsed(tx, { organizationId: facts.id, lapsed });
  }
  return changed(
    {
      apiIntegration: facts.hasApiIntegration,
      billing: facts.providesBilling,
      support: facts.providesSupport,
      managedServices: facts.providesManagedServices,
    },
    input,
  );
}

/** Enrolls a direct-bill partner once the rules find all four capabilities in place. */
export async function enrollAsDirectBill(tx: Tx, actor: Actor) {
  if (actor.role !== "admin") refuse("Only an admin of your organization can enroll it.");
  const facts = await ownPartnerFacts(tx, actor);
  if (facts.partnerType !== "direct-bill") refuse("Only a direct-bill partner enrolls as one.");
  if (facts.directBillEnrolledAt) refuse("Your organization is already enrolled as a direct-bill partner.");
  refuseUnlessAllowed(evaluate({ action: "enroll", on: today(), actor: toRulesPartner(facts), as: "direct-bill" }));
  const [row] = await tx
    .update(organizations)
    .set({ directBillEnrolledAt: sql`now()`, directBillEnrolledBy: actor.name, version: sql`${organizations.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(organizations.id, facts.id), isNull(organizations.directBillEnrolledAt)))
    .returning({ at: organizations.directBillEnrolledAt });
  if (!row) refuse("Your organization is already enrolled as a direct-bill partner.");
  return changed({ directBillEnrolledAt: null }, { directBillEnrolledAt: row.at, directBillEnrolledBy: actor.name });
}
