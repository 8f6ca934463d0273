// Prints the request/verdict examples of docs/api.md from the shared scenario examples: `npx tsx scripts/api-examples.ts`.
import { evaluate } from "../lib/rules/index";
import { DATED_EXAMPLES } from "../test/rules/dated-examples";
import { SCENARIO_EXAMPLES, type ScenarioExample } from "../test/rules/scenario-examples";

// Objects on one line each below the top level keeps the examples readable.
function layout(value: object): string {
  const lines = Object.entries(value).map(([key, inner]) => `  ${JSON.stringify(key)}: ${JSON.stringify(inner)}`);
  return `{\n${lines.join(",\n")}\n}`;
}

function print({ title, proposal }: ScenarioExample) {
  const verdict = evaluate(proposal);
  const shown = {
    ...verdict,
    findings: verdict.findings
      .filter((finding) => finding.outcome !== "pass")
      .map(({ remedies, version, ...finding }) => ({ ...finding, version: version.id, ...(remedies ? { remedies: remedies.map((remedy) => remedy.id) } : {}) })),
    remedies: verdict.remedies.map((remedy) => remedy.id),
  };
  const passing = verdict.findings.length - shown.findings.length;
  console.log(`### ${title}\n\n\`\`\`http\nPOST /api/v1/evaluate\nContent-Type: application/json\n\n${layout(proposal)}\n\`\`\`\n`);
  console.log(`200 OK (shortened: ${passing} passing finding(s) left out; a finding's version and remedies shown by id):\n\n\`\`\`json\n${layout(shown)}\n\`\`\`\n`);
}

const section = process.argv[2] === "dated" ? DATED_EXAMPLES : SCENARIO_EXAMPLES;
for (const example of section) print(example);
