#!/usr/bin/env bash
# npm test: every check, cheapest first. Integration and e2e run on the embedded database unless
# TEST_DATABASE_URL points at a PostgreSQL server (each run creates and drops its own databases).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

step "lint (eslint)"
npx eslint .
step "type-check (tsc)"
npx tsc --noEmit
step "unit tests (vitest)"
npx vitest run --project unit
step "integration tests (vitest, ${TEST_DATABASE_URL:+PostgreSQL}${TEST_DATABASE_URL:-embedded PGlite})"
npx vitest run --project integration
step "production build (next build), which must never open the database"
probe="$(mktemp -d)/never-created"
NEWSQUIZ_DATA_DIR="$probe" npx next build
if [ -e "$probe" ]; then echo "next build opened the database ($probe exists)" >&2; exit 1; fi
step "browser tests (Playwright + Chromium)"
bash scripts/ensure-chromium.sh
npx playwright test
