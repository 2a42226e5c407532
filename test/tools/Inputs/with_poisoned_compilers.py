"""Runs a command with every default compiler name on PATH poisoned.

Usage: with_poisoned_compilers.py POISON_DIR -- COMMAND [ARGS...]

Writes scripts named cc, c++, gcc, g++, clang, clang++ and CC into
POISON_DIR that fail when run, puts POISON_DIR first on PATH, unsets CC and
CXX, and runs COMMAND; exits with its exit code. A fresh Debian has none of
these compilers, so a step that reaches for one must fail here too.
"""
import os
import subprocess
import sys

NAMES = ["cc", "c++", "gcc", "g++", "clang", "clang++", "CC"]


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit("usage: with_poisoned_compilers.py POISON_DIR -- COMMAND...")
    poison = os.path.abspath(sys.argv[1])
    os.makedirs(poison, exist_ok=True)
    for name in NAMES:
        path = os.path.join(poison, name)
        with open(path, "w") as script:
            script.write('#!/bin/sh\necho "poisoned $0" >&2\nexit 1\n')
        os.chmod(path, 0o755)
    env = dict(os.environ)
    env.pop("CC", None)
    env.pop("CXX", None)
    env["PATH"] = poison + os.pathsep + env.get("PATH", "")
    sys.exit(subprocess.call(sys.argv[3:], env=env))


if __name__ == "__main__":
    main()
