#!/usr/bin/env python3
"""Checks that every #include of tlslint's own headers points down the layers.

layers.py ROOT: walks lib/, checks/, clang-tidy-plugin/, tools/ and fuzz/
under ROOT and prints each include that goes to a layer its file may not
use, then a summary; exit 1 when there is one. Also follows lib/nsc/Model.h's
includes, which must not reach pugixml: the rules and checks that only read
the model must not depend on the XML parser.

The layers, lowest first (a file may include its own layer and the ones
ALLOWED lists):
  lib/support       LLVM Support only
  lib/*             lib/
  checks/api        lib/
  checks/utils      checks/api, lib/
  checks/*.h|.cpp   checks/, lib/
  clang-tidy-plugin the checks' headers (checks/*.h), lib/
  tools, fuzz       lib/, clang-tidy-plugin/ (the registration and shims)
"""
import os
import sys

from sources import includes, sources

OWN = ("lib/", "checks/", "clang-tidy-plugin/", "tools/", "fuzz/")


# Most specific first: the first prefix a path starts with is its layer.
LAYERS = ["lib/support/", "lib/", "checks/api/", "checks/utils/", "checks/",
          "clang-tidy-plugin/", "tools/", "fuzz/"]


def layer(path):
    """The layer of a repository-relative path."""
    for prefix in LAYERS:
        if path.startswith(prefix):
            return prefix.rstrip("/")
    return None


def allowed(source, target):
    """Whether a file of layer `source` may include `target` (a path)."""
    to = layer(target)
    if to == source:
        return True
    rules = {
        "lib/support": [],
        "lib": ["lib/support"],
        "checks/api": ["lib/support", "lib"],
        "checks/utils": ["lib/support", "lib", "checks/api"],
        "checks": ["lib/support", "lib", "checks/api", "checks/utils"],
        "clang-tidy-plugin": ["lib/support", "lib"],
        "tools": ["lib/support", "lib", "clang-tidy-plugin", "tools"],
        "fuzz": ["lib/support", "lib", "fuzz"],
    }
    if source == "clang-tidy-plugin" and to == "checks":
        return target.count("/") == 1 and target.endswith(".h")
    return to in rules[source]


def reaches_pugixml(root, header, seen):
    """The include chain from header to pugixml.hpp, or None."""
    seen.add(header)
    path = os.path.join(root, header)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for _, name in includes(text):
        if name == "pugixml.hpp":
            return [header, name]
        if name.startswith(OWN) and name not in seen:
            chain = reaches_pugixml(root, name, seen)
            if chain:
                return [header] + chain
    return None


def main():
    root = sys.argv[1]
    found, files = [], 0
    for rel, text in sources(root, ("lib", "checks", "clang-tidy-plugin",
                                    "tools", "fuzz")):
        files += 1
        for line, target in includes(text):
            if target.startswith(OWN) and not allowed(layer(rel), target):
                found.append("%s:%d: %s includes %s (%s)" % (
                    rel, line, layer(rel), target, layer(target)))
    if files == 0:
        sys.exit("layers: no source files under %s" % root)
    chain = reaches_pugixml(root, "lib/nsc/Model.h", set())
    if chain:
        found.append("lib/nsc/Model.h reaches pugixml: " + " -> ".join(chain))
    for entry in found:
        print(entry)
    print("%d files, %d includes against the layers" % (files, len(found)))
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
