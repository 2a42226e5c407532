"""Runs N copies of a command at once and fails unless each exits 0 or 1
(clean, or findings).

Usage: concurrent_scans.py N CMD...
"""
import subprocess
import sys

count = int(sys.argv[1])
procs = [subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) for _ in range(count)]
failed = False
for proc in procs:
    _, err = proc.communicate()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace"))
        failed = True
sys.exit(1 if failed else 0)
