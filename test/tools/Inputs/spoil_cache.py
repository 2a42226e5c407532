"""Spoils every entry of a tlslint scan cache, in turn: garbage, an entry
cut in half, an empty file, valid JSON of the wrong shape.

Usage: spoil_cache.py CACHE_DIR
"""
import glob
import os
import sys

entries = sorted(glob.glob(os.path.join(sys.argv[1], "*", "*.json")))
if not entries:
    sys.exit("spoil_cache.py: no entry in " + sys.argv[1])
for i, path in enumerate(entries):
    with open(path, "rb") as f:
        data = f.read()
    spoiled = [b"\x00garbage{", data[: len(data) // 2], b"",
               b'{"tlslintCache": 1, "key": 7, "inputs": {}}'][i % 4]
    with open(path, "wb") as f:
        f.write(spoiled)
