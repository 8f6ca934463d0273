import { eq, sql } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";
import { apiTokens, customers, organizations, users } from "@/lib/db/schema";
import { displayPrefixOf, hashApiTokenSecret, newApiTokenSecret } from "@/lib/auth/api-token-secret";
import { apiScopeNames, type ApiScope } from "@/lib/permissions";
import { regionIdOf } from "@/lib/db/regions";
import { demoOrganizations } from "@/lib/db/seed/demo-data";
import { BACKUP_SCHEMA, backUpTables, restoreStatements } from "./restore";
import type { Subject } from "@/lib/permissions";

/**
 * Who calls in the matrix. Organization A of each partner type is the target; "other-*" callers are admins of a
 * second organization of the same type, acting on A's records.
 */
export const callers = {
  anonymous: null,
  "provider-admin": "anna@contoso-distribution.example",
  "provider-member": "mark@contoso-distribution.example",
  "reseller-admin": "lea@litware.example",
  "reseller-member": "hugo@litware.example",
  "direct-bill-admin": "olivia@blueyonder-cloud.example",
  "direct-bill-member": "oscar@blueyonder-cloud.example",
  support: "sam@program-support.example",
  "other-provider-admin": "frank@fabrikam-cloud.example",
  "other-reseller-admin": "ben@adventure-works.example",
  "other-direct-bill-admin": "wei@woodgrove-direct.example",
  // Signed in, but still owing a step of the gate (lib/data/actor.ts); each in an organization of their own.
  "two-factor-pending-member": "tomas@matrix-two-factor.example",
  "unverified-admin": "ulla@matrix-unverified.example",
  // An organization that signed up with the email another organization was invited at (see matrix/reseller.ts): its
  // admin even proved the address, yet the invitations name litware's Partner ID, so they reach litware only.
  "invited-email-impostor": "partners@litware-group.example",
  // Customers' admins (issue 14): Fourth Coffee's (the demo one; the customer A of the consent entries) and another
  // customer's (City Power & Light, added below), who must reach nothing of Fourth Coffee's.
  "customer-admin": "claire@fourthcoffee.example",
  "other-customer-admin": "carl@cpandl.example",
  // Partner API tokens (issue 17): no session, a Bearer token on route requests (see tokenCallers).
  "token-resellers-read": null,
  "token-invitations-write": null,
  "token-mpa-verify": null,
  "token-audit-read": null,
  "token-notifications-read": null,
  "token-customers-read": null,
  "token-compliance-read": null,
  "token-other-provider": null,
  "token-other-reseller": null,
  "token-expired": null,
  "token-revoked": null,
} as const;

export type Caller = keyof typeof callers;
export const callerNames = Object.keys(callers) as Caller[];

/**
 * The token callers: whose organization made the token (an organization A, or the second organization of a type:
 * `outside`), its scopes, and whether it is still valid. Each scope has a token of the organization type it is for;
 * the other organizations' tokens hold every scope; the expired and revoked ones are Contoso's with every scope.
 */
export const tokenCallers = {
  "token-resellers-read": { organization: "contoso", scopes: ["resellers:read"], state: "active", outside: false },
  "token-invitations-write": { organization: "contoso", scopes: ["invitations:write"], state: "active", outside: false },
  "token-mpa-verify": { organization: "contoso", scopes: ["mpa:verify"], state: "active", outside: false },
  "token-audit-read": { organization: "contoso", scopes: ["audit:read"], state: "active", outside: false },
  "token-notifications-read": { organization: "contoso", scopes: ["notifications:read"], state: "active", outside: false },
  "token-customers-read": { organization: "litware", scopes: ["customers:read"], state: "active", outside: false },
  "token-compliance-read": { organization: "contoso", scopes: ["compliance:read"], state: "active", outside: false },
  "token-other-provider": { organization: "fabrikam", scopes: apiScopeNames, state: "active", outside: true },
  "token-other-reseller": { organization: "adventure", scopes: apiScopeNames, state: "active", outside: true },
  "token-expired": { organization: "contoso", scopes: apiScopeNames, state: "expired", outside: false },
  "token-revoked": { organization: "contoso", scopes: apiScopeNames, state: "revoked", outside: false },
} as const satisfies Partial<Record<Caller, { organization: string; scopes: readonly ApiScope[]; state: "active" | "expired" | "revoked"; outside: boolean }>>;

export type TokenCaller = keyof typeof tokenCallers;
export const isTokenCaller = (caller: Caller): caller is TokenCaller => caller in tokenCallers;

/** The admin of each token's organization, who made it. */
const tokenMakers: Record<string, string> = {
  contoso: callers["provider-admin"],
  litware: callers["reseller-admin"],
  fabrikam: callers["other-provider-admin"],
  adventure: callers["other-reseller-admin"],
};

/** Callers the gate stops before the action, and the refusal each gets (unless the action is open to that step). */
export const pendingCallers = {
  "two-factor-pending-member": "two-factor-first",
  "unverified-admin": "verify-email-first",
} as const satisfies Partial<Record<Caller, string>>;

/**
 * Callers who must get exactly another caller's answer wherever an entry does not name them: the impostor is just
 * another reseller's admin, however its email came to match an invitation.
 */
export const twinCallers = {
  "invited-email-impostor": "other-reseller-admin",
  // A token is no session: pages, actions and the routes outside the partner API answer it as they answer anyone.
  "token-resellers-read": "anonymous",
  "token-invitations-write": "anonymous",
  "token-mpa-verify": "anonymous",
  "token-audit-read": "anonymous",
  "token-notifications-read": "anonymous",
  "token-customers-read": "anonymous",
  "token-compliance-read": "anonymous",
  "token-other-provider": "anonymous",
  "token-other-reseller": "anonymous",
  "token-expired": "anonymous",
  "token-revoked": "anonymous",
} as const satisfies Partial<Record<Caller, Caller>>;

/** Each caller as the permission table sees them (lib/permissions.ts): partner type and role. */
export const callerSubjects: Record<Caller, Subject | null> = {
  anonymous: null,
  "provider-admin": { partnerType: "indirect-provider", role: "admin" },
  "provider-member": { partnerType: "indirect-provider", role: "member" },
  "reseller-admin": { partnerType: "indirect-reseller", role: "admin" },
  "reseller-member": { partnerType: "indirect-reseller", role: "member" },
  "direct-bill-admin": { partnerType: "direct-bill", role: "admin" },
  "direct-bill-member": { partnerType: "direct-bill", role: "member" },
  support: { partnerType: null, role: "support" },
  "other-provider-admin": { partnerType: "indirect-provider", role: "admin" },
  "other-reseller-admin": { partnerType: "indirect-reseller", role: "admin" },
  "other-direct-bill-admin": { partnerType: "direct-bill", role: "admin" },
  "two-factor-pending-member": { partnerType: "indirect-provider", role: "member" },
  "unverified-admin": { partnerType: "indirect-reseller", role: "admin" },
  "invited-email-impostor": { partnerType: "indirect-reseller", role: "admin" },
  "customer-admin": { partnerType: null, role: "customer-admin" },
  "other-customer-admin": { partnerType: null, role: "customer-admin" },
  // A token is an admin of its organization, within its scopes (an expired or revoked one is refused before that).
  "token-resellers-read": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: tokenCallers["token-resellers-read"].scopes } },
  "token-invitations-write": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: tokenCallers["token-invitations-write"].scopes } },
  "token-mpa-verify": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: tokenCallers["token-mpa-verify"].scopes } },
  "token-audit-read": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: tokenCallers["token-audit-read"].scopes } },
  "token-notifications-read": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: tokenCallers["token-notifications-read"].scopes } },
  "token-customers-read": { partnerType: "indirect-reseller", role: "admin", apiToken: { scopes: tokenCallers["token-customers-read"].scopes } },
  "token-compliance-read": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: tokenCallers["token-compliance-read"].scopes } },
  "token-other-provider": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: apiScopeNames } },
  "token-other-reseller": { partnerType: "indirect-reseller", role: "admin", apiToken: { scopes: apiScopeNames } },
  "token-expired": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: apiScopeNames } },
  "token-revoked": { partnerType: "indirect-provider", role: "admin", apiToken: { scopes: apiScopeNames } },
};

/**
 * Callers outside organization A who, when an input aims at A's record, must find nothing (the cross-organization
 * rule): the second organization of each type, program support, which belongs to none, and the admin of another
 * customer than customer A.
 */
export const outsideCallers: readonly Caller[] = ["other-provider-admin", "other-reseller-admin", "other-direct-bill-admin", "support", "other-customer-admin"];

/** Organization A of each type, and the second organization of that type. */
export const targetOrganizations = {
  provider: "contoso",
  reseller: "litware",
  directBill: "blueyonder",
  otherProvider: "fabrikam",
  otherReseller: "adventure",
  otherDirectBill: "woodgrove",
} as const;

export const MATRIX_PASSWORD = "matrix-password";

/**
 * The pending callers' organizations, onboarded, in Europe, with no relationships: a provider that requires two-factor
 * sign-in, which its member has not set up (so the reseller export would answer them), and a reseller whose admin has
 * not proven their email address.
 */
const PENDING_ORGANIZATIONS = [
  { key: "matrix-two-factor", partnerType: "indirect-provider", legalName: "Matrix Two-Factor Oy", partnerId: "4199998", country: "FI", requireTwoFactor: true, tenant: "00000000-0000-4000-8000-000000000998" },
  { key: "matrix-unverified", partnerType: "indirect-reseller", legalName: "Matrix Unverified SAS", partnerId: "5299997", country: "FR", requireTwoFactor: false, tenant: "00000000-0000-4000-8000-000000000997" },
  { key: "matrix-impostor", partnerType: "indirect-reseller", legalName: "Matrix Impostor SARL", partnerId: "5299996", country: "FR", requireTwoFactor: false, tenant: "00000000-0000-4000-8000-000000000996" },
] as const;

/**
 * A ready provider in Europe with no resellers, added to the demo world: its invitations are ones litware (A) can
 * accept, since litware already works with the only demo provider in its region.
 */
export const MATRIX_PROVIDER = { key: "matrix-provider", legalName: "Matrix Distribution GmbH", partnerId: "4199999", country: "DE" } as const;

export type CallerInfo = { name: Caller; email: string | null; userId: string | null; organizationId: string | null };

export type World = {
  database: OpenDatabase;
  /** Organization id by demo key (contoso, litware, ...). */
  organization: (key: string) => string;
  caller: (name: Caller) => CallerInfo;
  /** The seeded password hash (of MATRIX_PASSWORD), to put a user's password back. */
  passwordHash: string;
  /** What resetWorld runs to put the partner data back as it was after loadWorld. */
  restore: string[];
  /** The secret a token caller sends as `Authorization: Bearer …`; null for the other callers. */
  tokenSecret: (name: Caller) => string | null;
};

export async function loadWorld(database: OpenDatabase): Promise<World> {
  await database.db.insert(organizations).values({
    partnerType: "indirect-provider",
    legalName: MATRIX_PROVIDER.legalName,
    partnerId: MATRIX_PROVIDER.partnerId,
    country: MATRIX_PROVIDER.country,
    region: regionIdOf(MATRIX_PROVIDER.country),
    cspTenantId: "00000000-0000-4000-8000-000000000999",
    onboardingStatus: "approved",
    onboardedAt: new Date("2020-01-01"),
    onboardedBy: "Program support",
    mpaAcceptedOn: "2020-02-01",
    mpaSignerName: "Global administrator",
    mpaSignerEmail: "admin@matrix-distribution.example",
  });
  await addPendingCallers(database);
  const secrets = await addTokenCallers(database);
  await backUpTables(database);
  const orgRows = await database.db.select({ id: organizations.id, partnerId: organizations.partnerId }).from(organizations);
  const byPartnerId = new Map(orgRows.map((row) => [row.partnerId, row.id]));
  const organizationIds = new Map([...demoOrganizations, MATRIX_PROVIDER, ...PENDING_ORGANIZATIONS].map((o) => [o.key, byPartnerId.get(o.partnerId)!]));
  const userRows = await database.db
    .select({ id: users.id, email: users.email, organizationId: users.organizationId, passwordHash: users.passwordHash })
    .from(users);
  const byEmail = new Map(userRows.map((row) => [row.email, row]));
  const restore = await restoreStatements(database);
  await makeResetFunction(database, restore);
  return {
    database,
    organization: (key) => {
      const id = organizationIds.get(key);
      if (!id) throw new Error(`No demo organization ${key}`);
      return id;
    },
    caller: (name) => {
      const email = callers[name];
      const row = email ? byEmail.get(email) : undefined;
      if (email && !row) throw new Error(`Demo user ${email} is missing from the seed`);
      return { name, email, userId: row?.id ?? null, organizationId: row?.organizationId ?? null };
    },
    passwordHash: userRows[0]!.passwordHash,
    restore,
    tokenSecret: (name) => secrets.get(name) ?? null,
  };
}

/** One API token per token caller, made by its organization's admin; the expired and revoked ones already are. */
async function addTokenCallers(database: OpenDatabase): Promise<Map<Caller, string>> {
  const { db } = database;
  const secrets = new Map<Caller, string>();
  const partnerIds = new Map([...demoOrganizations].map((o) => [o.key, o.partnerId]));
  for (const [caller, token] of Object.entries(tokenCallers) as [TokenCaller, (typeof tokenCallers)[TokenCaller]][]) {
    const [organization] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, partnerIds.get(token.organization)!));
    const [maker] = await db.select({ id: users.id }).from(users).where(eq(users.email, tokenMakers[token.organization]!));
    const secret = newApiTokenSecret();
    const day = 86_400_000;
    await db.insert(apiTokens).values({
      organizationId: organization!.id,
      name: `Matrix ${caller}`,
      tokenHash: hashApiTokenSecret(secret),
      prefix: displayPrefixOf(secret),
      scopes: [...token.scopes],
      createdByUserId: maker!.id,
      createdAt: new Date(Date.now() - 10 * day),
      expiresAt: new Date(Date.now() + (token.state === "expired" ? -day : 30 * day)),
      revokedAt: token.state === "revoked" ? new Date(Date.now() - day) : null,
    });
    secrets.set(caller, secret);
  }
  return secrets;
}

/** The two pending callers and the impostor, each the only user of their own organization. */
async function addPendingCallers(database: OpenDatabase): Promise<void> {
  const { db } = database;
  const [{ passwordHash }] = (await db.select({ passwordHash: users.passwordHash }).from(users).limit(1)) as [{ passwordHash: string }];
  const organizationIds = [];
  for (const organization of PENDING_ORGANIZATIONS) {
    const [row] = await db
      .insert(organizations)
      .values({
        partnerType: organization.partnerType,
        legalName: organization.legalName,
        partnerId: organization.partnerId,
        country: organization.country,
        region: regionIdOf(organization.country),
        cspTenantId: organization.tenant,
        requireTwoFactor: organization.requireTwoFactor,
        onboardingStatus: "approved",
        onboardedAt: new Date("2022-01-01"),
        onboardedBy: "Program support",
      })
      .returning({ id: organizations.id });
    organizationIds.push(row!.id);
  }
  await db.insert(users).values([
    { email: callers["two-factor-pending-member"], name: "Tomas Pending", passwordHash, role: "member", organizationId: organizationIds[0]!, emailVerifiedAt: new Date() },
    { email: callers["unverified-admin"], name: "Ulla Unverified", passwordHash, role: "admin", organizationId: organizationIds[1]!, emailVerifiedAt: null },
    { email: callers["invited-email-impostor"], name: "Ivo Impostor", passwordHash, role: "admin", organizationId: organizationIds[2]!, emailVerifiedAt: new Date() },
  ]);
  const [cityPower] = await db.select({ id: customers.id }).from(customers).where(eq(customers.name, "City Power & Light"));
  await db.insert(users).values({ email: callers["other-customer-admin"], name: "Carl Customer", passwordHash, role: "customer-admin", customerId: cityPower!.id, emailVerifiedAt: new Date() });
}

/**
 * What resetWorld runs, as one PL/pgSQL function made once in the backup's schema: one round trip per cell, with the
 * statements' plans prepared once (a few thousand cells run it).
 */
async function makeResetFunction(database: OpenDatabase, restore: string[]): Promise<void> {
  const statements = [
    "update public.organizations set require_two_factor = false where require_two_factor = true",
    "update public.users set password_hash = p_password_hash, totp_secret = null, totp_enabled_at = null, totp_last_used_step = null",
    "delete from public.recovery_codes",
    "delete from public.sign_in_throttles",
    // Each token's request count: the matrix calls faster than a minute's limit allows.
    "delete from public.api_rate_limits",
    ...restore,
    // The pending callers owe their step again (the restore above already put the organization's requirement back).
    "update public.organizations set require_two_factor = true where id = p_two_factor_organization",
    "update public.users set email_verified_at = null where email = p_unverified_email",
  ];
  await database.db.execute(
    sql.raw(`create or replace function ${BACKUP_SCHEMA}.reset_world(p_password_hash text, p_two_factor_organization uuid, p_unverified_email text) returns void language plpgsql as $reset$
begin
  ${statements.join(";\n  ")};
end
$reset$`),
  );
}

/** Undoes what earlier cells may have changed that would change later answers (run before each cell, not measured). */
export async function resetWorld(world: World): Promise<void> {
  await world.database.db.execute(
    sql`select ${sql.raw(BACKUP_SCHEMA)}.reset_world(${world.passwordHash}, ${world.organization("matrix-two-factor")}::uuid, ${callers["unverified-admin"]})`,
  );
}
