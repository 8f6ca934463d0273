import { createHash } from "node:crypto";

/** A stable GUID per name, so tenant ids are the same on every seeded database (and in the Partner Center simulator). */
export function guidOf(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
