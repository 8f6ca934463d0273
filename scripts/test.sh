#!/usr/bin/env bash
# `npm test`: everything CI runs, arranged for two cores.
# - Lint and the type check side by side: each keeps about one core busy.
# - Vitest on PGlite, then on PostgreSQL (scripts/test-unit.sh); while PostgreSQL's run waits on its server, the
#   end-to-end stage's production build runs beside it (E2E_PREBUILT tells playwright.config.ts not to build again).
# - Playwright against that build.
# A failure anywhere fails the whole; each stage prints how long it took.
set -euo pipefail
started=$SECONDS

echo "== lint and typecheck (side by side)"
npm run lint > /tmp/csp-lint.$$.log 2>&1 & lint=$!
npm run typecheck > /tmp/csp-typecheck.$$.log 2>&1 & typecheck=$!
lint_status=0; typecheck_status=0
wait $lint || lint_status=$?
wait $typecheck || typecheck_status=$?
cat /tmp/csp-lint.$$.log /tmp/csp-typecheck.$$.log
rm -f /tmp/csp-lint.$$.log /tmp/csp-typecheck.$$.log
if [ $lint_status -ne 0 ] || [ $typecheck_status -ne 0 ]; then echo "== lint ($lint_status) or typecheck ($typecheck_status) failed"; exit 1; fi
echo "== lint and typecheck took $((SECONDS - started))s"

# The end-to-end build, started once the PGlite run (which keeps both cores busy) is over: see scripts/test-unit.sh.
export E2E_AUTH_SECRET="${E2E_AUTH_SECRET:-$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64url"))')}"
E2E_BUILD_IN_BACKGROUND=1 bash scripts/test-unit.sh

echo "== Playwright"
e2e_started=$SECONDS
E2E_PREBUILT=1 npm run test:e2e
echo "== Playwright took $((SECONDS - e2e_started))s; npm test took $((SECONDS - started))s"
