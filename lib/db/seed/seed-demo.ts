import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { OpenDatabase } from "@/lib/db/open";
import { regionIdOf } from "@/lib/db/regions";
import * as t from "@/lib/db/schema";
import {
  demoCustomers,
  demoInvitations,
  demoManagement,
  demoOrganizations,
  demoRelationships,
  demoSubscriptions,
  demoUsers,
} from "./demo-data";
import { guidOf } from "./guid";


const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

/** Loads the demo world once; a database that already has it is left alone. Returns whether it wrote anything. */
export async function seedDemoData({ db }: OpenDatabase, password: string): Promise<boolean> {
  const [existing] = await db
    .select({ id: t.organizations.id })
    .from(t.organizations)
    .where(eq(t.organizations.partnerId, demoOrganizations[0]!.partnerId));
  if (existing) return false;

  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const org = new Map<string, string>();
    for (const o of demoOrganizations) {
      const caps = o.directBillCapabilities;
      const [row] = await tx
        .insert(t.organizations)
        .values({
          partnerType: o.partnerType,
          legalName: o.legalName,
          partnerId: o.partnerId,
          country: o.country,
          region: regionIdOf(o.country),
          cspTenantId: guidOf(`csp:${o.key}`),
          affiliationGroup: o.affiliationGroup ?? null,
          onboardingStatus: o.onboarded ? "approved" : "not-submitted",
          onboardedAt: o.onboarded ? day(o.onboarded) : null,
          onboardedBy: o.onboarded ? "Program support" : null,
          resellerEnrolledAt: o.partnerType === "indirect-reseller" && o.enrolled ? day(o.enrolled) : null,
          resellerEnrolledBy: o.partnerType === "indirect-reseller" && o.enrolled ? "Organization admin" : null,
          directBillEnrolledAt: o.partnerType === "direct-bill" && o.enrolled ? day(o.enrolled) : null,
          directBillEnrolledBy: o.partnerType === "direct-bill" && o.enrolled ? "Organization admin" : null,
          hasApiIntegration: caps?.api ?? false,
          providesBilling: caps?.billing ?? false,
          providesSupport: caps?.support ?? false,
          providesManagedServices: caps?.managed ?? false,
          mpaAcceptedOn: o.mpa ?? null,
          mpaSignerName: o.mpa ? "Global administrator" : null,
          mpaSignerTitle: o.mpa ? "Managing director" : null,
          mpaSignerEmail: o.mpa ? `admin@${o.key}.example` : null,
        })
        .returning({ id: t.organizations.id });
      org.set(o.key, row!.id);
    }
    const id = (key: string) => org.get(key)!;

    for (const r of demoRelationships) {
      const since = day(r.since);
      await tx.insert(t.providerResellerRelationships).values({
        providerId: id(r.provider),
        resellerId: id(r.reseller),
        status: r.status,
        invitedAt: since,
        activatedAt: r.status === "invited" ? null : since,
        suspendedAt: r.status === "suspended" ? day("2025-10-01") : null,
        terminationRequestedAt: r.status === "termination-requested" || r.status === "terminated" ? day("2026-10-01") : null,
        terminatedAt: r.status === "terminated" ? day("2026-10-20") : null,
      });
    }

    const userIds = new Map<string, string>();
    // A customer's admin is added with the customers, below.
    for (const u of demoUsers.filter((user) => !user.customer)) {
      const [row] = await tx
        .insert(t.users)
        .values({ email: u.email, name: u.name, passwordHash, role: u.role, organizationId: u.organization ? id(u.organization) : null, emailVerifiedAt: new Date() })
        .returning({ id: t.users.id });
      userIds.set(u.email, row!.id);
    }

    for (const i of demoInvitations) {
      await tx.insert(t.invitations).values({
        providerId: id(i.provider),
        email: i.email,
        partnerId: i.partnerId,
        // The demo invitations' links are not known to anyone: only a hash of a random-looking token is stored.
        tokenHash: createHash("sha256").update(`demo-invitation:${i.email}`).digest("hex"),
        expiresAt: new Date(Date.now() + 14 * 24 * 3600 * 1000),
      });
    }

    // Alpine's provider asked to end the relationship; program support has it in the queue.
    const [alpine] = await tx
      .select({ id: t.providerResellerRelationships.id })
      .from(t.providerResellerRelationships)
      .where(eq(t.providerResellerRelationships.resellerId, id("alpine")));
    await tx.insert(t.terminationRequests).values({
      relationshipId: alpine!.id,
      requestedByOrganizationId: id("fabrikam"),
      requestedByUserId: userIds.get("frank@fabrikam-cloud.example"),
      reason: "Alpine Ski House Tech moves its business to another provider.",
    });

    const customer = new Map<string, { id: string; tenant: string }>();
    for (const c of demoCustomers) {
      const [row] = await tx
        .insert(t.customers)
        .values({
          name: c.name,
          country: c.country,
          region: regionIdOf(c.country),
          affiliationGroup: c.affiliationGroup ?? null,
          ownerOrganizationId: c.owner ? id(c.owner) : null,
          createdByOrganizationId: id(c.createdBy),
        })
        .returning({ id: t.customers.id });
      const [tenant] = await tx
        .insert(t.tenants)
        .values({
          tenantId: guidOf(`tenant:${c.key}`),
          customerId: row!.id,
          tenantType: "customer",
          ownerOrganizationId: c.owner ? id(c.owner) : null,
        })
        .returning({ id: t.tenants.id });
      customer.set(c.key, { id: row!.id, tenant: tenant!.id });
      await tx.insert(t.customerPartners).values({ customerId: row!.id, partnerOrganizationId: id(c.createdBy) });
    }

    for (const s of demoSubscriptions) {
      const c = customer.get(s.customer)!;
      await tx.insert(t.subscriptions).values({
        customerId: c.id,
        tenantId: c.tenant,
        offerName: s.offer,
        publisher: s.publisher,
        billingPartnerId: id(s.billing),
        resellerOfRecordId: s.reseller ? id(s.reseller) : null,
        quantity: s.quantity,
        startsOn: s.startsOn,
      });
      if (s.reseller) {
        await tx
          .insert(t.customerPartners)
          .values({ customerId: c.id, partnerOrganizationId: id(s.reseller) })
          .onConflictDoNothing();
      }
    }

    for (const u of demoUsers.filter((user) => user.customer)) {
      await tx
        .insert(t.users)
        .values({ email: u.email, name: u.name, passwordHash, role: u.role, customerId: customer.get(u.customer!)!.id, emailVerifiedAt: new Date() });
    }

    // Each grant comes from the customer's accepted request, like every grant (the database insists: drizzle/0013).
    for (const m of demoManagement) {
      const c = customer.get(m.customer)!;
      const [request] = await tx
        .insert(t.customerConsentRequests)
        .values({ kind: "manage", partnerOrganizationId: id(m.partner), tenantId: guidOf(`tenant:${m.customer}`), customerId: c.id, status: "accepted", decidedAt: new Date() })
        .returning({ id: t.customerConsentRequests.id });
      await tx.insert(t.managementRelationships).values({ customerId: c.id, partnerOrganizationId: id(m.partner), consentRequestId: request!.id });
    }

    await tx.insert(t.auditEvents).values({
      action: "demo.seeded",
      entityType: "database",
      entityId: "demo",
      after: { organizations: demoOrganizations.length, customers: demoCustomers.length },
    });
  });
  return true;
}
