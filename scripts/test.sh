#!/usr/bin/env bash
# `npm test`: the whole suite — typecheck, lint, unit, integration (embedded PostgreSQL,
# database kosmopolit_test) and end-to-end tests in Chromium against a fresh embedded
# database in .data/e2e. Never touches the demo data in .data/dev.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Checking what the tests need"
bash scripts/test-prerequisites.sh
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(bash scripts/test-prerequisites.sh --print-chromium)}"

step "Typecheck"
npm run --silent typecheck

step "Lint"
npm run --silent lint

step "Unit tests"
npx vitest run --project unit

step "Integration tests"
npx vitest run --project integration

step "Build"
npx next build

step "End-to-end tests"
rm -rf .data/e2e
npx playwright test
