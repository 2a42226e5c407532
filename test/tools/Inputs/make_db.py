"""Writes DIR/compile_commands.json for the C++ files named after DIR.

Usage: make_db.py DIR [--flag=FLAG ...] FILE...
Files may be relative to DIR or absolute.
"""
import json
import os
import sys

directory = os.path.abspath(sys.argv[1])
flags = [a[len("--flag="):] for a in sys.argv[2:] if a.startswith("--flag=")]
names = [a for a in sys.argv[2:] if not a.startswith("--flag=")]
entries = [{"directory": directory, "file": name,
            "arguments": ["clang++", "-std=c++17"] + flags + ["-c", name]}
           for name in names]
with open(os.path.join(directory, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
