#!/usr/bin/env bash
# Unit and integration tests: always on in-memory PGlite; again on PostgreSQL when DATABASE_URL names a server.
set -euo pipefail
echo "== Vitest on PGlite"
env -u DATABASE_URL -u TEST_DATABASE_URL npx vitest run
if [ -n "${DATABASE_URL:-}" ]; then
  echo "== Vitest on PostgreSQL (a fresh database per test file)"
  TEST_DATABASE_URL="$DATABASE_URL" npx vitest run
fi
