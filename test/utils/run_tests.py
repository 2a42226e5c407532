#!/usr/bin/env python3
"""Runs every lit suite given and ends with one plain summary line:
'N passed, M failed' (', K skipped' when some were unsupported).

--summary-file FILE also writes the counts as JSON; --total FILE... prints
the line for several earlier runs (scripts/test.sh: the normal and the
sanitized build) without running anything."""

import argparse
import json
import os
import subprocess
import sys
import tempfile

PASSED = {"PASS", "XFAIL"}
SKIPPED = {"UNSUPPORTED", "SKIPPED", "EXCLUDED"}


def summary_line(passed, failed, skipped):
    line = "%d passed, %d failed" % (passed, failed)
    if skipped:
        line += ", %d skipped" % skipped
    return line


def total(files):
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    for name in files:
        if not os.path.exists(name):
            counts["failed"] += 1  # That run did not get as far as its tests.
            continue
        with open(name) as f:
            run = json.load(f)
        for key in counts:
            counts[key] += run[key]
    print("total: " + summary_line(**counts))
    return 0 if counts["failed"] == 0 and counts["passed"] > 0 else 1


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--total":
        return total(sys.argv[2:])
    parser = argparse.ArgumentParser()
    parser.add_argument("--lit", required=True)
    parser.add_argument("--summary-file")
    parser.add_argument("suites", nargs="+")
    args, extra = parser.parse_known_args()
    if args.summary_file and os.path.exists(args.summary_file):
        os.remove(args.summary_file)

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
    print("tests: " + summary_line(passed, failed, skipped))
    if args.summary_file:
        with open(args.summary_file, "w") as f:
            json.dump({"passed": passed, "failed": failed,
                       "skipped": skipped}, f)
    return 0 if failed == 0 and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
