import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<"pending" | "accepted" | "declined" | "withdrawn", BadgeTone> = {
  pending: "amber",
  accepted: "green",
  declined: "red",
  withdrawn: "slate",
};

/** The state of an own-use order request, as a small label. */
export function OrderStatus({ status }: { status: keyof typeof TONE }) {
  const t = useTranslations("rules.orderStatus");
  return (
    <Badge tone={TONE[status]} className="ml-1">
      {t(status)}
    </Badge>
  );
}
