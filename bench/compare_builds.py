#!/usr/bin/env python3
"""Instructions two builds execute on the same work, as ratios NEW / BASE,
counted by valgrind's callgrind in one command. Callgrind counts exactly, so
the ratio is the same on every run and on a busy machine: the figure for "a
refactoring keeps the speed" (within 1 %).

The work:
- the tls-* checks under clang-tidy on each heavy translation unit of
  checks_overhead.py (real OpenSSL, libcurl, JNI, Boost.Asio and Qt 6
  headers, and the example app's sources);
- `tlslint xml` over generated network security configs (xml_bench.py's);
- `tlslint scan -j1` of a generated project (scan_project.py's).

usage: bench/compare_builds.py BASE_BUILD [NEW_BUILD] [--xml-files N]
                               [--tus N]

BASE_BUILD is a build of the older commit, for example:
  git worktree add /tmp/base COMMIT
  cmake -S /tmp/base -B /tmp/base/build -G Ninja \\
      -DCMAKE_BUILD_TYPE=RelWithDebInfo
  ninja -C /tmp/base/build -j2 tlslint tlslint-tidy
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks_overhead  # noqa: E402
import scan_project  # noqa: E402
import xml_bench  # noqa: E402


def stripped_tlslint(build, folder):
    """A copy of BUILD's tlslint without debug info, which valgrind cannot
    read (see checks_overhead.stripped_plugin)."""
    os.makedirs(folder)
    target = os.path.join(folder, "tlslint")
    shutil.copy(os.path.join(build, "bin", "tlslint"), target)
    subprocess.run(["strip", "--strip-debug", target], check=True)
    return target


class Side:
    """One build's stripped binaries."""

    def __init__(self, build, tmp, name):
        folder = os.path.join(tmp, name)
        os.makedirs(folder)
        self.tidy = checks_overhead.clang_tidy(build)
        self.plugin = checks_overhead.stripped_plugin(build, folder)
        self.tlslint = stripped_tlslint(build, os.path.join(folder, "bin"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("new", nargs="?",
                        default=os.path.join(os.path.dirname(HERE), "build"))
    parser.add_argument("--xml-files", type=int, default=300)
    parser.add_argument("--tus", type=int, default=4)
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("compare_builds: needs valgrind (apt-get install valgrind)")
    base_major = checks_overhead.llvm_major(args.base)
    if base_major != checks_overhead.llvm_major(args.new):
        sys.exit("compare_builds: the builds are for different LLVM majors")

    with tempfile.TemporaryDirectory() as tmp:
        base = Side(os.path.abspath(args.base), tmp, "base")
        new = Side(os.path.abspath(args.new), tmp, "new")
        work = []
        sources = os.path.join(tmp, "sources")
        os.makedirs(sources)
        for path, flags in checks_overhead.write_sources(sources):
            work.append((
                "checks: " + os.path.basename(path),
                lambda s, path=path, flags=flags: [
                    s.tidy, "-load", s.plugin, "-checks=-*,tls-*", "--quiet",
                    path, "--"] + flags))
        xml_dir = os.path.join(tmp, "xml")
        os.makedirs(xml_dir)
        xml_bench.make_files(xml_dir, args.xml_files)
        work.append(("xml: %d files" % args.xml_files,
                     lambda s: [s.tlslint, "xml", xml_dir, "-o", os.devnull]))
        project = os.path.join(tmp, "project")
        os.makedirs(project)
        scan_project.write_project(project, args.tus)
        work.append(("scan -j1: %d TUs" % args.tus,
                     lambda s: [s.tlslint, "scan", "-p", project, "-j", "1",
                                "-o", os.devnull]))

        print("%-34s %15s %15s %8s" % ("work", "base instr", "new instr",
                                       "new/base"), flush=True)
        worst = 0.0
        total_base = total_new = 0
        for name, command in work:
            b = checks_overhead.count_instructions(command(base), tmp)
            n = checks_overhead.count_instructions(command(new), tmp)
            total_base += b
            total_new += n
            worst = max(worst, abs(n / b - 1))
            print("%-34s %15d %15d %7.4fx" % (name, b, n, n / b), flush=True)
        print("%-34s %15d %15d %7.4fx" % ("total", total_base, total_new,
                                          total_new / total_base))
        print("largest change: %.2f %% (target: within 1 %%)" % (worst * 100))


if __name__ == "__main__":
    main()
