#!/usr/bin/env python3
"""Runs tlslint's fuzz targets: replays their inputs, or fuzzes for a while.

  run_fuzzers.py [--bin-dir D --seeds D --regressions D --timeout S] replay
                 [TARGET...]
      Runs each target once on every seed and every committed crash input
      (fuzz/regressions/TARGET/). Works with libFuzzer binaries and with the
      replay binaries of builds without TLSLINT_FUZZ.

  run_fuzzers.py [...] fuzz [--seconds N] [--work-dir D] [--seed S] [TARGET...]
      Fuzzes each target in turn for N seconds (default: $TLSLINT_FUZZ_SECONDS,
      else 60), starting from the seeds, the crash inputs and what earlier
      runs found in WORK_DIR/TARGET/corpus (WORK_DIR: BUILD/fuzz/work unless
      given). A crash, leak, timeout or out-of-memory input is saved in
      WORK_DIR/TARGET/crashes/ and fails the run. Needs a build with
      -DTLSLINT_FUZZ=ON.

Each target prints one line; the last line counts the targets that passed.
"""

import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = ["xml", "pin", "url", "cert-pins", "baseline"]

# Longest input per target. The XML half and baselines need room for a few
# nested elements or findings; pins and URLs are short strings.
MAX_LEN = {"xml": 16384, "baseline": 16384, "cert-pins": 8192,
           "pin": 1024, "url": 1024}

# One input taking this long is a hang: every target handles a real input in
# milliseconds, even under ASan. libFuzzer measures wall time, so a fuzzer
# starved of CPU (niced beside a build) can time out on a fast input: raise
# it with --timeout there.
TIMEOUT_SECONDS = 10

# libFuzzer's own replay mode takes file names; keep each command line short.
FILES_PER_COMMAND = 200


def binary(args, target):
    path = os.path.join(args.bin_dir, "tlslint-fuzz-" + target)
    if not os.path.exists(path):
        sys.exit("run_fuzzers.py: %s is missing; build it first" % path)
    return path


def input_dirs(args, target):
    dirs = [os.path.join(args.seeds, target),
            os.path.join(args.regressions, target)]
    return [d for d in dirs if os.path.isdir(d)]


def input_files(args, target):
    files = []
    for directory in input_dirs(args, target):
        for base, _, names in os.walk(directory):
            files += [os.path.join(base, n) for n in sorted(names)]
    return files


def replay(args, target):
    files = input_files(args, target)
    if not files:
        print("%s: FAIL, no seeds or crash inputs under %s and %s"
              % (target, args.seeds, args.regressions))
        return False
    for start in range(0, len(files), FILES_PER_COMMAND):
        chunk = files[start:start + FILES_PER_COMMAND]
        proc = subprocess.run(
            [binary(args, target), "-timeout=%d" % args.timeout] + chunk,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            errors="replace")
        if proc.returncode != 0:
            sys.stdout.write(proc.stdout[-8000:])
            print("%s: FAIL (exit %d) on one of %s ... %s"
                  % (target, proc.returncode, chunk[0], chunk[-1]))
            return False
    print("%s: replayed %d inputs" % (target, len(files)))
    return True


STAT = re.compile(r"^stat::(\w+):\s*(\d+)", re.M)
COVERAGE = re.compile(r"\bcov: (\d+)")


def fuzz(args, target):
    work = os.path.join(os.path.abspath(args.work_dir), target)
    corpus = os.path.join(work, "corpus")
    crashes = os.path.join(work, "crashes")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(crashes, exist_ok=True)
    cmd = [binary(args, target),
           "-max_total_time=%d" % args.seconds,
           "-timeout=%d" % args.timeout,
           "-max_len=%d" % MAX_LEN[target],
           "-print_final_stats=1",
           "-artifact_prefix=" + crashes + os.sep]
    if args.seed is not None:
        cmd.append("-seed=%d" % args.seed)
    dictionary = os.path.join(HERE, "dict", target + ".dict")
    if os.path.exists(dictionary):
        cmd.append("-dict=" + dictionary)
    # libFuzzer writes new inputs to the first directory only.
    cmd += [corpus] + input_dirs(args, target)
    log_path = os.path.join(work, "fuzz.log")
    start = time.monotonic()
    cpu_before = os.times()
    with open(log_path, "w") as log:
        proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT)
    cpu_after = os.times()
    cpu = ((cpu_after.children_user - cpu_before.children_user) +
           (cpu_after.children_system - cpu_before.children_system))
    wall = time.monotonic() - start
    with open(log_path, errors="replace") as log:
        text = log.read()
    stats = {k: int(v) for k, v in STAT.findall(text)}
    coverage = COVERAGE.findall(text)
    summary = ("%d runs in %.0f s (%.1f s CPU), coverage %s, corpus +%d"
               % (stats.get("number_of_executed_units", 0), wall, cpu,
                  coverage[-1] if coverage else "?",
                  stats.get("new_units_added", 0)))
    if proc.returncode != 0:
        found = sorted(os.listdir(crashes))
        sys.stdout.write(text[-8000:])
        print("%s: FAIL (exit %d) after %s; input saved in %s: %s\n"
              "  reproduce: %s %s\n"
              "  then fix it and add the input to fuzz/regressions/%s/"
              % (target, proc.returncode, summary, crashes,
                 ", ".join(found) or "none",
                 binary(args, target),
                 os.path.join(crashes, found[-1]) if found else "INPUT",
                 target))
        return False
    if not stats.get("number_of_executed_units"):
        print("%s: FAIL, libFuzzer ran nothing (log: %s)" % (target, log_path))
        return False
    print("%s: %s" % (target, summary))
    return True


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--bin-dir", required=True)
    parser.add_argument("--seeds", required=True)
    parser.add_argument("--regressions",
                        default=os.path.join(HERE, "regressions"))
    parser.add_argument("--timeout", type=int, default=TIMEOUT_SECONDS,
                        help="seconds of wall time after which one input "
                        "counts as a hang (default: %(default)s)")
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("replay").add_argument("targets", nargs="*")
    run = sub.add_parser("fuzz")
    run.add_argument("--seconds", type=int,
                     default=int(os.environ.get("TLSLINT_FUZZ_SECONDS", 60)))
    run.add_argument("--work-dir",
                     help="default: BUILD/fuzz/work beside --bin-dir")
    run.add_argument("--seed", type=int,
                     help="libFuzzer's random seed (default: a new one each "
                     "run); the tests fix it, so CI does not fail at random "
                     "on a bug that no change of the run brought in")
    run.add_argument("targets", nargs="*")
    args = parser.parse_args()
    if args.mode == "fuzz" and not args.work_dir:
        args.work_dir = os.path.join(os.path.dirname(
            os.path.abspath(args.bin_dir)), "fuzz", "work")
    targets = args.targets or TARGETS
    for target in targets:
        if target not in TARGETS:
            sys.exit("run_fuzzers.py: unknown target '%s' (known: %s)"
                     % (target, ", ".join(TARGETS)))
    passed = 0
    for target in targets:
        sys.stdout.flush()
        if (replay if args.mode == "replay" else fuzz)(args, target):
            passed += 1
        sys.stdout.flush()
    print("fuzz: %d passed, %d failed" % (passed, len(targets) - passed))
    return 0 if passed == len(targets) else 1


if __name__ == "__main__":
    sys.exit(main())
