#!/usr/bin/env bash
# The end-to-end stage's production build, with the environment its server runs with (playwright.config.ts): run by
# Playwright's web server, or ahead of it by `npm test` (scripts/test.sh), which then sets E2E_PREBUILT=1.
# E2E_AUTH_SECRET is the server's secret; the build has it too, so e2e/security-headers.spec.ts can prove that it does
# not end up in the browser's bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${E2E_AUTH_SECRET:?E2E_AUTH_SECRET must be set (playwright.config.ts or scripts/test.sh sets it)}"
# `npm test` has run `npm run typecheck` already (next.config.js).
exec env DATABASE_URL="${E2E_DATABASE_URL:-}" PGLITE_DIR=.data/e2e AUTH_SECRET="$E2E_AUTH_SECRET" AUTH_TRUST_HOST=true \
  NEXT_TELEMETRY_DISABLED=1 SKIP_BUILD_TYPECHECK=1 npm run build
