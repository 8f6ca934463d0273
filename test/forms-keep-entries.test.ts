// Dead end 3: every form keeps what was typed after a refusal. The browser behaviour is checked end to end in
// e2e/dead-ends.spec.ts; this test makes sure no form is left out, including the next one someone adds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Forms with nothing typed in them (a button and hidden ids), or that keep entries themselves, each with why. */
const EXEMPT: Record<string, string> = {
  "components/action-button.tsx": "one button, hidden fields only",
  "app/(app)/resellers/invitations/resend-button.tsx": "one button, hidden fields only",
  "app/(app)/compliance/run-scan-button.tsx": "one button, nothing typed",
  "app/(app)/customers/requests/consent-request-form.tsx": "puts the submitted values back itself (keepValues)",
  "components/ui/confirm-action.tsx": "the dialog keeps its note in React state and stays open after a refusal",
  "app/(app)/invitations/[token]/answer-form.tsx": "accept and decline buttons, hidden fields only",
  "app/(app)/own-use/request-form.tsx": "controlled fields: React state keeps them",
  "app/(app)/resellers/invitations/invite-form.tsx": "shows the submitted entries again from its own state",
  "app/(app)/settings/webhooks/_components/rotate-secret.tsx": "a confirm dialog with the endpoint's id only, nothing typed",
  "components/language-switch.tsx": "one button per language, nothing typed",
};

const formFiles = ["app", "components"]
  .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => join(folder, file)))
  .filter((file) => file.endsWith(".tsx"))
  .filter((file) => readFileSync(file, "utf8").includes("useActionState("));

describe("forms keep what was typed after a refusal", () => {
  it("finds the forms", () => {
    expect(formFiles.length).toBeGreaterThan(25);
  });

  it.each(formFiles.filter((file) => !(file in EXEMPT)))("%s puts the entries back", (file) => {
    const source = readFileSync(file, "utf8");
    const forms = source.match(/<form\b/g)?.length ?? 0;
    const kept = source.match(/\{\.\.\.kept\w*\}/g)?.length ?? 0;
    expect(source).toContain("useKeptEntries(");
    expect(kept).toBe(forms);
  });

  it("exempts only files that exist and still have forms", () => {
    for (const file of Object.keys(EXEMPT)) expect(formFiles).toContain(file);
  });
});
