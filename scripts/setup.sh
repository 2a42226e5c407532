#!/usr/bin/env bash
# Installs what is missing (Debian packages), then configures and builds
# tlslint. Usage: [TLSLINT_LLVM_MAJOR=N] scripts/setup.sh [BUILD_DIR]
# [ninja targets...]. The LLVM major defaults to 19; BUILD_DIR defaults to
# build/ for 19 and build-N/ for another major, so builds sit side by side.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
major=${TLSLINT_LLVM_MAJOR:-19}
default_build=$root/build
[ "$major" = 19 ] || default_build=$root/build-$major
build=${1:-$default_build}
shift || true

# A build directory keeps the major it was configured for.
cache=$build/CMakeCache.txt
if [ -f "$cache" ]; then
  configured=$(sed -n 's/^TLSLINT_LLVM_MAJOR:STRING=//p' "$cache")
  if [ -n "$configured" ] && [ "$configured" != "$major" ]; then
    echo "tlslint setup: $build is configured for LLVM $configured, not" \
      "$major; use another directory (build-$major) or" \
      "TLSLINT_LLVM_MAJOR=$configured" >&2
    exit 1
  fi
fi

missing=()
while read -r pkg cmd; do
  pkg=${pkg%%#*}
  pkg=${pkg//[[:space:]]/}
  [ -n "$pkg" ] || continue
  cmd=${cmd%%#*}
  cmd=${cmd//[[:space:]]/}
  if [ -n "$cmd" ] && command -v "$cmd" >/dev/null; then
    continue
  fi
  pkg=${pkg//@LLVM_MAJOR@/$major}
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$pkg")
  fi
done < "$root/scripts/packages.txt"

if [ ${#missing[@]} -gt 0 ]; then
  echo "tlslint setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The npm test tools (the SARIF validator) are not set up here: the `check`
# target installs them (tlslint-npm-tools), so the main command, which only
# scans, never needs the npm registry.

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTLSLINT_LLVM_MAJOR="$major" >/dev/null
fi
# Two jobs: each TU that includes clang's headers needs about 1 GB and 10 s.
ninja -C "$build" -j"${TLSLINT_JOBS:-2}" "$@"
