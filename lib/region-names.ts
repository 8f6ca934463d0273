import { REGIONS } from "@/lib/rules";

/** A region id as people read it ("europe" -> "Europe"); unknown ids are shown as they are. */
export function regionName(id: string): string {
  return REGIONS.find((region) => region.id === id)?.name ?? id;
}
