/** Where the e2e SMTP server listens and where it drops the messages it receives (one JSON file each). */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const MAIL_DIR = process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";
