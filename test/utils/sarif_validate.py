#!/usr/bin/env python3
"""Validates SARIF files with Microsoft's reference validator.

Usage: sarif_validate.py MULTITOOL FILE...

Runs `Sarif.Multitool validate` (schema and the SARIF best-practice rules)
with every level reported, prints each error and warning it finds, then one
line, for FileCheck:

  sarif-multitool: E errors, W warnings, N notes

and fails unless E and W are both 0. Notes (such as SARIF2009's advice to
number rule ids) are counted, not failures.

The validator's rule SARIF2006 (URIs should be reachable) sends HTTP
requests. Run inside a network namespace of its own when the system allows
it, so the test neither needs nor touches the network; the rule then only
adds notes.

Written for this project.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile


def isolated_prefix():
    unshare = shutil.which("unshare")
    if unshare and subprocess.call([unshare, "-n", "true"],
                                   stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL) == 0:
        return [unshare, "-n"]
    return []


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    multitool, files = sys.argv[1], sys.argv[2:]
    if not os.access(multitool, os.X_OK):
        sys.exit("sarif_validate: %s is missing: run scripts/setup-npm.sh "
                 "BUILD_DIR (the check target does)" % multitool)
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "validation.sarif")
        cmd = isolated_prefix() + [multitool, "validate", "--level",
                                   "Error;Warning;Note", "--output", log]
        cmd += [os.path.abspath(f) for f in files]
        env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1")
        proc = subprocess.run(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, env=env)
        if not os.path.exists(log):
            sys.exit("sarif_validate: the validator wrote no log (exit %d):\n%s"
                     % (proc.returncode, proc.stdout))
        with open(log, encoding="utf-8-sig") as f:
            validation = json.load(f)

    counts = {"error": 0, "warning": 0, "note": 0}
    for run in validation.get("runs", []):
        findings = list(run.get("results", []))
        for invocation in run.get("invocations", []):
            findings += invocation.get("toolExecutionNotifications", [])
            findings += invocation.get("toolConfigurationNotifications", [])
        for finding in findings:
            level = finding.get("level", "warning")
            if level not in counts:
                continue
            counts[level] += 1
            if level == "note":
                continue
            rule = finding.get("ruleId") or \
                finding.get("descriptor", {}).get("id", "")
            where = ""
            for location in finding.get("locations", [])[:1]:
                physical = location.get("physicalLocation", {})
                region = physical.get("region", {})
                where = "%s(%s,%s): " % (
                    physical.get("artifactLocation", {}).get("uri", ""),
                    region.get("startLine", ""), region.get("startColumn", ""))
            message = finding.get("message", {})
            # The validator writes message ids with arguments, not text.
            text = message.get("text") or "%s %s" % (
                message.get("id", ""), message.get("arguments", []))
            print("%s%s %s: %s" % (where, level, rule, text))
    print("sarif-multitool: %d errors, %d warnings, %d notes"
          % (counts["error"], counts["warning"], counts["note"]))
    if proc.returncode != 0 or counts["error"] or counts["warning"]:
        if proc.returncode != 0:
            print(proc.stdout)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
