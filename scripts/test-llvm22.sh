#!/usr/bin/env bash
# scripts/test.sh against LLVM 22 instead of 19: installs LLVM 22's packages
# (bookworm-security) if missing, builds in build-22/ (and build-22/sanitize)
# and runs every test there. Usage: scripts/test-llvm22.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
TLSLINT_LLVM_MAJOR=22 exec "$root/scripts/test.sh" "${1:-$root/build-22}"
