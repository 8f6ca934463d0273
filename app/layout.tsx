import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CSP Partner Hub", template: "%s · CSP Partner Hub" },
  description: "Partner relationships, readiness and rules of Microsoft's Cloud Solution Provider program.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the Content-Security-Policy nonce (proxy.ts) is new each time, and Next can only
  // put it on the scripts of a page rendered for that request.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
