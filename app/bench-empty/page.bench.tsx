// Bench-only (built only with BENCH_ROUTES=1, see next.config.js): the framework's floor for a dynamic page. Renders
// per request like every page (the root layout awaits `connection()`), reads nothing.
export default function EmptyDynamicPage() {
  return <p>Empty page</p>;
}
