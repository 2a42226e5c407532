#!/usr/bin/env python3
"""Runs one lit test file through both front ends of tlslint.

Usage (from a RUN line):
  %check_tls [--check-suffix=S] [--config=YAML] %s %t -- COMPILER_ARGS...

1. clang-tidy with the plugin: its diagnostics are matched by FileCheck
   against the file's CHECK-MESSAGES[-S] lines; any warning, error or remark
   that no CHECK line expects fails the test.
2. `tlslint scan` over a compilation database made for the same file: its
   findings (line, column, rule, message) must equal the plugin's.
3. If the file has CHECK-FIXES[-S] lines, clang-tidy -fix is run on a copy
   and FileCheck matches the fixed file against them.

Written for this project; it follows the idea of clang-tidy's
check_clang_tidy.py without sharing its code.
"""

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

DIAG = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|error|remark|note): (?P<msg>.*?)"
                  r"(?: \[(?P<rule>[\w.,-]+)\])?$")
# A FileCheck directive in a comment: `// CHECK-FIXES: ...`.
DIRECTIVE = re.compile(r"//\s*CHECK-[A-Z0-9-]*:[^\n]*")


def fail(message):
    sys.stderr.write("check_tls: " + message + "\n")
    sys.exit(1)


def run(cmd, **kwargs):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, **kwargs)
    return proc


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        fail("expected '--' before the compiler arguments")
    split = argv.index("--")
    own, compiler_args = argv[:split], argv[split + 1:]
    parser = argparse.ArgumentParser()
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--config", default="")
    parser.add_argument("input")
    parser.add_argument("temp")
    args = parser.parse_args(own)

    # A command, not only a path: sanitized builds preload a runtime.
    clang_tidy = shlex.split(os.environ["TLSLINT_CLANG_TIDY"])
    plugin = os.environ["TLSLINT_PLUGIN"]
    tlslint = os.environ["TLSLINT_BIN"]
    filecheck = os.environ["TLSLINT_FILECHECK"]
    suffix = "-" + args.check_suffix if args.check_suffix else ""
    messages_prefix = "CHECK-MESSAGES" + suffix
    fixes_prefix = "CHECK-FIXES" + suffix

    source = os.path.abspath(args.input)
    with open(source, encoding="utf-8") as f:
        text = f.read()
    if messages_prefix + ":" not in text and \
            messages_prefix + "-NOT:" not in text:
        fail("%s has no %s lines: a test must expect something"
             % (args.input, messages_prefix))

    if os.path.isdir(args.temp):
        shutil.rmtree(args.temp)
    os.makedirs(args.temp)
    # A copy with the original name keeps line and column numbers and the
    # language (by extension) exactly as in the test file.
    work = os.path.join(args.temp, os.path.basename(source))
    shutil.copyfile(source, work)

    config_args = ["--config=" + args.config] if args.config else []
    # clang-tidy 22 reports findings in headers by default, 19 does not;
    # `tlslint scan` does not on either. Pin the plugin's host to the same,
    # unless the test's own configuration says which headers it wants.
    tidy_args = list(config_args)
    if "HeaderFilterRegex" not in args.config:
        tidy_args.append("--header-filter=")
    tidy = run(clang_tidy + ["-load", plugin, "-checks=-*,tls-*", "--quiet"]
               + tidy_args + [work, "--"] + compiler_args)
    if tidy.returncode not in (0, 1):
        fail("clang-tidy failed (%d):\n%s%s" % (tidy.returncode, tidy.stdout,
                                                tidy.stderr))
    diagnostics = [l for l in tidy.stdout.splitlines() if DIAG.match(l)]
    if any(": error: " in l and "[clang-diagnostic" in l for l in diagnostics):
        fail("the test input does not compile:\n" + tidy.stdout)
    messages_file = os.path.join(args.temp, "messages.txt")
    with open(messages_file, "w", encoding="utf-8") as f:
        f.write("\n".join(diagnostics) + "\n")
    check = run([filecheck, "-input-file=" + messages_file, source,
                 "-check-prefix=" + messages_prefix,
                 "-implicit-check-not={{warning|error|remark}}:"])
    if check.returncode != 0:
        fail("plugin output does not match %s:\n%s\n--- output ---\n%s"
             % (messages_prefix, check.stderr, "\n".join(diagnostics)))

    plugin_findings = set()
    for line in diagnostics:
        m = DIAG.match(line)
        if m.group("level") != "note" and m.group("rule"):
            plugin_findings.add((int(m.group("line")), int(m.group("col")),
                                 m.group("rule"), m.group("msg")))

    compiler = "clang" if source.endswith(".c") else "clang++"
    database = [{"directory": args.temp, "file": work,
                 "arguments": [compiler] + compiler_args + ["-c", work]}]
    with open(os.path.join(args.temp, "compile_commands.json"), "w") as f:
        json.dump(database, f)
    scan = run([tlslint, "scan", "-p", args.temp, "--format=json"]
               + config_args + [work])
    if scan.returncode not in (0, 1):
        fail("tlslint scan failed (%d):\n%s%s" % (scan.returncode, scan.stdout,
                                                  scan.stderr))
    report = json.loads(scan.stdout)
    scan_findings = set()
    for finding in report["findings"]:
        loc = finding["location"]
        scan_findings.add((loc["line"], loc["column"], finding["ruleId"],
                           finding["message"]))
    if scan_findings != plugin_findings:
        fail("the plugin and tlslint scan disagree\n  only plugin: %s\n"
             "  only scan:   %s" % (sorted(plugin_findings - scan_findings),
                                    sorted(scan_findings - plugin_findings)))
    failing = [f for f in report["findings"] if f["severity"] != "note"]
    expected_exit = 1 if failing else 0
    if scan.returncode != expected_exit:
        fail("tlslint scan exited %d, expected %d"
             % (scan.returncode, expected_exit))

    if fixes_prefix + ":" in text:
        fixed = os.path.join(args.temp, "fixed", os.path.basename(source))
        os.makedirs(os.path.dirname(fixed))
        # The directives are emptied (the lines stay, so positions do not
        # move): a CHECK-FIXES line would otherwise match its own text in
        # the fixed file, whatever clang-tidy did.
        with open(fixed, "w", encoding="utf-8") as f:
            f.write(DIRECTIVE.sub("//", text))
        fix = run(clang_tidy + ["-load", plugin, "-checks=-*,tls-*", "-fix",
                                "--quiet"] + tidy_args + [fixed, "--"]
                  + compiler_args)
        if fix.returncode not in (0, 1):
            fail("clang-tidy -fix failed:\n" + fix.stdout + fix.stderr)
        check = run([filecheck, "-input-file=" + fixed, source,
                     "-check-prefix=" + fixes_prefix, "-strict-whitespace"])
        if check.returncode != 0:
            fail("fixed file does not match %s:\n%s" % (fixes_prefix,
                                                         check.stderr))


if __name__ == "__main__":
    main()
