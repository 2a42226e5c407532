"""Writes DIR/compile_commands.json for the C++ files named after DIR."""
import json
import os
import sys

directory = os.path.abspath(sys.argv[1])
entries = [{"directory": directory, "file": name,
            "arguments": ["clang++", "-std=c++17", "-c", name]}
           for name in sys.argv[2:]]
with open(os.path.join(directory, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
