import base from "./playwright.config";
const port = Number(process.env.E2E_PORT ?? 3100);
const webServer = base.webServer as { command: string };
export default {
  ...base,
  reporter: [["list"], ["json", { outputFile: process.env.PW_JSON ?? "/tmp/speed/pw.json" }]],
  use: { ...base.use, trace: process.env.PW_TRACE ?? "retain-on-failure" },
  webServer: { ...base.webServer, command: "rm -rf .data/e2e && npm run db:seed && npm run start -- -p " + port, timeout: 600_000 },
};
void webServer;
