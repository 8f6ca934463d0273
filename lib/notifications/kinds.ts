/**
 * Every kind of notification the app sends, who gets it, and how it is delivered until the user chooses otherwise.
 * Kinds a person must act on (or that concern their account's safety) default to email too; the rest to in-app only.
 * To add a kind: add a line here, then call `notify` with it. Plain data, safe for the browser.
 */
export const notificationKinds = {
  "invitation.received": { audience: "reseller", label: "A provider invited your organization", defaultDelivery: "email" },
  "invitation.accepted": { audience: "provider", label: "A reseller accepted your invitation", defaultDelivery: "in-app" },
  "invitation.declined": { audience: "provider", label: "A reseller declined your invitation", defaultDelivery: "in-app" },
  "mpa.signed": { audience: "provider", label: "One of your resellers signed the MPA", defaultDelivery: "in-app" },
  "mpa.reminder": { audience: "reseller", label: "A provider reminds you to sign the MPA", defaultDelivery: "email" },
  "termination.requested": {
    audience: "partner",
    label: "The other side asked to end a relationship",
    defaultDelivery: "email",
  },
  "termination.decided": {
    audience: "partner",
    label: "Program support decided a request to end a relationship",
    defaultDelivery: "email",
  },
  "onboarding.decided": {
    audience: "partner",
    label: "Program support verified or rejected your onboarding",
    defaultDelivery: "email",
  },
  "requirement.lapsed": {
    audience: "direct-bill",
    label: "A direct-bill requirement lapsed",
    defaultDelivery: "email",
  },
  "reauthorization.due": {
    audience: "partner",
    label: "Yearly re-authorization is coming up (90, 60 and 30 days before)",
    defaultDelivery: "email",
  },
  "support.onboarding-submitted": {
    audience: "support",
    label: "A partner submitted onboarding to verify",
    defaultDelivery: "email",
  },
  "support.termination-requested": {
    audience: "support",
    label: "A new request to end a relationship",
    defaultDelivery: "email",
  },
  "partner-center.changed": {
    audience: "provider",
    label: "A Partner Center sync found changes to your resellers",
    defaultDelivery: "in-app",
  },
  "partner-center.reconnect": {
    audience: "provider",
    label: "Partner Center no longer accepts your connection",
    defaultDelivery: "email",
  },
  "security.sessions-ended": {
    audience: "everyone",
    label: "Your sessions were ended by a security change",
    defaultDelivery: "email",
  },
} as const satisfies Record<string, NotificationKindInfo>;

export type NotificationDeliveryChoice = "in-app" | "email" | "off";

/** Who a kind is for, so the preferences page lists only the kinds a user can receive. */
export type NotificationAudience = "provider" | "reseller" | "direct-bill" | "partner" | "support" | "everyone";

type NotificationKindInfo = { audience: NotificationAudience; label: string; defaultDelivery: NotificationDeliveryChoice };

export type NotificationKind = keyof typeof notificationKinds;

export const NOTIFICATION_KINDS = Object.keys(notificationKinds) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(notificationKinds, value);
}

export const deliveryLabels: Record<NotificationDeliveryChoice, string> = {
  "in-app": "In the app only",
  email: "In the app and by email",
  off: "Off",
};

/** The kinds a user of this audience ("support" or a partner type) can receive, in catalogue order. */
export function kindsFor(audience: "support" | "indirect-provider" | "indirect-reseller" | "direct-bill"): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => {
    const forWhom: NotificationAudience = notificationKinds[kind].audience;
    if (forWhom === "everyone") return true;
    if (audience === "support") return forWhom === "support";
    if (forWhom === "partner") return true;
    return (
      (forWhom === "provider" && audience === "indirect-provider") ||
      (forWhom === "reseller" && audience === "indirect-reseller") ||
      (forWhom === "direct-bill" && audience === "direct-bill")
    );
  });
}
