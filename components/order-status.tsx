import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<"pending" | "accepted" | "declined" | "withdrawn", BadgeTone> = {
  pending: "amber",
  accepted: "green",
  declined: "red",
  withdrawn: "slate",
};

/** The state of an own-use order request, as a small label. */
export function OrderStatus({ status }: { status: keyof typeof TONE }) {
  return (
    <Badge tone={TONE[status]} className="ml-1">
      {status}
    </Badge>
  );
}
