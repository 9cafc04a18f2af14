#!/usr/bin/env bash
# Install Debian's chromium for the dashboard's browser tests (tests/test_dashboard.py drives
# it with Playwright through executable_path=/usr/bin/chromium; no browser is downloaded from
# anywhere else). Does nothing when /usr/bin/chromium exists; without it those tests skip.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-browser: /usr/bin/chromium is missing and this is not root: apt-get install chromium" >&2
  exit 1
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version >&2
