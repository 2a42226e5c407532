#!/usr/bin/env python3
"""Overhead of the tls-* checks over a clang-tidy run with one cheap upstream
check, on translation units that include the real OpenSSL, libcurl, JNI,
Boost.Asio and Qt 6 headers: wall time, CPU time and peak memory. Each figure
is the median of several runs; both configurations are measured in the same
command, interleaved, so machine noise hits both.

Wall and CPU time on a shared virtual machine varies by 10-30 % from run to run. With
--instructions, each configuration also runs once under valgrind's callgrind,
which counts executed instructions exactly: the same build gives the same
ratio on every run, so that column is the one to compare across commits.

Usage: bench/checks_overhead.py [BUILD_DIR] [--runs N] [--instructions]
"""

import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEAVY_TU = r"""
#include <curl/curl.h>
#include <jni.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace client {
struct Options { bool Verify = true; std::string Url; };

SSL_CTX *makeContext(const Options &O) {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(Ctx, O.Verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, nullptr);
  SSL_CTX_set_min_proto_version(Ctx, TLS1_2_VERSION);
  return Ctx;
}

std::string fetch(const Options &O) {
  std::string Body;
  CURL *C = curl_easy_init();
  curl_easy_setopt(C, CURLOPT_URL, O.Url.c_str());
  curl_easy_setopt(C, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(C, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_perform(C);
  curl_easy_cleanup(C);
  return Body;
}
} // namespace client

extern "C" JNIEXPORT jstring JNICALL
Java_com_example_Client_fetch(JNIEnv *Env, jobject, jstring Url) {
  const char *U = Env->GetStringUTFChars(Url, nullptr);
  client::Options O;
  O.Url = U;
  Env->ReleaseStringUTFChars(Url, U);
  return Env->NewStringUTF(client::fetch(O).c_str());
}
"""

BOOST_TU = r"""
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <string>

namespace ssl = boost::asio::ssl;

class Client {
public:
  Client(boost::asio::io_context &Io, const std::string &Host)
      : Ctx(ssl::context::tls_client), Stream(Io, Ctx) {
    Ctx.set_default_verify_paths();
    Ctx.set_verify_mode(ssl::verify_peer);
    Ctx.set_verify_callback(ssl::host_name_verification(Host));
  }

private:
  ssl::context Ctx;
  ssl::stream<boost::asio::ip::tcp::socket> Stream;
};
"""

QT_TU = r"""
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

QNetworkReply *fetch(QNetworkAccessManager &Manager, const QUrl &Url) {
  QNetworkRequest Request(Url);
  QSslConfiguration Config = QSslConfiguration::defaultConfiguration();
  Config.setProtocol(QSsl::TlsV1_2OrLater);
  Config.setPeerVerifyMode(QSslSocket::VerifyPeer);
  Request.setSslConfiguration(Config);
  return Manager.get(Request);
}
"""

QT_FLAGS = ["-fPIC"] + [
    "-I/usr/include/x86_64-linux-gnu/qt6" + sub
    for sub in ("", "/QtCore", "/QtNetwork")]


def write_sources(folder):
    """Writes the heavy TUs into FOLDER; returns [(path, compiler flags)] for
    them and the example app's sources."""
    jni = sorted(glob.glob("/usr/lib/jvm/*/include"))
    if not jni:
        sys.exit("jni.h not found: apt-get install openjdk-17-jdk-headless")
    flags = ["-std=c++17", "-I" + jni[0], "-I" + os.path.join(jni[0], "linux")]
    files = []
    for name, text, extra in (("heavy_client.cpp", HEAVY_TU, []),
                              ("boost_asio_client.cpp", BOOST_TU, []),
                              ("qt_network_client.cpp", QT_TU, QT_FLAGS)):
        files.append((os.path.join(folder, name), flags + extra))
        with open(files[-1][0], "w") as f:
            f.write(text)
    example = os.path.join(ROOT, "examples", "android-app", "app", "src",
                           "main", "cpp")
    files += [(path, flags)
              for path in sorted(glob.glob(os.path.join(example, "*.cpp")))]
    return files


def run_once(cmd):
    """Wall seconds, CPU seconds (user + system) and peak memory of one run.
    clang-tidy runs on one thread, so wall and CPU time agree on an idle
    machine; on a shared one, CPU time is less disturbed by the neighbours."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("benchmark command failed: " + " ".join(cmd))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def count_instructions(cmd, tmp):
    """Instructions executed by one run, counted by callgrind."""
    out = os.path.join(tmp, "callgrind.out")
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if not found:
        sys.exit("callgrind failed on: " + " ".join(cmd) + "\n" +
                 proc.stderr[-2000:])
    return int(found.group(1))


def stripped_plugin(build, tmp):
    """A copy of the plugin without debug info: valgrind cannot read the
    DWARF 5 that clang-19 writes and gives up on the whole run."""
    folder = os.path.join(tmp, "plugin")
    os.makedirs(folder)
    for name in ("libtlslint-tidy.so", "libtlslint-tidy-checks.so"):
        target = os.path.join(folder, name)
        shutil.copy(os.path.join(build, "lib", name), target)
        subprocess.run(["strip", "--strip-debug", target], check=True)
    return os.path.join(folder, "libtlslint-tidy.so")


def llvm_major(build):
    """The LLVM major BUILD was configured for: its plugin loads only into
    that major's clang-tidy."""
    with open(os.path.join(build, "CMakeCache.txt")) as f:
        for line in f:
            if line.startswith("TLSLINT_LLVM_MAJOR:"):
                return line.strip().split("=", 1)[1]
    return "19"


def clang_tidy(build):
    """The clang-tidy that BUILD's plugin loads into."""
    return "/usr/lib/llvm-%s/bin/clang-tidy" % llvm_major(build)


def measure(build, runs, instructions=False, out=print):
    """Prints one row per translation unit and returns the median and worst
    ratios over them: {"wall": (median, worst), "cpu": ..., "memory": ...,
    "instructions": ...}."""
    plugin = os.path.join(build, "lib", "libtlslint-tidy.so")
    tidy = clang_tidy(build)
    if instructions and not shutil.which("valgrind"):
        sys.exit("--instructions needs valgrind: apt-get install valgrind")

    with tempfile.TemporaryDirectory() as tmp:
        files = write_sources(tmp)
        baseline = [tidy, "-checks=-*,misc-unused-alias-decls", "--quiet"]
        tls = [tidy, "-load", plugin, "-checks=-*,tls-*", "--quiet"]
        counted_tls = tls
        if instructions:
            counted_tls = [tidy, "-load", stripped_plugin(build, tmp),
                           "-checks=-*,tls-*", "--quiet"]

        header = "%-26s %8s %8s %7s %7s %8s %8s %7s" % (
            "translation unit", "base s", "tls s", "wall", "cpu",
            "base MiB", "tls MiB", "memory")
        if instructions:
            header += " %8s" % "instr"
        out(header)
        ratios = {"wall": [], "cpu": [], "memory": [], "instructions": []}
        for path, flags in files:
            command = [path, "--"] + flags
            base, checked = [], []
            for _ in range(runs):
                # Interleaved, so that a slow spell hits both.
                base.append(run_once(baseline + command))
                checked.append(run_once(tls + command))
            b = [statistics.median(column) for column in zip(*base)]
            t = [statistics.median(column) for column in zip(*checked)]
            ratios["wall"].append(t[0] / b[0])
            ratios["cpu"].append(t[1] / b[1])
            ratios["memory"].append(t[2] / b[2])
            row = "%-26s %8.3f %8.3f %6.3fx %6.3fx %8.1f %8.1f %6.3fx" % (
                os.path.basename(path), b[0], t[0], t[0] / b[0], t[1] / b[1],
                b[2], t[2], t[2] / b[2])
            if instructions:
                ratio = (count_instructions(counted_tls + command, tmp) /
                         count_instructions(baseline + command, tmp))
                ratios["instructions"].append(ratio)
                row += " %7.3fx" % ratio
            out(row)
    return {name: (statistics.median(values), max(values))
            for name, values in ratios.items() if values}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions under callgrind")
    args = parser.parse_args()
    result = measure(args.build, args.runs, args.instructions)
    for name, (median, worst) in result.items():
        print("%-13s median %6.3fx   worst TU %6.3fx" % (name, median, worst))
    print("(%d runs each; target: at most 1.05x)" % args.runs)


if __name__ == "__main__":
    main()
