// F9 on the list pages: a search with a NUL (which PostgreSQL refuses) or another control character is ignored, and
// the page renders its whole list instead of failing with a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToReadableStream } from "react-dom/server.edge";
import type { ReactElement } from "react";
import { createTestDatabase } from "@/test/database";
import { signInAs } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import ResellersPage from "@/app/(app)/resellers/page";
import CustomersPage from "@/app/(app)/customers/page";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "search-password");
});
afterAll(() => database.drop());

/** The page's whole HTML, its async sections included. */
async function render(page: unknown): Promise<string> {
  const stream = await renderToReadableStream(page as ReactElement);
  await stream.allReady;
  return new Response(stream).text();
}

const params = (values: Record<string, string>) => ({ searchParams: Promise.resolve(values) });

describe("F9: control characters in a list page's search", () => {
  it("F9: /resellers ignores q with a NUL and lists every reseller", async () => {
    await signInAs(database, "mark@contoso-distribution.example");
    const html = await render(await ResellersPage(params({ q: "lit\u0000ware" })));
    expect(html).toContain("Litware Solutions SARL");
    expect(html).toContain("Proseware Partners AB");
  });

  it("F9: /customers ignores q with a NUL or a bidi override", async () => {
    await signInAs(database, "lea@litware.example");
    for (const q of ["coffee\u0000", "\u202ecoffee"]) {
      const html = await render(await CustomersPage(params({ q })));
      expect(html).toContain("Fourth Coffee Roasters");
    }
  });
});
