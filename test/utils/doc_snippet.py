"""Prints one code block of a Markdown document, so that a test runs the very
recipe the documentation shows instead of a copy that can drift from it.

Usage: doc_snippet.py DOC NAME [--build DIR] [--llvm-major N]
                      [--replace OLD=NEW ...] [-o FILE]

The block is the first fenced block after a line `<!-- snippet: NAME -->`.
The reader replaces /path/to/tlslint/build with their build directory;
--build does that for this build. The recipes name clang-tidy-19, the
default major; a reader with an LLVM 22 build uses clang-tidy-22, and
--llvm-major does that for this build. Each --replace swaps another text
and fails when the snippet does not have it.
"""
import argparse
import re
import sys

parser = argparse.ArgumentParser()
parser.add_argument("doc")
parser.add_argument("name")
parser.add_argument("--replace", action="append", default=[],
                    metavar="OLD=NEW")
parser.add_argument("--build", metavar="DIR")
parser.add_argument("--llvm-major", metavar="N")
parser.add_argument("-o", "--output")
args = parser.parse_args()

lines = open(args.doc, encoding="utf-8").read().split("\n")
marker = "<!-- snippet: %s -->" % args.name
try:
    start = lines.index(marker)
except ValueError:
    sys.exit("%s: no '%s'" % (args.doc, marker))

block = None
fence = None
for line in lines[start + 1:]:
    if fence is None:
        m = re.match(r"^(```+|~~~+)", line)
        if m:
            fence = m.group(1)
            block = []
        elif line.strip():
            sys.exit("%s: '%s' is not followed by a code block"
                     % (args.doc, marker))
        continue
    if line.startswith(fence):
        break
    block.append(line)
else:
    sys.exit("%s: the code block after '%s' is not closed"
             % (args.doc, marker))

text = "\n".join(block) + "\n"
if args.build:
    text = text.replace("/path/to/tlslint/build", args.build)
if args.llvm_major:
    text = text.replace("clang-tidy-19", "clang-tidy-" + args.llvm_major)
for pair in args.replace:
    old, sep, new = pair.partition("=")
    if not sep or old not in text:
        sys.exit("%s: snippet '%s' has no '%s' to replace"
                 % (args.doc, args.name, old))
    text = text.replace(old, new)

if args.output:
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
else:
    sys.stdout.write(text)
