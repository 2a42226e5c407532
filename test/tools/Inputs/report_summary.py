"""Prints what each report file of one run says, one line per format, so a
test can check that --text, --json, --sarif and --html agree.

Usage: report_summary.py [--text F] [--json F] [--sarif F] [--html F]
Each line: FORMAT: N findings: RULE@FILE:LINE ... (sorted), with FILE the
last path component.
"""
import argparse
import html.parser
import json
import re


def base(path):
    return path.replace("\\", "/").split("/")[-1]


def show(fmt, items):
    print("%s: %d findings: %s" % (fmt, len(items), " ".join(sorted(items))))


class Rows(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = []
        self.in_loc = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tbody" and "finding" in attrs.get("class", ""):
            self.items.append([attrs["data-rule"], None])
        if tag == "td" and attrs.get("class") == "loc":
            self.in_loc = True

    def handle_endtag(self, tag):
        if tag == "td":
            self.in_loc = False

    def handle_data(self, data):
        if self.in_loc and self.items and self.items[-1][1] is None:
            m = re.match(r"(.*):(\d+):\d+$", data.strip())
            if m:
                self.items[-1][1] = "%s:%s" % (base(m.group(1)), m.group(2))


parser = argparse.ArgumentParser()
for fmt in ("text", "json", "sarif", "html"):
    parser.add_argument("--" + fmt)
args = parser.parse_args()

if args.text:
    items = []
    for line in open(args.text, encoding="utf-8"):
        m = re.match(r"(.*):(\d+):\d+: (?:error|warning|note): .* \[(.*)\]$",
                     line.rstrip("\n"))
        if m:
            items.append("%s@%s:%s" % (m.group(3), base(m.group(1)),
                                       m.group(2)))
    show("text", items)
if args.json:
    report = json.load(open(args.json, encoding="utf-8"))
    show("json", ["%s@%s:%d" % (f["ruleId"], base(f["location"]["file"]),
                                f["location"]["line"])
                  for f in report["findings"]])
if args.sarif:
    run = json.load(open(args.sarif, encoding="utf-8"))["runs"][0]
    items = []
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        items.append("%s@%s:%d" % (r["ruleId"],
                                   base(loc["artifactLocation"]["uri"]),
                                   loc["region"]["startLine"]))
    show("sarif", items)
if args.html:
    rows = Rows()
    rows.feed(open(args.html, encoding="utf-8").read())
    show("html", ["%s@%s" % (rule, where) for rule, where in rows.items])
