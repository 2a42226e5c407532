#!/usr/bin/env python3
"""Compares the options the plugin mirrors (clang-tidy -dump-config) with the
C++ option rows of the registry (tlslint rules --format=json).

option_rows.py RULES_JSON DUMP_CONFIG LLVM_MAJOR: prints one line per key
that only one side has and a summary; exit 1 when they differ.

From clang-tidy 22 on, -dump-config drops every option that no enabled
check's name prefixes, so a shared option ("NetworkSecurityConfig") is
expected there only before 22, and expected absent from 22 on.
"""
import json
import re
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        rules = json.load(f)
    dumps_shared = int(sys.argv[3]) < 22
    registry, shared = {}, set()
    for rule in rules:
        for option in rule["options"]:
            if option["half"] != "c++":
                continue
            if option["shared"]:
                shared.add(option["key"])
                if not dumps_shared:
                    continue
            registry[option["key"]] = option["default"]
    dumped = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            match = re.match(r"^  ((?:tls-[a-z-]+\.)?[A-Za-z]+):\s*'?([^']*)'?$",
                             line.rstrip("\n"))
            if match and (match.group(1).startswith("tls-") or
                          match.group(1) in shared):
                dumped[match.group(1)] = match.group(2)
    if not registry:
        sys.exit("option_rows: the registry has no C++ options")
    differ = 0
    for key in sorted(set(registry) | set(dumped)):
        if key not in dumped:
            print("only in the registry: %s" % key)
        elif key not in registry:
            print("only in -dump-config: %s" % key)
        elif dumped[key] != registry[key]:
            print("%s: default %r in the registry, %r in -dump-config" %
                  (key, registry[key], dumped[key]))
        else:
            continue
        differ += 1
    print("%d options, %d differ" % (len(registry) + len(shared) -
                                     (len(shared) if dumps_shared else 0),
                                     differ))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
