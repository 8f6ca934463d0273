import { describe, expect, it } from "vitest";
import { importReasonText } from "./reasons";

describe("an import row's reason in the reader's language", () => {
  it("keeps the English reason as it was written", () => {
    const reason = "Duplicate in the file: the same reseller as line 2.";
    expect(importReasonText(reason, "en")).toBe(reason);
  });

  it("writes the import's own reasons again in Dutch, with their values", () => {
    expect(importReasonText("Duplicate in the file: the same reseller as line 2.", "nl")).toBe("Dubbel in het bestand: dezelfde wederverkoper als regel 2.");
    expect(importReasonText("No country given: the reseller's country or region, as a two-letter code like FR.", "nl")).toContain("Geen land opgegeven");
    expect(importReasonText("Already linked with Litware Solutions SARL (active).", "nl")).toBe("Al gekoppeld aan Litware Solutions SARL (Actief).");
    expect(importReasonText("Already invited: an invitation waits for an answer until 1 Oct 2026.", "nl")).toBe("Al uitgenodigd: een uitnodiging wacht tot 1 okt 2026 op antwoord.");
    expect(importReasonText("Partner ID 5200004 belongs to Contoso, which is not an indirect reseller.", "nl")).toBe(
      "Partner-ID 5200004 hoort bij Contoso, en dat is geen indirecte wederverkoper.",
    );
  });

  it("shows a reason it does not know as it is", () => {
    expect(importReasonText("Something else happened.", "nl")).toBe("Something else happened.");
  });
});
