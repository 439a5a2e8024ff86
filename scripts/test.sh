#!/usr/bin/env bash
# `npm test`: type check, unit and API tests (PGlite, and PostgreSQL when it answers), then browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's Chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install chromium' first." >&2
    exit 1
  fi
fi

echo "== type check"
npx tsc --noEmit
echo "== unit and API tests"
npx vitest run
if [ -d tests/e2e ] && ls tests/e2e/*.spec.ts >/dev/null 2>&1; then
  echo "== build"
  npx vite build --logLevel warn
  echo "== browser journeys"
  npx playwright test
fi
