#!/usr/bin/env python3
"""Lints 10,000 network security config files in one `tlslint xml` run and
reports throughput and the ratio to `xmllint --noout` over the same files.

usage: bench/xml_bench.py TLSLINT [--files N] [--runs N]

The files are variations of the hand-written corpus in test/xml/Inputs/corpus
(domains and pins renamed so no two files are equal), written to a temporary
directory. Both tools read every file from the page cache: each is run once
untimed first.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "test", "xml", "Inputs", "corpus")


def make_files(out_dir, count):
    seeds = []
    for name in sorted(os.listdir(CORPUS)):
        with open(os.path.join(CORPUS, name), "rb") as f:
            data = f.read()
        if data.startswith(b"\xff\xfe"):
            continue  # Keep xmllint's baseline on UTF-8.
        seeds.append(data.decode("utf-8"))
    paths = []
    for i in range(count):
        text = seeds[i % len(seeds)].replace("example", "example%d" % i)
        sub = os.path.join(out_dir, "app%03d" % (i // 100))
        os.makedirs(sub, exist_ok=True)
        path = os.path.join(sub, "nsc_%05d.xml" % i)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    return paths


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, proc.returncode


def measure(tlslint, count, runs, out=print):
    """Median seconds of `tlslint xml` and of `xmllint --noout` over the same
    COUNT generated files, each run RUNS times, interleaved."""
    xmllint = shutil.which("xmllint")
    if not xmllint:
        sys.exit("xml_bench: xmllint not found (Debian: libxml2-utils)")
    work = tempfile.mkdtemp(prefix="tlslint-bench-")
    try:
        paths = make_files(work, count)
        size = sum(os.path.getsize(p) for p in paths)
        tl_cmd = [tlslint, "xml", "--today=2026-01-01", work]
        xl_cmd = [xmllint, "--noout"] + paths
        timed(tl_cmd)  # Both read every file from the page cache.
        timed(xl_cmd)
        tl_times, xl_times = [], []
        for _ in range(runs):
            elapsed, rc = timed(tl_cmd)
            if rc not in (0, 1):
                sys.exit("xml_bench: tlslint exited %d" % rc)
            tl_times.append(elapsed)
            xl_times.append(timed(xl_cmd)[0])
        tl, xl = statistics.median(tl_times), statistics.median(xl_times)
        out("files:            %d (%.1f MiB), median of %d runs"
            % (len(paths), size / 2**20, runs))
        out("tlslint xml:      %.3f s, %.0f files/s, %.1f MiB/s"
            % (tl, len(paths) / tl, size / 2**20 / tl))
        out("xmllint --noout:  %.3f s, %.0f files/s" % (xl, len(paths) / xl))
        return tl, xl
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tlslint")
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tl, xl = measure(args.tlslint, args.files, args.runs)
    print("ratio tlslint/xmllint: %.2f" % (tl / xl))


if __name__ == "__main__":
    main()
