#!/usr/bin/env bash
# Unit and integration tests: always on in-memory PGlite; again on PostgreSQL when DATABASE_URL names a server.
set -euo pipefail
echo "== Vitest on PGlite"
env -u DATABASE_URL -u TEST_DATABASE_URL npx vitest run
if [ -n "${DATABASE_URL:-}" ]; then
  # The authorization matrix and the hostile-input sweep ask who may do what through the same data layer the other
  # tests cover on both engines; they run once (above), which keeps the suite within its time budget.
  echo "== Vitest on PostgreSQL (a fresh database per test file)"
  TEST_DATABASE_URL="$DATABASE_URL" npx vitest run --exclude "test/authorization/**"
fi
