import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { notify } from "./notify";

const words = (locale: Locale) => translator(locale, "notifications");

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

/** The organization's name, or null when it is gone (the caller words the fallback in the reader's language). */
async function nameOf(tx: Tx, id: string): Promise<string | null> {
  return (await namesOf(tx, [id])).get(id) ?? null;
}

/** A provider invited a reseller that is on the hub (by Partner ID): its admins hear of it. */
export async function invitationReceived(tx: Tx, input: { providerId: string; partnerId: string | null; alreadyEmailed: string | null }) {
  if (!input.partnerId) return;
  const [reseller] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.partnerId, input.partnerId));
  if (!reseller) return;
  const name = await nameOf(tx, input.providerId);
  await notify(tx, {
    kind: "invitation.received",
    to: { organizationId: reseller.id, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      const provider = name ?? t("fallback.organization");
      return { title: t("events.invitationReceived.title", { provider }), body: t("events.invitationReceived.body", { provider }) };
    },
    href: "/providers",
    alreadyEmailed: input.alreadyEmailed ? [input.alreadyEmailed] : [],
  });
}

/** The invited reseller answered: the provider's admins hear of it. */
export async function invitationAnswered(tx: Tx, input: { providerId: string; resellerId: string; accepted: boolean }) {
  const name = await nameOf(tx, input.resellerId);
  await notify(tx, {
    kind: input.accepted ? "invitation.accepted" : "invitation.declined",
    to: { organizationId: input.providerId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      const reseller = name ?? t("fallback.organization");
      return input.accepted
        ? { title: t("events.invitationAccepted.title", { reseller }), body: t("events.invitationAccepted.body", { reseller }) }
        : { title: t("events.invitationDeclined.title", { reseller }), body: t("events.invitationDeclined.body", { reseller }) };
    },
    href: input.accepted ? `/resellers/${input.resellerId}` : "/resellers/invitations",
  });
}

/** A reseller accepted the MPA: every provider it works with hears of it (it can now be put on new subscriptions). */
export async function mpaSigned(tx: Tx, input: { resellerId: string; providerIds: string[] }) {
  const name = await nameOf(tx, input.resellerId);
  for (const providerId of input.providerIds) {
    await notify(tx, {
      kind: "mpa.signed",
      to: { organizationId: providerId },
      words: (locale) => {
        const t = words(locale);
        const reseller = name ?? t("fallback.organization");
        return { title: t("events.mpaSigned.title", { reseller }), body: t("events.mpaSigned.body", { reseller }) };
      },
      href: `/resellers/${input.resellerId}`,
    });
  }
}

/** A provider reminded a reseller to sign the MPA: the reseller's admins hear of it. */
export async function mpaReminder(tx: Tx, input: { resellerId: string; providerName: string | null }) {
  await notify(tx, {
    kind: "mpa.reminder",
    to: { organizationId: input.resellerId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      const provider = input.providerName ?? t("fallback.yourProvider");
      return { title: t("events.mpaReminder.title", { provider }), body: t("events.mpaReminder.body", { provider }) };
    },
    href: "/status",
  });
}

/** One side asked program support to end a relationship: the other side's admins and program support hear of it. */
export async function terminationRequested(tx: Tx, input: { providerId: string; resellerId: string; requestedBy: "provider" | "reseller"; reason: string }) {
  const names = await namesOf(tx, [input.providerId, input.resellerId]);
  const byProvider = input.requestedBy === "provider";
  const parties = (locale: Locale) => {
    const t = words(locale);
    const provider = names.get(input.providerId) ?? t("fallback.provider");
    const reseller = names.get(input.resellerId) ?? t("fallback.reseller");
    return { t, provider, reseller, requester: byProvider ? provider : reseller, reason: input.reason };
  };
  await notify(tx, {
    kind: "termination.requested",
    to: { organizationId: byProvider ? input.resellerId : input.providerId, roles: ["admin"] },
    words: (locale) => {
      const { t, ...values } = parties(locale);
      return { title: t("events.terminationRequested.title", values), body: t("events.terminationRequested.body", values) };
    },
    href: byProvider ? "/providers" : `/resellers/${input.resellerId}`,
  });
  await notify(tx, {
    kind: "support.termination-requested",
    to: { programSupport: true },
    words: (locale) => {
      const { t, ...values } = parties(locale);
      return { title: t("events.supportTerminationRequested.title", values), body: t("events.supportTerminationRequested.body", values) };
    },
    href: "/support",
  });
}

/** A reseller withdrew its request to end a relationship: the provider's admins, told of the request, hear of it. */
export async function terminationWithdrawn(tx: Tx, input: { providerId: string; resellerId: string; resellerName: string; status: string }) {
  await notify(tx, {
    kind: "termination.withdrawn",
    to: { organizationId: input.providerId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      return {
        title: t("events.terminationWithdrawn.title", { reseller: input.resellerName }),
        body: t("events.terminationWithdrawn.body", { status: input.status }),
      };
    },
    href: `/resellers/${input.resellerId}`,
  });
}

/** Program support decided a request to end a relationship: both sides' admins hear the outcome. */
export async function terminationDecided(tx: Tx, input: { providerId: string; resellerId: string; approved: boolean; note: string }) {
  const names = await namesOf(tx, [input.providerId, input.resellerId]);
  const decided = (locale: Locale) => {
    const t = words(locale);
    const provider = names.get(input.providerId) ?? t("fallback.providerLower");
    const reseller = names.get(input.resellerId) ?? t("fallback.resellerLower");
    const outcome = input.approved ? t("events.terminationDecided.approved", { provider, reseller }) : t("events.terminationDecided.rejected", { provider, reseller });
    const body = input.note ? t("events.terminationDecided.withNote", { outcome, note: input.note }) : outcome;
    const title = input.approved ? t("events.terminationDecided.titleApproved", { provider, reseller }) : t("events.terminationDecided.titleRejected");
    return { title, body };
  };
  await notify(tx, { kind: "termination.decided", to: { organizationId: input.providerId, roles: ["admin"] }, words: decided, href: `/resellers/${input.resellerId}` });
  await notify(tx, { kind: "termination.decided", to: { organizationId: input.resellerId, roles: ["admin"] }, words: decided, href: "/providers" });
}

/** A partner submitted its details for verification: program support hears of it. */
export async function onboardingSubmitted(tx: Tx, input: { organizationId: string }) {
  const known = await nameOf(tx, input.organizationId);
  await notify(tx, {
    kind: "support.onboarding-submitted",
    to: { programSupport: true },
    words: (locale) => {
      const t = words(locale);
      const name = known ?? t("fallback.organization");
      return { title: t("events.onboardingSubmitted.title", { name }), body: t("events.onboardingSubmitted.body", { name }) };
    },
    href: "/support",
  });
}

/** Program support verified or rejected a partner's onboarding: the partner's admins hear the outcome. */
export async function onboardingDecided(tx: Tx, input: { organizationId: string; approved: boolean; reason?: string }) {
  await notify(tx, {
    kind: "onboarding.decided",
    to: { organizationId: input.organizationId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      return input.approved
        ? { title: t("events.onboardingApproved.title"), body: t("events.onboardingApproved.body") }
        : { title: t("events.onboardingRejected.title"), body: t("events.onboardingRejected.body", { reason: input.reason ?? "" }) };
    },
    href: "/status",
  });
}

type Capability = "apiIntegration" | "billing" | "support" | "managedServices";

/** An enrolled direct-bill partner no longer meets a requirement: its admins hear which one and what it blocks. */
export async function requirementsLapsed(tx: Tx, input: { organizationId: string; lapsed: Capability[] }) {
  if (input.lapsed.length === 0) return;
  await notify(tx, {
    kind: "requirement.lapsed",
    to: { organizationId: input.organizationId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      const names = input.lapsed.map((key) => t(`events.requirementLapsed.capabilities.${key}`)).join(", ");
      return { title: t("events.requirementLapsed.title", { names }), body: t("events.requirementLapsed.body", { names }) };
    },
    href: "/status",
  });
}

/** What ended the sessions, worded in the reader's language. */
export type SessionsEndingChange = "passwordReset" | "passwordChanged" | "twoFactorOn" | "twoFactorOff" | { roleChangedBy: string; role: "admin" | "member" };

/** A security change (password, two-factor sign-in, role) ended every session of a user: they hear of it. */
export async function sessionsEnded(tx: Tx, input: { userId: string; change: SessionsEndingChange; alreadyEmailed?: string }) {
  await notify(tx, {
    kind: "security.sessions-ended",
    to: { userIds: [input.userId] },
    words: (locale) => {
      const t = words(locale);
      const change =
        typeof input.change === "string"
          ? t(`events.sessionsEnded.changes.${input.change}`)
          : t("events.sessionsEnded.changes.roleChanged", { actor: input.change.roleChangedBy, role: input.change.role });
      return { title: t("events.sessionsEnded.title"), body: t("events.sessionsEnded.body", { change }) };
    },
    href: "/settings/sessions",
    alreadyEmailed: input.alreadyEmailed ? [input.alreadyEmailed] : [],
  });
}

/** A reseller's yearly re-authorization is near: its admins, and each provider's admins, hear when. */
export async function reauthorizationDue(tx: Tx, input: { resellerId: string; resellerName: string; dueOn: string; daysLeft: number; providerIds: string[] }) {
  const date = (locale: Locale) => formatDate(input.dueOn, locale);
  await notify(tx, {
    kind: "reauthorization.due",
    to: { organizationId: input.resellerId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      return {
        title: t("events.reauthorization.title", { date: date(locale) }),
        body: t("events.reauthorization.body", { date: date(locale), days: input.daysLeft }),
      };
    },
    href: "/status",
  });
  for (const providerId of input.providerIds) {
    await notify(tx, {
      kind: "reauthorization.due",
      to: { organizationId: providerId, roles: ["admin"] },
      words: (locale) => {
        const t = words(locale);
        return {
          title: t("events.reauthorization.providerTitle", { reseller: input.resellerName, date: date(locale) }),
          body: t("events.reauthorization.providerBody", { reseller: input.resellerName, date: date(locale), days: input.daysLeft }),
        };
      },
      href: `/resellers/${input.resellerId}`,
    });
  }
}

/** Partner Center refused the connection: the provider's admins must reconnect. */
export async function partnerCenterReconnect(tx: Tx, input: { organizationId: string }) {
  await notify(tx, {
    kind: "partner-center.reconnect",
    to: { organizationId: input.organizationId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      return { title: t("events.partnerCenterReconnect.title"), body: t("events.partnerCenterReconnect.body") };
    },
    href: "/settings/partner-center",
  });
}

/** A Partner Center sync found changes to the provider's resellers: its admins hear the first few. */
export async function partnerCenterChanged(tx: Tx, input: { organizationId: string; changes: { name: string; partnerId: string; change: string }[] }) {
  if (input.changes.length === 0) return;
  await notify(tx, {
    kind: "partner-center.changed",
    to: { organizationId: input.organizationId, roles: ["admin"] },
    words: (locale) => {
      const t = words(locale);
      return {
        title: t("events.partnerCenterChanged.title", { count: input.changes.length }),
        body: input.changes
          .slice(0, 5)
          .map((c) => t("events.partnerCenterChanged.line", { name: c.name, partnerId: c.partnerId, change: c.change }))
          .join("; "),
      };
    },
    href: "/resellers/reconciliation",
  });
}
