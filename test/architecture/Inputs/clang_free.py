#!/usr/bin/env python3
"""Checks that the clang-free layers stay clang-free: no file under the given
folders of ROOT includes a clang or clang-tidy header, directly.

clang_free.py ROOT DIR...: exit 0 with a summary line, or 1 listing each
offending #include. LLVM's own headers (llvm/...) are allowed: the layers use
LLVM's Support library.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]((?:clang|clang-tidy)/[^>"]+)[>"]',
                     re.M)


def main():
    root, dirs = sys.argv[1], sys.argv[2:]
    found, files = [], 0
    for top in dirs:
        for base, subdirs, names in os.walk(os.path.join(root, top)):
            subdirs.sort()
            for name in sorted(names):
                if not name.endswith((".h", ".cpp", ".def")):
                    continue
                files += 1
                path = os.path.join(base, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for match in INCLUDE.finditer(text):
                    line = text.count("\n", 0, match.start()) + 1
                    found.append("%s:%d: includes %s" % (
                        os.path.relpath(path, root), line, match.group(1)))
    if files == 0:
        sys.exit("clang_free: no source files under %s" % ", ".join(dirs))
    for entry in found:
        print(entry)
    print("%d files in %s, %d clang includes" % (files, " ".join(dirs),
                                                  len(found)))
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
