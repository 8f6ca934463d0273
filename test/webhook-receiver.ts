import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { path: string; headers: IncomingHttpHeaders; body: string };
export type Answer = { status: number; body?: string; delayMs?: number; headers?: Record<string, string> };

/**
 * A real HTTP server on loopback that records every request and answers from a script: the next scripted answer,
 * or `fallback` once the script is used up. Tests verify what it received the way a receiver would.
 */
export async function startWebhookReceiver(fallback: Answer = { status: 200, body: "ok" }) {
  const received: ReceivedWebhook[] = [];
  const script: Answer[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "/", headers: request.headers, body });
      const answer = script.shift() ?? fallback;
      const reply = () => {
        if (response.destroyed) return;
        response.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
        response.end(answer.body ?? "");
      };
      if (answer.delayMs) setTimeout(reply, answer.delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = "/hooks") => `http://127.0.0.1:${port}${path}`,
    port,
    received,
    /** The next answers, in order. */
    answerWith: (...answers: Answer[]) => script.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The three Standard Webhooks headers as `Webhook.verify` takes them. */
export function signatureHeadersOf(received: ReceivedWebhook): Record<string, string> {
  return {
    "webhook-id": String(received.headers["webhook-id"]),
    "webhook-timestamp": String(received.headers["webhook-timestamp"]),
    "webhook-signature": String(received.headers["webhook-signature"]),
  };
}
