/**
 * Pages that show an invitation's answer (the provider's resellers and invitations, the reseller's providers and
 * status): the same for both ways of answering (by link and from "My providers").
 */
export const INVITATION_ANSWERED_PATHS = ["/resellers", "/resellers/invitations", "/providers", "/status"];
