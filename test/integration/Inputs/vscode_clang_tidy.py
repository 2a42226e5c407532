"""Runs what VS Code's Clang-Tidy extension (notskm.clang-tidy) runs for a
settings.json, and reads the output the way the extension does.

Usage: vscode_clang_tidy.py SETTINGS.json WORKSPACE FILE

The command line, from the extension's documented settings and its lint
code: EXECUTABLE EXTRA_ARGS... FILE --export-fixes=- [--checks=A,B]
[--extra-arg=...] [--extra-arg-before=...] [-p=BUILD_PATH], run in the
workspace folder. The diagnostics are the YAML document after the first
`---` line of standard output; their severities come, in order, from the
`file:line:col: warning|error|info|hint:` lines before it.

Prints the command line (with WORKSPACE shown as $WORKSPACE), then one line
per diagnostic: SEVERITY NAME LINE:COL MESSAGE.
"""
import json
import re
import subprocess
import sys

import yaml

settings_file, workspace, source = sys.argv[1:]
settings = json.load(open(settings_file, encoding="utf-8"))


def setting(name, default):
    return settings.get("clang-tidy." + name, default)


args = [setting("executable", "clang-tidy")] + setting("extraArgs", [])
args += [source, "--export-fixes=-"]
if setting("checks", []):
    args.append("--checks=" + ",".join(setting("checks", [])))
args += ["--extra-arg=" + a for a in setting("compilerArgs", [])]
args += ["--extra-arg-before=" + a for a in setting("compilerArgsBefore", [])]
if setting("buildPath", ""):
    args.append("-p=" + setting("buildPath", ""))
print("command:", " ".join(args).replace(workspace, "$WORKSPACE"))

out = subprocess.run(args, cwd=workspace, stdout=subprocess.PIPE,
                     stderr=subprocess.DEVNULL, text=True).stdout
start = re.search(r"^---$", out, re.M)
if not start:
    print("no diagnostics")
    sys.exit(0)
document = yaml.safe_load(out[start.start():])
severities = re.findall(r"^.*:\d+:\d+:\s+(warning|error|info|hint):\s+.*$",
                        out[:start.start()], re.M)
text = open(source, "rb").read()
for i, diag in enumerate(document["Diagnostics"]):
    message = diag["DiagnosticMessage"]
    before = text[:message["FileOffset"]]
    line = before.count(b"\n") + 1
    column = len(before) - (before.rfind(b"\n") + 1) + 1
    severity = severities[i] if i < len(severities) else "?"
    print(severity, diag["DiagnosticName"], "%d:%d" % (line, column),
          message["Message"])
