#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: starts or installs what the tests need
# (MariaDB, Debian's Chromium and its driver), then builds all modules and runs all tests.
# Extra arguments go to Maven (e.g. scripts/test.sh -pl cccp-protocol -am).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-mariadb.sh
scripts/install-browser.sh

exec mvn -B -ntp verify "$@"
