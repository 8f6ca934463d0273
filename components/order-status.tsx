const STYLE = {
  pending: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-900",
  declined: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-100 text-slate-700",
} as const;

/** The state of an own-use order request, as a small label. */
export function OrderStatus({ status }: { status: keyof typeof STYLE }) {
  return <span className={`ml-1 inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>{status}</span>;
}
