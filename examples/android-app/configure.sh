#!/bin/sh
# Writes the example app's compilation database into BUILD_DIR by configuring
# its CMake project (nothing is compiled). The compiler is the clang that
# scripts/packages.txt installs for the LLVM major in use, never the default
# c++, which a fresh Debian does not have.
set -eu
if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
major=${TLSLINT_LLVM_MAJOR:-19}
clangxx=/usr/lib/llvm-$major/bin/clang++
if [ ! -x "$clangxx" ]; then
  echo "$0: $clangxx is missing: apt-get install clang-$major" >&2
  exit 2
fi
cmake -S "$here/app/src/main/cpp" -B "$1" -G Ninja \
  -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
