#!/usr/bin/env bash
# The README's main command: installs what is missing, builds tlslint, and
# scans the bundled example Android app (C++ sources and XML), printing the
# findings and writing an HTML report.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# build/ for LLVM 19, build-N/ for TLSLINT_LLVM_MAJOR=N (as scripts/setup.sh).
major=${TLSLINT_LLVM_MAJOR:-19}
default_build=$root/build
[ "$major" = 19 ] || default_build=$root/build-$major
build=${1:-$default_build}
"$root/scripts/setup.sh" "$build" tlslint tlslint-tidy

app="$root/examples/android-app/app"
# The example's client key, deliberately packaged in assets/ (git-ignored):
# generated here, never committed.
"$root/examples/android-app/generate-client-key.sh" "$app"
example_build="$build/example"
# Configuring the example's CMake project is enough to get its compilation
# database; nothing needs to be compiled.
TLSLINT_LLVM_MAJOR=$major "$root/examples/android-app/configure.sh" "$example_build"

# 1 means findings, which the example is built to have; 2 is a real failure.
run() {
  set +e
  "$@"
  local code=$?
  set -e
  if [ "$code" -eq 2 ]; then
    echo "tlslint failed on the example (exit 2)" >&2
    exit 2
  fi
  echo "(exit $code: 0 = clean, 1 = findings, 2 = could not analyse)"
}

report="$example_build/tlslint-report.html"
echo "== tlslint scan examples/android-app: C/C++, JNI, Android XML, key files =="
echo "   (native code is compared with the network security config the"
echo "    manifest names: see the tls-missing-pin and cleartext errors)"
run "$build/bin/tlslint" scan -p "$example_build" "$app" --html "$report"
echo
echo "HTML report for a reviewer: $report"
