"""Checks a GitLab Code Quality report against what GitLab reads, then prints
one line per issue for FileCheck.

Usage: codequality_check.py REPORT [--source-root DIR]

GitLab's format is a subset of the Code Climate engine spec: a JSON array
of issues, each with a description, a check_name, a fingerprint that is
unique in the report (GitLab shows one issue per fingerprint), a severity
out of five, and a location whose path is relative to the repository and
whose lines.begin is a line number. The optional Code Climate fields
tlslint writes (type, categories) are checked against that spec. With
--source-root, each path must name a file under DIR.

Output: "N issues", then "SEVERITY CHECK PATH:BEGIN FINGERPRINT" per issue
in report order. Exit 1, naming each problem, when the report is not valid.
"""
import argparse
import json
import os
import re
import sys

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}
CATEGORIES = {"Bug Risk", "Clarity", "Compatibility", "Complexity",
              "Duplication", "Performance", "Security", "Style"}

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("--source-root")
args = parser.parse_args()

problems = []


def problem(where, text):
    problems.append("%s: %s" % (where, text))


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


try:
    issues = json.load(open(args.report, encoding="utf-8"))
except ValueError as e:
    sys.exit("%s: not JSON: %s" % (args.report, e))
if not isinstance(issues, list):
    sys.exit("%s: the report is not a JSON array" % args.report)

seen = {}
lines = []
for i, issue in enumerate(issues):
    where = "issue %d" % i
    if not isinstance(issue, dict):
        problem(where, "not an object")
        continue
    for key in ("description", "check_name", "fingerprint", "severity"):
        if not isinstance(issue.get(key), str) or not issue[key]:
            problem(where, "'%s' is not a non-empty string" % key)
    if issue.get("severity") not in SEVERITIES:
        problem(where, "severity %r is not one of %s"
                % (issue.get("severity"), sorted(SEVERITIES)))
    fp = issue.get("fingerprint")
    if fp in seen:
        problem(where, "fingerprint also on issue %d" % seen[fp])
    seen[fp] = i
    if "type" in issue and issue["type"] != "issue":
        problem(where, "type %r is not 'issue'" % issue["type"])
    if "categories" in issue and (
            not isinstance(issue["categories"], list)
            or not issue["categories"]
            or not set(issue["categories"]) <= CATEGORIES):
        problem(where, "categories %r" % (issue["categories"],))

    loc = issue.get("location")
    path, begin = None, None
    if not isinstance(loc, dict):
        problem(where, "no location object")
    else:
        path = loc.get("path")
        if not isinstance(path, str) or not path:
            problem(where, "location.path is not a non-empty string")
        elif (path.startswith("/") or path.startswith("./") or "\\" in path
              or re.match(r"^[A-Za-z]:", path)):
            problem(where, "location.path %r is not relative" % path)
        elif args.source_root and not os.path.isfile(
                os.path.join(args.source_root, path)):
            problem(where, "location.path %r is not a file under %s"
                    % (path, args.source_root))
        span = loc.get("lines")
        if not isinstance(span, dict):
            problem(where, "no location.lines object")
        else:
            begin = span.get("begin")
            if not is_int(begin) or begin < 1:
                problem(where, "location.lines.begin %r is not a line"
                        % (begin,))
            end = span.get("end", begin)
            if not is_int(end) or (is_int(begin) and end < begin):
                problem(where, "location.lines.end %r is before begin"
                        % (end,))
    lines.append("%s %s %s:%s %s" % (issue.get("severity"),
                                     issue.get("check_name"), path, begin,
                                     fp))

if problems:
    sys.exit("%s: not a valid Code Quality report:\n  %s"
             % (args.report, "\n  ".join(problems)))
print("%d issues" % len(issues))
for line in lines:
    print(line)
