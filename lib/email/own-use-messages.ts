import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { link } from "./messages";
import type { OutgoingEmail } from "./outbox";

/** The order requests between partners buying for their own use (lib/data/own-use.ts), in the recipient's language. */

type Order = { offerName: string; quantity: number };

const order = (locale: Locale, o: Order) => translator(locale, "email")("ownUse.order", { quantity: o.quantity, offer: o.offerName });

export function ownUseOrderRequestedMessage(input: {
  to: string;
  locale: Locale;
  buyer: { legalName: string; partnerId: string; country: string };
  seller: string;
  provider: string | null;
  order: Order;
}): OutgoingEmail {
  const t = translator(input.locale, "email");
  const what = order(input.locale, input.order);
  return {
    kind: "own-use-order-requested",
    to: input.to,
    subject: t("ownUse.requested.subject", { buyer: input.buyer.legalName, order: what }),
    text: [
      t("ownUse.requested.intro", {
        buyer: input.buyer.legalName,
        partnerId: input.buyer.partnerId,
        country: input.buyer.country,
        order: what,
        seller: input.seller,
        hasProvider: input.provider ? "yes" : "no",
        provider: input.provider ?? "",
      }),
      "",
      t("ownUse.requested.outro", { seller: input.seller }),
      link("/own-use/requests"),
    ].join("\n"),
  };
}

export function ownUseOrderDecidedMessage(input: { to: string; locale: Locale; accepted: boolean; seller: string | null; order: Order; note?: string }): OutgoingEmail {
  const t = translator(input.locale, "email");
  const values = { seller: input.seller ?? t("ownUse.fallbackPartner"), order: order(input.locale, input.order) };
  const lines = input.accepted
    ? [t("ownUse.accepted.text", values)]
    : [t("ownUse.declined.text", values), ...(input.note ? [t("ownUse.declined.note", { note: input.note })] : [])];
  return {
    kind: "own-use-order-decided",
    to: input.to,
    subject: input.accepted ? t("ownUse.accepted.subject", values) : t("ownUse.declined.subject", values),
    text: [...lines, "", link("/own-use")].join("\n"),
  };
}

export function ownUseOrderWithdrawnMessage(input: { to: string; locale: Locale; buyer: string | null; order: Order }): OutgoingEmail {
  const t = translator(input.locale, "email");
  const buyer = input.buyer ?? t("ownUse.fallbackPartner");
  return {
    kind: "own-use-order-withdrawn",
    to: input.to,
    subject: t("ownUse.withdrawn.subject", { buyer }),
    text: [t("ownUse.withdrawn.text", { buyer, order: order(input.locale, input.order) }), "", link("/own-use/requests")].join("\n"),
  };
}
