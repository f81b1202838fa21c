#!/usr/bin/env bash
# Finds Chromium for the browser tests, installing Debian's package when it is missing and we are
# root (Playwright's own browser download cannot work offline).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing: install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
