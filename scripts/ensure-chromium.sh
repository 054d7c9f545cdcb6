#!/usr/bin/env bash
# The demo's browser tests drive Debian's Chromium (a test tool's own browser download cannot work
# offline). Installs it when missing and we are allowed to (root with apt-get); prints its path.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq chromium >&2
  command -v chromium
  exit 0
fi
echo "Chromium is missing: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
