import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CSP Partner Hub", template: "%s · CSP Partner Hub" },
  description: "Partner relationships, readiness and rules of Microsoft's Cloud Solution Provider program.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
