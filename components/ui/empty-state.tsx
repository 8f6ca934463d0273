/**
 * What a list says when it has nothing to show: why, and the next step (a link or a sentence) when there is one.
 * Inside a card by default; `flush` for a card without padding (a table's card), `card` to frame it on its own.
 */
export function EmptyState({ children, action, variant = "in-card" }: { children: React.ReactNode; action?: React.ReactNode; variant?: "in-card" | "flush" | "card" }) {
  const className = { "in-card": "mt-2 text-sm text-slate-600", flush: "px-6 pt-2 pb-6 text-sm text-slate-600", card: "card text-sm text-slate-600" }[variant];
  return (
    <p className={className}>
      {children}
      {action && <> {action}</>}
    </p>
  );
}
