// Every refusal and form message the code writes has an entry in messages/en/errors.json or validation.json (so a
// Dutch reader gets Dutch), found by reading the code: a new message without one fails here.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/i18n/format";
import { findMessage, localizeMessage, localizeResult } from "@/lib/i18n/localize-message";

const list = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => join(folder, file))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));

/** Files whose every sentence-like string is a message for a person. */
const WHOLE_FILES = ["lib/errors.ts", "lib/db/errors.ts", "lib/rules/partner-id.ts", "lib/webhooks/target-policy.ts", "lib/import/parse-csv.ts", ...list("lib/validation")];
/** Files where only refusals count: `refuse(…)`, `new Refusal(…)`, `error: …`, `reason: …` and UPPER_CASE constants. */
const REFUSING_FILES = [...list("lib/data"), ...list("lib/actions").filter((file) => !file.endsWith("define-api-route.ts")), ...list("app/(auth)").filter((file) => file.endsWith("actions.ts")), "app/language/actions.ts", "app/(app)/settings/sessions/actions.ts"];

const SENTENCE = /^[A-Z].* .*[.?!…)]$/;
/** Sentence-like strings that are not for people: programmer errors and logs are skipped by their call instead. */
const NOT_MESSAGES = new Set(["The file is larger than {} MB. Split it into smaller files of at most {} rows."]);

type Found = { file: string; line: number; samples: string[] };

/** A template's possible texts: a `cond ? "a" : "b"` part gives both, any other part stands for some value. */
function samplesOf(node: ts.TemplateExpression): string[] {
  let texts = [node.head.text];
  for (const span of node.templateSpans) {
    const expression = span.expression;
    const options =
      ts.isConditionalExpression(expression) && ts.isStringLiteralLike(expression.whenTrue) && ts.isStringLiteralLike(expression.whenFalse)
        ? [expression.whenTrue.text, expression.whenFalse.text]
        : ts.isTemplateExpression(expression) || ts.isConditionalExpression(expression)
          ? ["", " (line 7)"]
          : ["Sample Value 12"];
    texts = texts.flatMap((text) => options.map((option) => `${text}${option}${span.literal.text}`));
  }
  return texts;
}

function messagesIn(file: string, whole: boolean): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const within = (node: ts.Node, test: (parent: ts.Node) => boolean) => {
    for (let parent = node.parent; parent && !ts.isSourceFile(parent); parent = parent.parent) if (test(parent)) return true;
    return false;
  };
  const skipped = (node: ts.Node) =>
    within(node, (p) => (ts.isNewExpression(p) && /^(Error|TypeError)$/.test(p.expression.getText())) || (ts.isCallExpression(p) && /^console\./.test(p.expression.getText())) || ts.isImportDeclaration(p) || (ts.isCallExpression(p) && /\.(meta|describe)$/.test(p.expression.getText())));
  const refusing = (node: ts.Node) =>
    within(
      node,
      (p) =>
        (ts.isCallExpression(p) && /^(refuse|refusalMessage|refuseWrongSecret)$/.test(p.expression.getText())) ||
        (ts.isNewExpression(p) && p.expression.getText() === "Refusal") ||
        (ts.isPropertyAssignment(p) && /^(error|reason|message)$/.test(p.name.getText())) ||
        (ts.isVariableDeclaration(p) && /^([A-Z_]+|message)$/.test(p.name.getText())) ||
        (ts.isReturnStatement(p) && /tooManyAttempts/.test(p.parent.parent.getText().slice(0, 60))),
    );
  const visit = (node: ts.Node) => {
    let samples: string[] | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) samples = [node.text];
    else if (ts.isTemplateExpression(node) && !ts.isTemplateSpan(node.parent)) samples = samplesOf(node);
    if (samples && SENTENCE.test(samples[0]!) && !skipped(node) && (whole || refusing(node))) {
      const shape = ts.isTemplateExpression(node) ? node.getText().slice(1, -1).replace(/\$\{[^}]*\}/g, "{}") : samples[0]!;
      if (!NOT_MESSAGES.has(shape)) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, samples });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const messages = [...WHOLE_FILES.flatMap((file) => messagesIn(file, true)), ...REFUSING_FILES.flatMap((file) => messagesIn(file, false))];

/** The messages the field helpers build from a label (`trimmed("the offer", 200)` → "Enter the offer."). */
function labelledMessages(): Found[] {
  const found: Found[] = [];
  const capital = (label: string) => `${label[0]!.toUpperCase()}${label.slice(1)}`;
  for (const file of list("lib/validation")) {
    const source = readFileSync(file, "utf8");
    for (const [, , label, max] of source.matchAll(/\b(trimmed|trimmedLines)\("([^"]+)", ([\d_]+)\)/g))
      found.push({ file, line: 0, samples: [`Enter ${label}.`, `${capital(label!)} has at most ${max!.replace(/_/g, "")} characters.`] });
    for (const [, label, max] of source.matchAll(/\boptionalText\("([^"]+)", (\d+)\)/g)) found.push({ file, line: 0, samples: [`${label} has at most ${max} characters.`, `${label} cannot contain control characters.`] });
    for (const [, label] of source.matchAll(/\bday\("([^"]+)"\)/g)) found.push({ file, line: 0, samples: [`${label}: enter a date like 2026-01-31.`, `${label} is not a calendar date.`] });
  }
  return found;
}

describe("the catalogue of refusals and form messages", () => {
  it("finds the messages in the code", () => {
    expect(messages.length).toBeGreaterThan(200);
  });

  it.each(messages.map((message) => [`${message.file}:${message.line}`, message] as const))("%s has an entry", (_where, message) => {
    for (const sample of message.samples) expect(findMessage(sample), sample).not.toBeNull();
  });

  it("has its own wording for every label a field helper puts into a message (not the English label in Dutch)", () => {
    const labelled = labelledMessages();
    expect(labelled.length).toBeGreaterThan(10);
    for (const sample of labelled.flatMap((message) => message.samples)) {
      const found = findMessage(sample);
      expect(found, sample).not.toBeNull();
      expect(found!.values, sample).toEqual({});
    }
  });
});

describe("a message in the reader's language", () => {
  it("keeps English as the code wrote it", () => {
    expect(localizeMessage("You are not allowed to do this.", "en")).toBe("You are not allowed to do this.");
  });

  it("translates a fixed message and one with values into Dutch", () => {
    expect(localizeMessage("You are not allowed to do this.", "nl")).toBe("Je mag dit niet doen.");
    expect(localizeMessage("Léa Martin is already an admin.", "nl")).toBe("Léa Martin is al beheerder.");
    expect(localizeMessage("Your organization has 10 endpoints, the most it can have. Delete one first.", "nl")).toBe("Je organisatie heeft 10 endpoints, het maximum. Verwijder er eerst een.");
    expect(localizeMessage("At most 2,000 characters.", "nl")).toBe("Hoogstens 2.000 tekens.");
  });

  it("translates a refusal's lead and keeps what no entry matches", () => {
    expect(localizeMessage("Not allowed. SOME-RULE: an explanation.", "nl")).toBe("Niet toegestaan. SOME-RULE: an explanation.");
    expect(localizeMessage("Something nobody wrote down", "nl")).toBe("Something nobody wrote down");
  });

  it("translates a refused result's message and field messages, and leaves a success alone", () => {
    const refused = { ok: false as const, error: "Some fields need attention.", fieldErrors: { email: ["Enter a valid email address."] }, values: { email: "x" } };
    expect(localizeResult(refused, "nl")).toEqual({
      ok: false,
      error: "Sommige velden moeten nog worden aangepast.",
      fieldErrors: { email: ["Voer een geldig e-mailadres in."] },
      values: { email: "x" },
    });
    const done = { ok: true as const, data: { email: "x" } };
    expect(localizeResult(done, "nl")).toBe(done);
  });
});

describe("values that are words", () => {
  it("has the relationship's state in Dutch too", () => {
    expect(localizeMessage("You already have a relationship with Contoso Ltd (active).", "nl")).toBe("Je hebt al een relatie met Contoso Ltd (actief).");
    expect(localizeMessage("Léa Martin is already a member.", "nl")).toBe("Léa Martin is al lid.");
    expect(localizeMessage("This request was already declined.", "nl")).toBe("Dit verzoek is al afgewezen.");
  });

  it("writes a date the English text formatted the Dutch way", () => {
    const english = `Litware already signed the MPA on ${formatDate("2026-09-05", "en")}.`;
    expect(english).toBe("Litware already signed the MPA on 5 Sept 2026.");
    expect(localizeMessage(english, "nl")).toBe(`Litware heeft de MPA al ondertekend op ${formatDate("2026-09-05", "nl")}.`);
    expect(localizeMessage("You reminded Litware on 12 Jan 2026. You can send the next reminder 7 days after that.", "nl")).toBe(
      `Je hebt Litware op ${formatDate("2026-01-12", "nl")} een herinnering gestuurd. De volgende herinnering kun je 7 dagen daarna sturen.`,
    );
  });
});
