import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Envelope = { id: string; to: string; subject: string; text: string };

/** Hands one message to the mail system; throws when it was not accepted. */
export type MailTransport = (message: Envelope) => Promise<void>;

/** SMTP through nodemailer. The outbox row's id is the Message-ID, so a receiver can tell a repeat from a new one. */
export function smtpTransport(url: string, from = env().MAIL_FROM): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return async (message) => {
    await transporter.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@csp-partner-hub>`,
    });
  };
}

/** Without SMTP_URL (a fresh clone), messages go to the terminal, links and all, so every flow can be followed. */
export const consoleTransport: MailTransport = async (message) => {
  const rule = "-".repeat(72);
  console.log(`\n${rule}\nEmail to ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n${rule}\n`);
};

/** The transport the environment asks for. */
export function configuredTransport(): MailTransport {
  const url = env().SMTP_URL;
  return url ? smtpTransport(url) : consoleTransport;
}
