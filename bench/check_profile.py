#!/usr/bin/env python3
"""Where the tls-* checks spend their time: clang-tidy's own per-check profile
(--enable-check-profile, stored as JSON by --store-check-profile) over the
heavy TUs of checks_overhead.py, summed per check, next to the CPU time of
the whole runs. The slowest check is the one to narrow first.

usage: bench/check_profile.py [BUILD_DIR]
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks_overhead  # noqa: E402

PREFIX = "time.clang-tidy."


def measure(build, out=print):
    """Prints each check's CPU seconds and share of the runs' CPU time;
    returns (slowest check, its share in percent)."""
    plugin = os.path.join(build, "lib", "libtlslint-tidy.so")
    per_check = defaultdict(float)
    total = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        profiles = os.path.join(tmp, "profiles")
        for path, flags in checks_overhead.write_sources(tmp):
            cmd = [checks_overhead.clang_tidy(build), "-load", plugin,
                   "-checks=-*,tls-*", "--quiet", "--enable-check-profile",
                   "--store-check-profile=" + profiles, path, "--"] + flags
            total += checks_overhead.run_once(cmd)[1]
        for name in glob.glob(os.path.join(profiles, "*.json")):
            with open(name) as f:
                profile = json.load(f)["profile"]
            for key, seconds in profile.items():
                check, _, kind = key[len(PREFIX):].rpartition(".")
                if kind in ("user", "sys"):
                    per_check[check] += seconds
    if not per_check:
        sys.exit("check_profile: clang-tidy stored no profile")
    out("%-38s %9s %9s" % ("check", "cpu s", "of runs"))
    for check, seconds in sorted(per_check.items(), key=lambda i: -i[1]):
        out("%-38s %9.3f %8.1f%%" % (check, seconds, 100 * seconds / total))
    out("%-38s %9.3f" % ("whole clang-tidy runs", total))
    slowest = max(per_check, key=per_check.get)
    return slowest, 100 * per_check[slowest] / total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?",
                        default=os.path.join(os.path.dirname(HERE), "build"))
    args = parser.parse_args()
    measure(args.build)


if __name__ == "__main__":
    main()
