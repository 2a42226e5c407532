#!/usr/bin/env python3
"""Writes a C/C++ test file with keys generated at test time pasted in.

Usage: embed_keys.py TEMPLATE OUTPUT NAME=FILE...

No private key is committed: a test file holds placeholders, and its RUN
lines generate the keys (openssl genpkey) and call this script. In TEMPLATE,
for each NAME given:
  @PEM:NAME@     the file's lines as C string literals concatenated on one
                 line: "-----BEGIN ...-----\\n" "MIIE...\\n" ...
  @PEM1:NAME@    the file's text as one C string literal
  @BYTES:NAME@   the file's bytes as a list of hex constants: 0x30, 0x82, ...
  @STRING:NAME@  the file's bytes as one C string literal of \\x escapes
Each placeholder stays on its line, so line numbers (and [[@LINE]] in
CHECK lines) are those of TEMPLATE. An unknown placeholder is an error.
"""

import re
import sys


def c_escape(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    return "".join(out)


def render(kind, data):
    if kind == "PEM":
        lines = data.decode("ascii").splitlines(keepends=True)
        return " ".join('"%s"' % c_escape(line) for line in lines)
    if kind == "PEM1":
        return '"%s"' % c_escape(data.decode("ascii"))
    if kind == "BYTES":
        return ", ".join("0x%02x" % b for b in data)
    if kind == "STRING":
        return '"%s"' % "".join("\\x%02x" % b for b in data)
    raise ValueError(kind)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    template, output = sys.argv[1], sys.argv[2]
    files = {}
    for arg in sys.argv[3:]:
        name, _, path = arg.partition("=")
        with open(path, "rb") as f:
            files[name] = f.read()

    def replace(match):
        kind, name = match.group(1), match.group(2)
        if name not in files:
            sys.exit("embed_keys: no file given for @%s:%s@" % (kind, name))
        return render(kind, files[name])

    with open(template, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"@(PEM1|PEM|BYTES|STRING):([\w.-]+)@", replace, text)
    left = re.search(r"@[A-Z0-9]+:[\w.-]+@", text)
    if left:
        sys.exit("embed_keys: unknown placeholder " + left.group(0))
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
