#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists, installing Debian's package when
# we are root on Debian, else Playwright's own browser; and a redis-server for the chat's
# multi-process test (Debian's package when we are root on Debian). Stops with a clear message
# if either cannot be had. With --print-chromium, prints the browser's path.
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  local bundled
  bundled=$(ls -d "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-linux*/chrome 2>/dev/null | tail -n 1 || true)
  if [ -n "$bundled" ] && [ -x "$bundled" ]; then echo "$bundled"; return 0; fi
  return 1
}

if [ "${1:-}" = "--print-chromium" ]; then find_chromium; exit $?; fi

if ! find_chromium >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Trying Playwright's own Chromium…"
    npx playwright install chromium || true
  fi
fi
if ! chromium=$(find_chromium); then
  cat >&2 <<'MSG'
Missing: a Chromium browser for the end-to-end tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium
  - anywhere with internet: npx playwright install chromium
or point CHROMIUM_PATH at a Chromium/Chrome binary.
MSG
  exit 1
fi
echo "Chromium: $chromium"

redis="${REDIS_SERVER:-redis-server}"
if ! command -v "$redis" >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's redis-server…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if ! command -v "$redis" >/dev/null 2>&1; then
  cat >&2 <<'MSG'
Missing: redis-server, for the chat's multi-process test.
Install one of:
  - Debian/Ubuntu: sudo apt-get install redis-server
  - macOS: brew install redis
or point REDIS_SERVER at a redis-server binary.
MSG
  exit 1
fi
echo "redis-server: $(command -v "$redis")"
