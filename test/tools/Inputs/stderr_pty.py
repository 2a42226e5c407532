"""Runs a command with its standard error on a pseudo-terminal and prints
what it wrote there, with carriage returns and escapes made visible.

Usage: stderr_pty.py COMMAND [ARG...]
Exits with the command's exit code.
"""
import os
import subprocess
import sys

master, slave = os.openpty()
proc = subprocess.Popen(sys.argv[1:], stderr=slave, stdout=subprocess.DEVNULL)
os.close(slave)
chunks = []
while True:
    try:
        data = os.read(master, 4096)
    except OSError:  # EIO once the child closed the terminal.
        break
    if not data:
        break
    chunks.append(data)
code = proc.wait()
text = b"".join(chunks).decode("utf-8", "replace")
print(text.replace("\r", "<CR>").replace("\x1b", "<ESC>"))
sys.exit(code)
