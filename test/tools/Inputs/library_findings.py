#!/usr/bin/env python3
"""Checks that the tls-* checks run cleanly over the library TUs that
library_tus.py wrote, through both front ends.

Usage:
  library_findings.py scan REPORT.json
      REPORT.json is `tlslint scan --format=json` over those TUs.
  library_findings.py plugin BUILD_DIR CONFIG [-j N]
      Runs clang-tidy with the plugin ($TLSLINT_CLANG_TIDY, $TLSLINT_PLUGIN)
      and --config=CONFIG on every TU of BUILD_DIR/compile_commands.json.

Either way it fails, naming the TU and what went wrong, when a TU does not
compile, when clang-tidy crashes, or when there is any tls-* finding: the
TUs hold nothing but #include lines, so every finding is inside a library's
own header, which is a false positive.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys

DIAG = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|error|remark): (?P<msg>.*?)"
                  r"(?: \[(?P<rule>[\w.,-]+)\])?$")


def check_scan(report_path):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    problems = []
    for error in report.get("errors", []):
        problems.append("tool error: %s: %s" % (error.get("file", ""),
                                                error.get("message", "")))
    for finding in report["findings"]:
        loc = finding["location"]
        problems.append("finding in a library header: %s:%d:%d: %s [%s]"
                        % (loc["file"], loc["line"], loc["column"],
                           finding["message"], finding["ruleId"]))
    return problems


def run_plugin(entry, config):
    clang_tidy = shlex.split(os.environ["TLSLINT_CLANG_TIDY"])
    plugin = os.environ["TLSLINT_PLUGIN"]
    arguments = entry["arguments"]
    # The compile command's flags, without the compiler and "-c FILE".
    flags = [a for a in arguments[1:] if a not in ("-c", entry["file"])]
    tu = os.path.join(entry["directory"], entry["file"])
    proc = subprocess.run(
        clang_tidy + ["-load", plugin, "-checks=-*,tls-*", "--quiet",
                      "--config=" + config, tu, "--"] + flags,
        cwd=entry["directory"], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    problems = []
    # 0: clean, 1: findings or compiler errors; anything else is a crash
    # (a negative signal number) or a usage error.
    if proc.returncode not in (0, 1):
        problems.append("%s: clang-tidy exited %d:\n%s" % (
            entry["file"], proc.returncode, proc.stderr[-2000:]))
    for line in proc.stdout.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        rule = m.group("rule") or ""
        if rule.startswith("tls-"):
            problems.append("%s: finding in a library header: %s"
                            % (entry["file"], line))
        elif m.group("level") == "error":
            problems.append("%s: does not compile: %s" % (entry["file"], line))
    return problems


def check_plugin(build_dir, config, jobs):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        database = json.load(f)
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(lambda e: run_plugin(e, config), database):
            problems += result
    return problems


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    scan = sub.add_parser("scan")
    scan.add_argument("report")
    plugin = sub.add_parser("plugin")
    plugin.add_argument("build_dir")
    plugin.add_argument("config")
    plugin.add_argument("-j", type=int, default=2)
    args = parser.parse_args()
    if args.mode == "scan":
        problems = check_scan(args.report)
    else:
        problems = check_plugin(args.build_dir, args.config, args.j)
    if problems:
        sys.stderr.write("library_findings.py %s:\n  %s\n"
                         % (args.mode, "\n  ".join(problems)))
        sys.exit(1)


if __name__ == "__main__":
    main()
