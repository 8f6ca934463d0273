import { deliverDueEmails } from "@/lib/email/deliver";
import { smtpTransport } from "@/lib/email/transport";
import type { MailServer } from "./mail";

/** What the app's deliverer does after a commit, aimed at the test's in-process SMTP server. */
export const deliverTo = (mail: MailServer) => deliverDueEmails(smtpTransport(mail.url));
