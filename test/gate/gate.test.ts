// The one gate (lib/data/actor.ts): a user who still owes a step (proving the email address, or setting up two-factor
// sign-in that the organization requires) is signed out for every route, export and page that asks getActor, and
// refused with that step's message by every action not flagged for it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { createTestDatabase } from "@/test/database";
import { signInAs, signOutOfTests } from "@/test/session";
import { seedDemoData } from "@/lib/db/seed/seed-demo";
import { customers, organizations, users } from "@/lib/db/schema";
import { getActor, getActorAllowing } from "@/lib/data/actor";
import { requireActor } from "@/lib/data/require-actor";
import { TWO_FACTOR_FIRST, VERIFY_EMAIL_FIRST } from "@/lib/errors";
import { loadCheckCounterparty } from "@/app/check/actions";
import CheckPage from "@/app/check/page";
import { changeDisplayName } from "@/app/(app)/settings/actions";
import { startTwoFactorEnrolment } from "@/app/(app)/settings/two-factor/actions";
import { GET as exportResellers } from "@/app/(app)/resellers/export/route";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

const PROVIDER_MEMBER = "mark@contoso-distribution.example";
const RESELLER_MEMBER = "hugo@litware.example";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database, "gate-password");
});
afterAll(() => database.drop());
beforeEach(async () => {
  signOutOfTests();
  await database.db.update(organizations).set({ requireTwoFactor: false });
  await database.db.update(users).set({ emailVerifiedAt: new Date() });
});

async function requireTwoFactorIn(partnerId: string) {
  await database.db.update(organizations).set({ requireTwoFactor: true }).where(eq(organizations.partnerId, partnerId));
}
async function unverify(email: string) {
  await database.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.email, email));
}
async function fourthCoffee() {
  const [row] = await database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, "Fourth Coffee Roasters"));
  return row!.id;
}

/** Where a page would send the user (Next's redirect is thrown), or null when it renders. */
async function redirectOf(render: () => Promise<unknown>): Promise<string | null> {
  try {
    await render();
    return null;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? "";
  }
}

/** The props of the first element in a rendered server tree that has this prop. */
function findProp(node: ReactNode, prop: string): unknown {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findProp(child, prop);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isValidElement(node)) return undefined;
  const props = (node as ReactElement<Record<string, unknown>>).props;
  if (prop in props) return props[prop];
  return findProp(props.children as ReactNode, prop);
}

describe("F2: a member whose organization requires two-factor sign-in and who has not set it up", () => {
  it("F2: gets the reseller CSV export answered like a signed-out caller (401), not the list", async () => {
    await requireTwoFactorIn("4100001");
    await signInAs(database, PROVIDER_MEMBER);
    const response = await exportResellers(new Request("http://localhost/resellers/export"));
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Litware");
  });

  it("F2: gets no counterparty data from the scenario checker: no picker list on /check, and the action refuses", async () => {
    await requireTwoFactorIn("5200004");
    await signInAs(database, RESELLER_MEMBER);
    const page = await CheckPage({ searchParams: Promise.resolve({}) });
    expect(findProp(page, "counterparties")).toEqual([]);
    expect(await loadCheckCounterparty({ kind: "customer", id: await fourthCoffee() })).toEqual({ ok: false, error: TWO_FACTOR_FIRST });
  });

  it("F2: is null for getActor, yet reaches the two-factor set-up (page and action)", async () => {
    await requireTwoFactorIn("5200004");
    await signInAs(database, RESELLER_MEMBER);
    expect(await getActor()).toBeNull();
    expect(await getActorAllowing({ beforeTwoFactor: true })).toMatchObject({ email: RESELLER_MEMBER, mustEnrolTwoFactor: true });
    expect(await redirectOf(() => requireActor())).toBe("/settings/two-factor");
    expect(await redirectOf(() => requireActor(undefined, { beforeTwoFactor: true }))).toBeNull();
    expect(await startTwoFactorEnrolment({})).toMatchObject({ ok: true });
  });

  it("sees the checker's counterparties again once the organization no longer requires it (the test can tell)", async () => {
    await signInAs(database, RESELLER_MEMBER);
    const page = await CheckPage({ searchParams: Promise.resolve({}) });
    expect((findProp(page, "counterparties") as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("a user who has not proven their email address", () => {
  it("is null for getActor and gets VERIFY_EMAIL_FIRST from an action", async () => {
    await unverify(RESELLER_MEMBER);
    await signInAs(database, RESELLER_MEMBER);
    expect(await getActor()).toBeNull();
    expect(await changeDisplayName({ name: "Renamed Before Verifying" })).toEqual({ ok: false, error: VERIFY_EMAIL_FIRST });
    const [row] = await database.db.select({ name: users.name }).from(users).where(eq(users.email, RESELLER_MEMBER));
    expect(row!.name).not.toBe("Renamed Before Verifying");
  });

  it("is sent to /verify-email by every page but the ones that help with it", async () => {
    await unverify(RESELLER_MEMBER);
    await signInAs(database, RESELLER_MEMBER);
    expect(await redirectOf(() => requireActor())).toBe("/verify-email");
    expect(await redirectOf(() => requireActor(undefined, { beforeTwoFactor: true }))).toBe("/verify-email");
    expect(await redirectOf(() => requireActor(undefined, { beforeEmailVerified: true }))).toBeNull();
  });

  it("proves the address before setting up two-factor: the email step comes first, so the two cannot send each other round", async () => {
    await unverify(RESELLER_MEMBER);
    await requireTwoFactorIn("5200004");
    await signInAs(database, RESELLER_MEMBER);
    expect(await startTwoFactorEnrolment({})).toEqual({ ok: false, error: VERIFY_EMAIL_FIRST });
    expect(await getActorAllowing({ beforeEmailVerified: true })).toMatchObject({ emailVerified: false, mustEnrolTwoFactor: true });
    expect(await redirectOf(() => requireActor(undefined, { beforeEmailVerified: true }))).toBeNull();
  });

  it("gets the export answered like a signed-out caller", async () => {
    await unverify(PROVIDER_MEMBER);
    await signInAs(database, PROVIDER_MEMBER);
    expect((await exportResellers(new Request("http://localhost/resellers/export"))).status).toBe(401);
  });
});
