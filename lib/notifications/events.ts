import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { notify } from "./notify";

/**
 * The notifications of each event, worded once: the data-layer function that makes the change calls one of these
 * inside its transaction. Partners hear about their own organization's record; a provider's link goes to the
 * reseller's page, a reseller's to its providers or status, support's to its queue.
 */

async function namesOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: organizations.id, name: organizations.legalName }).from(organizations).where(inArray(organizations.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function nameOf(tx: Tx, id: string): Promise<string> {
  return (await namesOf(tx, [id])).get(id) ?? "An organization";
}

/** A provider invited a reseller that is on the hub (by Partner ID): its admins hear of it. */
export async function invitationReceived(tx: Tx, input: { providerId: string; partnerId: string | null; alreadyEmailed: string | null }) {
  if (!input.partnerId) return;
  const [reseller] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.partnerId, input.partnerId));
  if (!reseller) return;
  const provider = await nameOf(tx, input.providerId);
  await notify(tx, {
    kind: "invitation.received",
    to: { organizationId: reseller.id, roles: ["admin"] },
    title: `${provider} invites you to resell through them`,
    body: `${provider} invited your organization to become one of its indirect resellers. Accept or decline under My providers.`,
    href: "/providers",
    alreadyEmailed: input.alreadyEmailed ? [input.alreadyEmailed] : [],
  });
}

/** The invited reseller answered: the provider's admins hear of it. */
export async function invitationAnswered(tx: Tx, input: { providerId: string; resellerId: string; accepted: boolean }) {
  const reseller = await nameOf(tx, input.resellerId);
  await notify(tx, {
    kind: input.accepted ? "invitation.accepted" : "invitation.declined",
    to: { organizationId: input.providerId, roles: ["admin"] },
    title: input.accepted ? `${reseller} accepted your invitation` : `${reseller} declined your invitation`,
    body: input.accepted
      ? `${reseller} is now linked with your organization as an indirect reseller.`
      : `${reseller} declined your invitation to resell through your organization.`,
    href: input.accepted ? `/resellers/${input.resellerId}` : "/resellers/invitations",
  });
}

/** A reseller accepted the MPA: every provider it works with hears of it (it can now be put on new subscriptions). */
export async function mpaSigned(tx: Tx, input: { resellerId: string; providerIds: string[] }) {
  const reseller = await nameOf(tx, input.resellerId);
  for (const providerId of input.providerIds) {
    await notify(tx, {
      kind: "mpa.signed",
      to: { organizationId: providerId },
      title: `${reseller} signed the MPA`,
      body: `${reseller} accepted the Microsoft Partner Agreement, so you can now record it as reseller of record on new subscriptions.`,
      href: `/resellers/${input.resellerId}`,
    });
  }
}

/** One side asked program support to end a relationship: the other side's admins and program support hear of it. */
export async function terminationRequested(tx: Tx, input: { providerId: string; resellerId: string; requestedBy: "provider" | "reseller"; reason: string }) {
  const names = await namesOf(tx, [input.providerId, input.resellerId]);
  const provider = names.get(input.providerId) ?? "The provider";
  const reseller = names.get(input.resellerId) ?? "The reseller";
  const byProvider = input.requestedBy === "provider";
  await notify(tx, {
    kind: "termination.requested",
    to: { organizationId: byProvider ? input.resellerId : input.providerId, roles: ["admin"] },
    title: byProvider ? `${provider} asked to end your relationship` : `${reseller} asked to end your relationship`,
    body:
      `${byProvider ? provider : reseller} asked program support to end the relationship between ${provider} and ${reseller}. ` +
      `Their reason: “${input.reason}”. Program support will decide; until then the relationship shows “termination requested”.`,
    href: byProvider ? "/providers" : `/resellers/${input.resellerId}`,
  });
  await notify(tx, {
    kind: "support.termination-requested",
    to: { programSupport: true },
    title: `Decide: ${byProvider ? provider : reseller} asks to end a relationship`,
    body: `${byProvider ? provider : reseller} asked to end the relationship between ${provider} (provider) and ${reseller} (reseller). Reason: “${input.reason}”.`,
    href: "/support",
  });
}

/** Program support decided a request to end a relationship: both sides' admins hear the outcome. */
export async function terminationDecided(tx: Tx, input: { providerId: string; resellerId: string; approved: boolean; note: string }) {
  const names = await namesOf(tx, [input.providerId, input.resellerId]);
  const provider = names.get(input.providerId) ?? "the provider";
  const reseller = names.get(input.resellerId) ?? "the reseller";
  const outcome = input.approved
    ? `Program support ended the relationship between ${provider} and ${reseller}.`
    : `Program support rejected the request to end the relationship between ${provider} and ${reseller}; it continues as before.`;
  const body = input.note ? `${outcome} Note: “${input.note}”.` : outcome;
  const title = input.approved ? `Relationship ended: ${provider} and ${reseller}` : `Request to end a relationship rejected`;
  await notify(tx, { kind: "termination.decided", to: { organizationId: input.providerId, roles: ["admin"] }, title, body, href: `/resellers/${input.resellerId}` });
  await notify(tx, { kind: "termination.decided", to: { organizationId: input.resellerId, roles: ["admin"] }, title, body, href: "/providers" });
}

/** A partner submitted its details for verification: program support hears of it. */
export async function onboardingSubmitted(tx: Tx, input: { organizationId: string }) {
  const name = await nameOf(tx, input.organizationId);
  await notify(tx, {
    kind: "support.onboarding-submitted",
    to: { programSupport: true },
    title: `Verify onboarding: ${name}`,
    body: `${name} submitted its business details for verification.`,
    href: "/support",
  });
}

/** Program support verified or rejected a partner's onboarding: the partner's admins hear the outcome. */
export async function onboardingDecided(tx: Tx, input: { organizationId: string; approved: boolean; reason?: string }) {
  await notify(tx, {
    kind: "onboarding.decided",
    to: { organizationId: input.organizationId, roles: ["admin"] },
    title: input.approved ? "Program support verified your onboarding" : "Program support sent your onboarding details back",
    body: input.approved
      ? "Your organization counts as onboarded into Partner Center from today. Your status page shows the next step."
      : `Program support could not verify your details: “${input.reason ?? ""}”. Correct them and submit again from your status page.`,
    href: "/status",
  });
}

const capabilityNames = { apiIntegration: "API integration", billing: "billing", support: "support", managedServices: "managed services" } as const;

/** An enrolled direct-bill partner no longer meets a requirement: its admins hear which one and what it blocks. */
export async function requirementsLapsed(tx: Tx, input: { organizationId: string; lapsed: (keyof typeof capabilityNames)[] }) {
  if (input.lapsed.length === 0) return;
  const names = input.lapsed.map((key) => capabilityNames[key]).join(", ");
  await notify(tx, {
    kind: "requirement.lapsed",
    to: { organizationId: input.organizationId, roles: ["admin"] },
    title: `Direct-bill requirement lapsed: ${names}`,
    body:
      `Your organization no longer records ${names}. A direct-bill partner needs API integration and ongoing billing, ` +
      `support and managed services (DIRECT-BILL-REQUIREMENTS); until they are back you cannot act as one.`,
    href: "/status",
  });
}

/** A security change (password, two-factor sign-in, role) ended every session of a user: they hear of it. */
export async function sessionsEnded(tx: Tx, input: { userId: string; change: string; alreadyEmailed?: string }) {
  await notify(tx, {
    kind: "security.sessions-ended",
    to: { userIds: [input.userId] },
    title: "Your sessions were ended",
    body: `${input.change} Every browser signed in to your account had to sign in again. If this was not you or your admin, reset your password.`,
    href: "/settings/sessions",
    alreadyEmailed: input.alreadyEmailed ? [input.alreadyEmailed] : [],
  });
}
