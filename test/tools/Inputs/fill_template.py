#!/usr/bin/env python3
"""fill_template.py TEMPLATE NAME=FILE...: prints TEMPLATE with every @NAME@
replaced by the contents of FILE, trailing newline stripped. lit's shell has
no command substitution, so tests use this to put pins they computed with
openssl into expected output and into network security configs."""
import re
import sys

with open(sys.argv[1]) as f:
    text = f.read()
for arg in sys.argv[2:]:
    name, path = arg.split("=", 1)
    with open(path) as f:
        text = text.replace("@%s@" % name, f.read().rstrip("\n"))
# An unfilled placeholder is a broken test, not a tlslint bug.
left = re.search(r"@[A-Z][A-Z0-9_]*@", text)
if left:
    sys.exit("fill_template.py: no value for %s" % left.group(0))
sys.stdout.write(text)
