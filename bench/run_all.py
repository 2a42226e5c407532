#!/usr/bin/env python3
"""The speed budget in one command: every benchmark of bench/, each figure a
median of several runs and a ratio against a baseline measured in the same
command, printed as one table at the end.

- C/C++ checks: `clang-tidy-N -load <plugin> -checks=-*,tls-*` against
  `-checks=-*,misc-unused-alias-decls` on heavy TUs (checks_overhead.py);
- `tlslint scan -jN` against `run-clang-tidy-N -load <plugin> -jN` on a
  generated project of --tus TUs, and the cached re-runs (scan_project.py);
- `tlslint xml` against `xmllint --noout` (xml_bench.py);
- the slowest check, from clang-tidy's --enable-check-profile
  (check_profile.py).

usage: bench/run_all.py [BUILD_DIR] [--runs 3] [--tus 500] [--jobs N]
                        [--instructions] [--skip-j1]
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import check_profile  # noqa: E402
import checks_overhead  # noqa: E402
import scan_project  # noqa: E402
import xml_bench  # noqa: E402


def section(title):
    print("\n== %s ==" % title, flush=True)


def indented(line):
    print("  " + line, flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?",
                        default=os.path.join(os.path.dirname(HERE), "build"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tus", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--xml-files", type=int, default=10000)
    parser.add_argument("--instructions", action="store_true",
                        help="also count the checks' instructions (callgrind)")
    parser.add_argument("--skip-j1", action="store_true",
                        help="do not time the single-threaded scan")
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    tlslint = os.path.join(args.build, "bin", "tlslint")
    major = checks_overhead.llvm_major(args.build)

    section("C/C++ checks over one cheap upstream check")
    overhead = checks_overhead.measure(args.build, args.runs,
                                       args.instructions, out=indented)
    section("slowest check (--enable-check-profile)")
    profile = check_profile.measure(args.build, out=indented)
    section("tlslint scan on a generated project")
    scan = scan_project.measure(args.build, args.tus, args.jobs, args.runs,
                                args.skip_j1, out=indented)
    section("XML")
    xml_tlslint, xml_baseline = xml_bench.measure(tlslint, args.xml_files,
                                                  args.runs, out=indented)

    rows = [
        ("checks' wall time, median TU", overhead["wall"][0], "<= 1.05x"),
        ("checks' wall time, worst TU", overhead["wall"][1], "<= 1.05x"),
        ("checks' CPU time, median TU", overhead["cpu"][0], "<= 1.05x"),
        ("checks' peak memory, median TU", overhead["memory"][0], "<= 1.05x"),
        ("checks' peak memory, worst TU", overhead["memory"][1], "<= 1.05x"),
    ]
    if "instructions" in overhead:
        rows += [
            ("checks' instructions, median TU", overhead["instructions"][0],
             "<= 1.05x"),
            ("checks' instructions, worst TU", overhead["instructions"][1],
             "<= 1.05x"),
        ]
    if "scan -j1" in scan:
        rows.append(("scan -j%d / scan -j1 (%d TUs)" % (args.jobs, args.tus),
                     scan["scan -jN"] / scan["scan -j1"], ""))
    rows += [
        ("scan -j%d / run-clang-tidy-%s -j%d" % (args.jobs, major, args.jobs),
         scan["scan -jN"] / scan["run-clang-tidy -jN"], "<= 1x"),
        ("scan --cache, nothing changed / cold",
         scan["cache warm"] / scan["cache cold"], "< 0.10x"),
        ("scan --cache, a tenth's header changed / cold",
         scan["cache header"] / scan["cache cold"], "~0.10x"),
        ("tlslint xml / xmllint --noout (%d files)" % args.xml_files,
         xml_tlslint / xml_baseline, ""),
    ]
    section("summary (ratios; median of %d runs each)" % args.runs)
    print("  %-46s %9s  %s" % ("figure", "ratio", "target"))
    for name, ratio, target in rows:
        print("  %-46s %8.3fx  %s" % (name, ratio, target))
    print("  %-46s %9s" % ("slowest check: " + profile[0],
                           "%.1f%%" % profile[1]))
    print("  (seconds: scan -j%d %.1f, run-clang-tidy-%s %.1f, cache cold "
          "%.1f, unchanged %.2f)" % (args.jobs, scan["scan -jN"], major,
                                     scan["run-clang-tidy -jN"],
                                     scan["cache cold"], scan["cache warm"]))


if __name__ == "__main__":
    main()
