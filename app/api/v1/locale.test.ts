// The partner API's rule explanations follow Accept-Language; its error messages stay English.
import { describe, expect, it } from "vitest";
import { ON, provider, reseller } from "@/test/rules/fixtures";
import { POST } from "./evaluate/route";
import { GET as getRules } from "./rules/route";

const scenario8 = { action: "link-provider-reseller", on: ON, actor: provider(), counterparty: reseller({ country: "IN" }) };

function post(body: string, acceptLanguage?: string): Promise<Response> {
  const headers = new Headers({ "content-type": "application/json" });
  if (acceptLanguage) headers.set("accept-language", acceptLanguage);
  return POST(new Request("http://localhost/api/v1/evaluate", { method: "POST", headers, body }));
}

type Finding = { ruleId: string; title: string; explanation: string; remedies?: { title: string }[] };

describe("POST /api/v1/evaluate in the caller's language", () => {
  it("answers in Dutch for Accept-Language: nl, and in English otherwise", async () => {
    const english = await (await post(JSON.stringify(scenario8))).json();
    const dutch = await (await post(JSON.stringify(scenario8), "nl")).json();
    const alsoEnglish = await (await post(JSON.stringify(scenario8), "de-DE,en;q=0.5")).json();
    const region = (verdict: { findings: Finding[] }) => verdict.findings.find((finding) => finding.ruleId === "SAME-REGION-RELATIONSHIP")!;

    expect(region(english).explanation).toBe(
      "The provider is in NL (region Europe) and the reseller in IN (region India); they can work together only within one region.",
    );
    expect(region(dutch).explanation).toBe(
      "De provider zit in NL (regio Europa) en de wederverkoper in IN (regio India); ze kunnen alleen binnen één regio samenwerken.",
    );
    expect(region(dutch).title).toBe("Provider en wederverkoper in dezelfde regio");
    expect(dutch.remedies[0].title).toBe("Kies een partner in dezelfde regio");
    expect(dutch.allowed).toBe(english.allowed);
    expect(alsoEnglish).toEqual(english);
  });

  it("keeps error messages in English for a Dutch caller", async () => {
    const response = await post("{ not json", "nl-NL,nl;q=0.9");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("The body is not valid JSON.");
  });
});

describe("GET /api/v1/rules in the caller's language", () => {
  it("gives the rule titles in Dutch for Accept-Language: nl", async () => {
    const dutch = await getRules(new Request("http://localhost/api/v1/rules", { headers: { "accept-language": "nl" } })).json();
    const english = await getRules(new Request("http://localhost/api/v1/rules")).json();
    expect(dutch.rules[0].title).toBe("Partners hebben de MPA nodig om zaken te doen");
    expect(english.rules[0].title).toBe("Partners need the MPA to transact");
    expect(dutch.versions[1].title).toBe("Providers kunnen een relatie met een wederverkoper zelf beëindigen");
  });
});
