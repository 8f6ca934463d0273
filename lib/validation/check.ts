import { z } from "zod";

/** Which counterparty the scenario checker asks the server about. */
export const counterpartyRequestSchema = z.object({
  kind: z.enum(["customer", "partner"]),
  id: z.uuid("Pick a counterparty from the list."),
});

export type CounterpartyRequest = z.infer<typeof counterpartyRequestSchema>;
