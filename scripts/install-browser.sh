#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium and its matching driver are installed at
# /usr/bin/chromium and /usr/bin/chromedriver, as the dashboard browser tests expect.
# Idempotent: does nothing when both are present. Both packages come from one source package,
# so browser and driver versions always match.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "install-browser: chromium and chromedriver already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: root is needed to install chromium and chromium-driver (try: sudo $0)" >&2
  exit 1
fi

echo "install-browser: installing chromium and chromium-driver (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "install-browser: /usr/bin/chromium or /usr/bin/chromedriver still missing after install" >&2
  exit 1
fi
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)"
