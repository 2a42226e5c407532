#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (lit end-to-end tests and unit tests), ending with a summary line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
"$root/scripts/setup.sh" "$build"
ninja -C "$build" check
