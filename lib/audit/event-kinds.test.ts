import { describe, expect, it } from "vitest";
import { auditEventKindOptions, auditEventKinds, auditEventLabel } from "./event-kinds";

describe("audit event labels", () => {
  it("read the English catalogue exactly as the kinds list words them", () => {
    for (const [kind, label] of Object.entries(auditEventKinds)) expect(auditEventLabel(kind)).toBe(label);
  });

  it("speak Dutch to a Dutch reader, for every kind, and keep an unknown kind's id", () => {
    expect(auditEventLabel("organization.signed-up", "nl")).toBe("Organisatie geregistreerd");
    expect(auditEventLabel("user.two-factor-enabled", "nl")).toBe("Tweestapsverificatie aangezet");
    const dutch = auditEventKindOptions("nl");
    expect(dutch).toHaveLength(Object.keys(auditEventKinds).length);
    for (const { kind, label } of dutch) expect(label).not.toBe(kind);
    expect(auditEventLabel("api.request", "nl")).toBe("api.request");
  });
});
