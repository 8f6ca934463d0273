"use server";

import QRCode from "qrcode";
import { z } from "zod";
import { defineAction, formAction } from "@/lib/actions/define-action";
import { beginEnrolment, confirmEnrolment, disableTwoFactor } from "@/lib/data/two-factor";
import { reissueSession } from "@/lib/auth/reissue-session";
import { twoFactorCodeSchema } from "@/lib/validation/auth";

/** Step one of set-up: a new secret, its QR code (SVG as a data URL) and the secret for typing in by hand. */
export const startTwoFactorEnrolment = defineAction({
  input: z.object({}).loose(),
  capability: "account.manage",
  allowBeforeTwoFactor: true,
  async run({ actor, tx, audit }) {
    const { secret, uri } = await beginEnrolment(tx, actor);
    await audit({ action: "user.two-factor-setup-started", entityType: "user", entityId: actor.userId });
    const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return { secret, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
  },
  revalidate: ["/settings", "/settings/two-factor"],
});

export const startTwoFactorEnrolmentForm = formAction(startTwoFactorEnrolment);

/** Step two: a code from the app turns it on; the recovery codes are returned this once. */
export const confirmTwoFactorEnrolment = defineAction({
  input: twoFactorCodeSchema,
  capability: "account.manage",
  allowBeforeTwoFactor: true,
  async run({ actor, input, tx, audit }) {
    const result = await confirmEnrolment(tx, actor, input.code);
    await audit({ action: "user.two-factor-enabled", entityType: "user", entityId: actor.userId });
    return result;
  },
  afterCommit: ({ actor, data }) => reissueSession(actor.userId, data.sessionVersion),
  revalidate: ["/settings"],
});

export const confirmTwoFactorEnrolmentForm = formAction(confirmTwoFactorEnrolment);

export const turnOffTwoFactor = defineAction({
  input: twoFactorCodeSchema,
  capability: "account.manage",
  async run({ actor, input, tx, audit }) {
    const result = await disableTwoFactor(tx, actor, input.code);
    await audit({ action: "user.two-factor-disabled", entityType: "user", entityId: actor.userId });
    return result;
  },
  afterCommit: ({ actor, data }) => reissueSession(actor.userId, data.sessionVersion),
  revalidate: ["/settings", "/settings/two-factor"],
});

export const turnOffTwoFactorForm = formAction(turnOffTwoFactor);
