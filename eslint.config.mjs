import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

/*
 * The layers (README, "Layers"), held by lint: each block lists the imports a folder must never make. Type-only
 * imports count too: a type is still an arrow. Tests are outside the layers (they drive the app from the top).
 * An import is matched on its text, so both the "@/" alias and relative paths are listed.
 */
const app = { regex: "^(@/app/|(\\.\\./)+app/)", message: "Only routes import routes: move what you need into lib/." };
const actions = { regex: "^(@/lib/actions(/|$)|(\\.\\./)+(lib/)?actions/)", message: "The action layer sits above this one; refusals and results live in lib/errors.ts and lib/result.ts." };
const database = { regex: "^(@/lib/db(/|$)|(\\.\\./)+(lib/)?db/)", message: "Pages and components reach the database only through lib/data/ (types: lib/rules or a prop type of your own)." };
const data = { regex: "^(@/lib/data(/|$)|(\\.\\./)+(lib/)?data/)", message: "Components take what they show as props; the page (or action) asks lib/data/." };
const framework = { regex: "^(@/(?!lib/rules/)|next(/|$)|react(/|$)|react-dom(/|$)|drizzle-orm(/|$)|server-only$|node:)", message: "lib/rules/ is pure: no I/O, no framework, nothing of the app." };

const tests = ["**/*.test.ts", "**/*.test.tsx"];

/*
 * Every word a person reads comes from the catalogues (messages/<locale>/*.json): a literal in JSX, or in an attribute
 * people read or hear (aria-label, title, placeholder, alt…), fails lint. Attributes for machines are exempt, and so
 * are words that are the same in every language (the product's name, all-capitals abbreviations such as MPA).
 */
const literalStrings = {
  files: ["app/**/*.tsx", "components/**/*.tsx"],
  ignores: [...tests, "**/*.bench.tsx"],
  plugins: { i18next },
  rules: {
    "i18next/no-literal-string": [
      "error",
      {
        mode: "jsx-only",
        "jsx-attributes": {
          exclude: ["className", "style", "type", "key", "id", "href", "name", "value", "defaultValue", "htmlFor", "rel", "target", "method", "role", "lang", "autoComplete", "inputMode", "pattern", "accept", "encType", "form", "scope", "data-.*", "aria-controls", "aria-describedby", "aria-labelledby", "aria-live", "aria-current", "aria-hidden", "aria-haspopup", "aria-invalid", "aria-pressed", "aria-expanded", "aria-busy", "aria-atomic", "aria-sort", "aria-valuemin", "aria-valuemax", "aria-valuenow", "align", "dateTime", "spellCheck", "translate", "variant", "size", "tone", "width", "height", "viewBox", "d", "fill", "stroke", "strokeWidth", "xmlns", "sizes", "src", "download", "action", "formAction", "tabIndex", "min", "max", "step", "maxLength", "minLength", "rows", "cols", "wrap", "side", "align", "testId", "kind", "status", "field", "previewPath"],
        },
        words: { exclude: ["[0-9!-/:-@[-`{-~\\s·×→←–—…]+", "[A-Z0-9_-]+", "CSP Partner Hub", "English", "Nederlands"] },
      },
    ],
  },
};
const layer = (files, patterns) => ({ files, ignores: tests, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  literalStrings,
  // One block per folder (a later block would replace an earlier one's list for the same file).
  layer(["lib/rules/**"], [framework]),
  layer(["app/**"], [database]),
  layer(["components/**"], [database, data]),
  layer(["lib/data/**", "lib/db/**", "lib/email/**", "lib/auth/**"], [app, actions]),
  layer(["lib/actions/**"], [app]),
  // The partner API's schemas and OpenAPI document (and the body reader): below the data layer, so the public
  // OpenAPI route reaches no database.
  layer(["lib/api/**", "lib/http/**"], [app, actions, database, data]),
  // Shared by server and browser: below the data layer.
  layer(
    ["lib/errors.ts", "lib/result.ts", "lib/permissions.ts", "lib/navigation.ts", "lib/labels.ts", "lib/checker/**", "lib/validation/**", "lib/readiness/**"],
    [app, actions, database, data],
  ),
  globalIgnores([".next/**", ".next-bench/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
