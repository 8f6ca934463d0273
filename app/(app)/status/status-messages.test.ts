// The status and customer screens' counted and dated sentences, in both languages: ICU plurals, not concatenation.
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";

describe("status and customer messages", () => {
  it("counts the waiting order requests and the re-authorization countdown in Dutch", () => {
    const nl = translator("nl", "status");
    expect(nl("page.waitingOrders", { count: 1 })).toBe("Eén partner wil bij je kopen voor eigen gebruik.");
    expect(nl("page.waitingOrders", { count: 3 })).toBe("3 partners willen bij je kopen voor eigen gebruik.");
    expect(nl("step.doneOnBy", { on: "1 feb 2020", by: "Lea" })).toBe("Gedaan op 1 feb 2020 door Lea");
    const body = (days: number) => String(nl.markup("reauthorization.body", { anniversary: "1 mrt 2024", dueOn: "1 mrt 2026", days, strong: (chunks) => chunks }));
    expect(body(0)).toContain("1 mrt 2026, vandaag.");
    expect(body(1)).toContain("morgen.");
    expect(body(45)).toContain("over 45 dagen.");
  });

  it("keeps the English wording the screens had", () => {
    const en = translator("en", "status");
    expect(en("page.waitingOrders", { count: 1 })).toBe("One partner asks to buy from you for their own use.");
    expect(en("page.waitingOrders", { count: 2 })).toBe("2 partners ask to buy from you for their own use.");
    expect(String(en.markup("reauthorization.body", { anniversary: "1 Mar 2024", dueOn: "1 Mar 2026", days: 2, strong: (chunks) => chunks }))).toContain(
      "The next one is on 1 Mar 2026, in 2 days.",
    );
  });

  it("writes the customer counts as plurals in both languages", () => {
    expect(translator("en", "customers")("detail.otherPartners.buysFrom", { count: 0 })).toBe("The customer buys from no other partner.");
    expect(translator("en", "customers")("detail.otherPartners.buysFrom", { count: 1 })).toBe("The customer buys from 1 other partner as well.");
    expect(translator("nl", "customers")("detail.otherPartners.buysFrom", { count: 2 })).toBe("De klant koopt ook bij 2 andere partners.");
    expect(translator("nl", "customers")("list.managedByYouAndOthers", { count: 1 })).toBe("Jij en 1 andere partner");
    expect(translator("nl", "support")("deliveries.emailsFailed", { count: 1234 })).toBe("1.234 e-mails mislukt");
    expect(translator("en", "support")("directory.countMatching", { count: 1, q: "lit" })).toBe("1 organization match “lit”");
  });
});
