#!/usr/bin/env python3
"""Checks that the clang-free layers stay clang-free: no file under the given
folders of ROOT includes a clang or clang-tidy header, directly.

clang_free.py ROOT DIR...: exit 0 with a summary line, or 1 listing each
offending #include. LLVM's own headers (llvm/...) are allowed: the layers use
LLVM's Support library.
"""
import sys

from sources import includes, sources


def main():
    root, dirs = sys.argv[1], sys.argv[2:]
    found, files = [], 0
    for rel, text in sources(root, dirs):
        files += 1
        for line, name in includes(text):
            if name.startswith(("clang/", "clang-tidy/")):
                found.append("%s:%d: includes %s" % (rel, line, name))
    if files == 0:
        sys.exit("clang_free: no source files under %s" % ", ".join(dirs))
    for entry in found:
        print(entry)
    print("%d files in %s, %d clang includes" % (files, " ".join(dirs),
                                                  len(found)))
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
