import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { webhookEventKindNames, webhookEventKinds } from "@/lib/webhooks/event-kinds";
import { scopeDescriptions } from "@/lib/api/scopes";
import { apiScopeNames } from "@/lib/permissions";
import { eventKindKey } from "./webhooks/_components/event-kind-key";
import { scopeKey } from "./api-tokens/scope-key";

describe("the account screens' words", () => {
  it("name every webhook event kind in English as before, and in Dutch", () => {
    const en = translator("en", "webhooks");
    const nl = translator("nl", "webhooks");
    for (const kind of webhookEventKindNames) {
      expect(en(`eventKind.${eventKindKey[kind]}`)).toBe(webhookEventKinds[kind]);
      expect(nl(`eventKind.${eventKindKey[kind]}`)).not.toBe(webhookEventKinds[kind]);
    }
  });

  it("describe every API scope in English as before, and in Dutch", () => {
    const en = translator("en", "apiTokens");
    const nl = translator("nl", "apiTokens");
    for (const scope of apiScopeNames) {
      expect(en(`scope.${scopeKey[scope]}`)).toBe(scopeDescriptions[scope]);
      expect(nl(`scope.${scopeKey[scope]}`)).not.toBe(scopeDescriptions[scope]);
    }
  });

  it("count recovery codes and delivery attempts with the right plural", () => {
    expect(translator("en", "settings")("twoFactor.enabled", { count: 1 })).toContain("You have 1 unused recovery code.");
    expect(translator("en", "settings")("twoFactor.enabled", { count: 10 })).toContain("You have 10 unused recovery codes.");
    expect(translator("nl", "settings")("twoFactor.enabled", { count: 10 })).toContain("Je hebt 10 ongebruikte herstelcodes.");
    expect(translator("en", "webhooks")("endpoint.attempts", { count: 1 })).toBe("1 attempt");
    expect(translator("nl", "webhooks")("endpoint.attempts", { count: 3 })).toBe("3 pogingen");
  });

  it("say the invitee's role in the team invitation's own language", () => {
    const strong = (chunks: string) => chunks;
    expect(translator("en", "auth").markup("joinTeam.intro", { role: "member", email: "a@b.example", strong })).toMatch(/^You are invited as a member with a@b.example\./);
    expect(translator("nl", "auth").markup("joinTeam.intro", { role: "admin", email: "a@b.example", strong })).toMatch(/^Je bent uitgenodigd als beheerder met a@b.example\./);
    expect(translator("en", "auth").markup("joinTeam.intro", { role: "support", email: "a@b.example", strong })).toMatch(/program support staff/);
  });

  it("keep the organization list's admin note only for those who cannot edit", () => {
    const en = translator("en", "settings");
    const link = (chunks: string) => chunks;
    expect(en.markup("more.organization", { canEdit: "true", link })).toBe("Organization details — legal name, address, website and contact.");
    expect(en.markup("more.organization", { canEdit: "false", link })).toBe("Organization details — legal name, address, website and contact (admins edit them).");
  });
});
