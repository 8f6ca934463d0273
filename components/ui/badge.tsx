const TONE = {
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  slate: "bg-slate-100 text-slate-700",
  blue: "bg-brand-50 text-brand-700",
} as const;

export type BadgeTone = keyof typeof TONE;

/** A small label beside a name: a state ("pending"), a marker ("This browser"). */
export function Badge({ tone = "slate", className = "", children }: { tone?: BadgeTone; className?: string; children: React.ReactNode }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[tone]} ${className}`}>{children}</span>;
}
