import { describe, expect, it } from "vitest";
import { deliveryLabels, NOTIFICATION_KINDS, notificationKinds } from "./kinds";
import { deliveryLabel, notificationKindLabel } from "./labels";

describe("notification labels", () => {
  it("read the English catalogue exactly as kinds.ts words them", () => {
    for (const kind of NOTIFICATION_KINDS) expect(notificationKindLabel(kind, "en")).toBe(notificationKinds[kind].label);
    for (const choice of ["in-app", "email", "off"] as const) expect(deliveryLabel(choice, "en")).toBe(deliveryLabels[choice]);
  });

  it("speak Dutch to a Dutch reader", () => {
    expect(notificationKindLabel("security.sessions-ended", "nl")).toBe("Je sessies zijn beëindigd door een beveiligingswijziging");
    expect(deliveryLabel("email", "nl")).toBe("In de app en per e-mail");
    for (const kind of NOTIFICATION_KINDS) expect(notificationKindLabel(kind, "nl")).not.toBe(notificationKinds[kind].label);
  });
});
