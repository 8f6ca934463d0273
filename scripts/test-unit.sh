#!/usr/bin/env bash
# Unit and integration tests: always on in-memory PGlite; again on PostgreSQL when DATABASE_URL names a server.
# Vitest runs two test files at a time even on two cores (vitest.config.ts); each stage prints how long it took.
# With E2E_BUILD_IN_BACKGROUND=1 (scripts/test.sh) the end-to-end build (scripts/e2e-build.sh) runs beside the
# PostgreSQL run, whose files spend much of their time waiting on the database server, and this waits for both.
set -euo pipefail
started=$SECONDS
echo "== Vitest on PGlite"
env -u DATABASE_URL -u TEST_DATABASE_URL npx vitest run
echo "== Vitest on PGlite took $((SECONDS - started))s"

build=""
if [ "${E2E_BUILD_IN_BACKGROUND:-}" = "1" ]; then
  echo "== end-to-end build (in the background; its output follows once done)"
  bash scripts/e2e-build.sh > /tmp/csp-e2e-build.$$.log 2>&1 & build=$!
fi
build_status=0
if [ -n "${DATABASE_URL:-}" ]; then
  # The authorization matrix and the hostile-input sweep ask who may do what through the same data layer the other
  # tests cover on both engines; they run once (above), which keeps the suite within its time budget.
  echo "== Vitest on PostgreSQL (a fresh database per test file)"
  postgres_started=$SECONDS
  postgres_status=0
  TEST_DATABASE_URL="$DATABASE_URL" npx vitest run --exclude "test/authorization/**" || postgres_status=$?
  echo "== Vitest on PostgreSQL took $((SECONDS - postgres_started))s"
fi
if [ -n "$build" ]; then
  wait $build || build_status=$?
  cat /tmp/csp-e2e-build.$$.log
  rm -f /tmp/csp-e2e-build.$$.log
  echo "== end-to-end build done after $((SECONDS - started))s of this stage (status $build_status)"
fi
if [ "${postgres_status:-0}" -ne 0 ]; then exit "$postgres_status"; fi
exit $build_status
