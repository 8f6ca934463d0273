// `tsx --import ./scripts/allow-server-only.mjs script.ts`: lets a command-line script run the server-only data layer
// (the job handlers, say). `server-only` throws when imported outside React's server build, its guard against
// shipping server code to a browser; a script is neither, so here it resolves to an empty module (as in Vitest).
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
