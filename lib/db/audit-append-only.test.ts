import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/test/database";
import { auditEvents } from "@/lib/db/schema";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(auditEvents).values({ action: "test.event", entityType: "test", entityId: "1" });
});
afterAll(() => database.drop());

describe("audit events", () => {
  it("cannot be updated", async () => {
    await expect(database.db.update(auditEvents).set({ action: "tampered" }).where(eq(auditEvents.entityId, "1"))).rejects.toThrow();
    const [row] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, "1"));
    expect(row?.action).toBe("test.event");
  });

  it("cannot be deleted or truncated", async () => {
    await expect(database.db.delete(auditEvents).where(eq(auditEvents.entityId, "1"))).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const rows = await database.db.select().from(auditEvents);
    expect(rows).toHaveLength(1);
  });
});
