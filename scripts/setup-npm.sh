#!/usr/bin/env bash
# Installs the npm tools the tests use (Microsoft's SARIF validator,
# sarif-multitool) into BUILD_DIR/npm, exactly as scripts/npm/package-lock.json
# pins them. Does nothing when that lock is already installed, so the tests
# themselves never reach the network. Usage: scripts/setup-npm.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: scripts/setup-npm.sh BUILD_DIR}
dest="$build/npm"
lock="$root/scripts/npm/package-lock.json"
stamp="$dest/installed-package-lock.json"

if [ -f "$stamp" ] && cmp -s "$lock" "$stamp"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "tlslint setup: npm is missing; scripts/setup.sh installs it" >&2
  exit 1
fi
echo "tlslint setup: installing npm test tools into $dest"
mkdir -p "$dest"
cp "$root/scripts/npm/package.json" "$lock" "$dest/"
(cd "$dest" && npm ci --no-audit --no-fund --loglevel=error)
# The package makes its binary executable in a postinstall script, which
# npm may be configured not to run.
chmod u+x "$dest/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
cp "$lock" "$stamp"
