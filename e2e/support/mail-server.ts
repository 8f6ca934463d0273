// Playwright's global set-up: a real SMTP server (smtp-server, parsed with mailparser) for the app under test. Each
// received message is written as JSON to MAIL_DIR, where the specs' workers (other processes) read it.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startMailServer } from "../../test/mail";
import { MAIL_DIR, SMTP_PORT } from "./mail-config";

export default async function globalSetup() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = await startMailServer((mail) => {
    count++;
    // Written aside and renamed, so a spec polling the folder never reads a half-written message.
    const name = join(MAIL_DIR, `${Date.now()}-${String(count).padStart(5, "0")}.json`);
    writeFileSync(`${name}.partial`, JSON.stringify(mail));
    renameSync(`${name}.partial`, name);
  }, SMTP_PORT);
  return async () => server.close();
}
