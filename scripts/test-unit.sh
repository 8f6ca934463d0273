#!/usr/bin/env bash
# Unit and integration tests: always on in-memory PGlite; again on PostgreSQL when DATABASE_URL names a server.
# Vitest runs two test files at a time even on two cores (vitest.config.ts); each stage prints how long it took.
set -euo pipefail
started=$SECONDS
echo "== Vitest on PGlite"
env -u DATABASE_URL -u TEST_DATABASE_URL npx vitest run
echo "== Vitest on PGlite took $((SECONDS - started))s"
if [ -n "${DATABASE_URL:-}" ]; then
  # The authorization matrix and the hostile-input sweep ask who may do what through the same data layer the other
  # tests cover on both engines; they run once (above), which keeps the suite within its time budget.
  echo "== Vitest on PostgreSQL (a fresh database per test file)"
  postgres_started=$SECONDS
  TEST_DATABASE_URL="$DATABASE_URL" npx vitest run --exclude "test/authorization/**"
  echo "== Vitest on PostgreSQL took $((SECONDS - postgres_started))s"
fi
