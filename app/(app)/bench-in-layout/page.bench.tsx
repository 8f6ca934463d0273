// Bench-only (built only with BENCH_ROUTES=1, see next.config.js): an empty page inside the signed-in layout, so the
// bench measures what the layout itself costs over the framework's floor.
export default function EmptyPageInSignedInLayout() {
  return <p>Empty page</p>;
}
