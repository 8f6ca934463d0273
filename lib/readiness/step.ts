import type { BlockedAction, ReadinessItem } from "./blocks";

/** One readiness item as the status page shows it: done or not, when and by whom, and what it blocks while missing. */
export type ReadinessStep = {
  item: ReadinessItem;
  label: string;
  done: boolean;
  doneOn: Date | string | null;
  doneBy: string | null;
  /** What this item blocks while it is missing (empty once done). */
  blocks: BlockedAction[];
};
