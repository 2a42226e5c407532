#!/usr/bin/env python3
"""Runs every lit suite given and ends with one plain summary line:
'N passed, M failed' (', K skipped' when some were unsupported)."""

import argparse
import json
import os
import subprocess
import sys
import tempfile

PASSED = {"PASS", "XFAIL"}
SKIPPED = {"UNSUPPORTED", "SKIPPED", "EXCLUDED"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lit", required=True)
    parser.add_argument("suites", nargs="+")
    args, extra = parser.parse_known_args()

    with tempfile.TemporaryDirectory() as tmp:
        results_file = os.path.join(tmp, "results.json")
        cmd = [sys.executable, args.lit, "-sv", "--output", results_file]
        cmd += extra + args.suites
        code = subprocess.call(cmd)
        if not os.path.exists(results_file):
            print("tests: 0 passed, 1 failed (lit did not run: exit %d)" % code)
            return 1
        with open(results_file) as f:
            results = json.load(f)["tests"]

    passed = sum(1 for t in results if t["code"] in PASSED)
    skipped = sum(1 for t in results if t["code"] in SKIPPED)
    failed = len(results) - passed - skipped
    if passed == 0 and failed == 0:
        failed = 1  # Running nothing is a failure, not a pass.
    line = "%d passed, %d failed" % (passed, failed)
    if skipped:
        line += ", %d skipped" % skipped
    print("tests: " + line)
    return 0 if failed == 0 and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
