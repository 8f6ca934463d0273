import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; messageId: string | undefined };

/**
 * A real SMTP server on a free loopback port, in this process: the app's nodemailer transport talks to it over TCP,
 * and each message is parsed with mailparser, so tests read what a mailbox would.
 */
export async function startMailServer(onMail?: (mail: ReceivedMail) => void, port = 0) {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((address) => address.value.map((v) => v.address ?? ""));
          const mail = { to, from: parsed.from?.text ?? "", subject: parsed.subject ?? "", text: parsed.text ?? "", messageId: parsed.messageId };
          received.push(mail);
          onMail?.(mail);
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: listening } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${listening}`,
    port: listening,
    received,
    /** Messages to one address, oldest first. */
    to: (address: string) => received.filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase())),
    /** Waits (up to `timeoutMs`) for a message matching the predicate. */
    async waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 5_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(predicate);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No matching mail within ${timeoutMs} ms; received: ${received.map((m) => `${m.to.join(",")}: ${m.subject}`).join(" | ") || "none"}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailServer = Awaited<ReturnType<typeof startMailServer>>;

/** The first link in a message that starts with the given path (e.g. "/verify-email"). */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(path));
  if (!link) throw new Error(`No ${path} link in "${mail.subject}": ${mail.text}`);
  return link;
}
