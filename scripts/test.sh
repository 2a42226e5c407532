#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (lit end-to-end tests and unit tests), first in the normal build, then
# in BUILD/sanitize, where tlslint's own code has ASan and UBSan and the fuzz
# targets are libFuzzer binaries that also fuzz briefly
# (TLSLINT_CHECK_FUZZ_SECONDS, default 5 per target). Ends with one summary
# line over both runs.
# The LLVM major is TLSLINT_LLVM_MAJOR (default 19); BUILD defaults to build/
# for 19 and build-N/ for another major (scripts/test-llvm22.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=${TLSLINT_LLVM_MAJOR:-19}
default_build=$root/build
[ "$major" = 19 ] || default_build=$root/build-$major
build=${1:-$default_build}
sanitize=$build/sanitize
"$root/scripts/setup.sh" "$build"

status=0
ninja -C "$build" check || status=1

if [ ! -f "$sanitize/build.ninja" ]; then
  cmake -S "$root" -B "$sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTLSLINT_LLVM_MAJOR="$major" -DTLSLINT_SANITIZE=ON -DTLSLINT_FUZZ=ON \
    >/dev/null
fi
# Build first with the same job limit as setup.sh: `check` alone would run
# one compile per core plus two.
ninja -C "$sanitize" -j"${TLSLINT_JOBS:-2}" && \
  ninja -C "$sanitize" check || status=1

python3 "$root/test/utils/run_tests.py" --total "$build/test/summary.json" \
  "$sanitize/test/summary.json" || status=1
exit $status
