#!/usr/bin/env bash
# The demo's browser tests drive a system Chromium (a test tool's own browser download cannot work
# offline). Prints the browser's path; installs Debian's chromium when none is found and we may
# (root, or passwordless sudo, with apt-get).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
find_browser() {
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
  done
  return 1
}
find_browser && exit 0
if command -v apt-get >/dev/null 2>&1; then
  as_root=()
  [ "$(id -u)" = "0" ] || { sudo -n true 2>/dev/null && as_root=(sudo -n); }
  if [ "$(id -u)" = "0" ] || [ ${#as_root[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq >&2 && "${as_root[@]}" apt-get install -y -qq chromium >&2
    find_browser && exit 0
  fi
fi
echo "Chromium is missing: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
