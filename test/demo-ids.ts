import { eq } from "drizzle-orm";
import type { OpenDatabase } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema";
import { demoOrganizations } from "@/lib/db/seed/demo-data";

/** The database id of a demo organization by its key in demo-data.ts ("contoso", "litware", …). */
export async function orgId({ db }: OpenDatabase, key: string): Promise<string> {
  const partnerId = demoOrganizations.find((organization) => organization.key === key)?.partnerId;
  if (!partnerId) throw new Error(`No demo organization ${key}`);
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.partnerId, partnerId));
  return row!.id;
}
