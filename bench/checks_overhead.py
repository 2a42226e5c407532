#!/usr/bin/env python3
"""Overhead of the tls-* checks over a clang-tidy run with one cheap upstream
check, on translation units that include the real OpenSSL, libcurl, JNI,
Boost.Asio and Qt 6 headers. Each figure is the median of several runs; both configurations are
measured in the same command, interleaved, so machine noise hits both.

CPU time on a shared virtual machine varies by 10-30 % from run to run. With
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


def run_once(cmd):
    """CPU seconds (user + system) and peak memory of one run. CPU time is
    what the checks add; wall time on a shared 2-core machine mostly measures
    the neighbours."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("benchmark command failed: " + " ".join(cmd))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0  # MiB


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions under callgrind")
    args = parser.parse_args()

    clang_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % llvm_major(args.build)
    plugin = os.path.join(args.build, "lib", "libtlslint-tidy.so")
    jni = sorted(glob.glob("/usr/lib/jvm/*/include"))
    if not jni:
        sys.exit("jni.h not found: apt-get install openjdk-17-jdk-headless")
    flags = ["-std=c++17", "-I" + jni[0], "-I" + os.path.join(jni[0], "linux")]

    with tempfile.TemporaryDirectory() as tmp:
        heavy = os.path.join(tmp, "heavy_client.cpp")
        with open(heavy, "w") as f:
            f.write(HEAVY_TU)
        example = os.path.join(ROOT, "examples", "android-app", "app", "src",
                               "main", "cpp")
        boost = os.path.join(tmp, "boost_asio_client.cpp")
        with open(boost, "w") as f:
            f.write(BOOST_TU)
        qt = os.path.join(tmp, "qt_network_client.cpp")
        with open(qt, "w") as f:
            f.write(QT_TU)
        extra = {qt: QT_FLAGS}
        files = [heavy, boost, qt] + sorted(
            glob.glob(os.path.join(example, "*.cpp")))
        baseline = [clang_tidy, "-checks=-*,misc-unused-alias-decls", "--quiet"]
        tls = [clang_tidy, "-load", plugin, "-checks=-*,tls-*", "--quiet"]

        if args.instructions and not shutil.which("valgrind"):
            sys.exit("--instructions needs valgrind: apt-get install valgrind")
        counted_tls = tls
        if args.instructions:
            counted_tls = [clang_tidy, "-load", stripped_plugin(args.build, tmp),
                           "-checks=-*,tls-*", "--quiet"]

        header = "%-28s %10s %10s %7s %10s %10s %7s" % (
            "translation unit", "base cpu", "tls cpu", "ratio",
            "base MiB", "tls MiB", "ratio")
        if args.instructions:
            header += " %9s" % "instr"
        print(header)
        ratios_time, ratios_mem, ratios_instr = [], [], []
        for path in files:
            base_t, base_m, tls_t, tls_m = [], [], [], []
            for _ in range(args.runs):
                t, m = run_once(baseline + [path, "--"] + flags +
                                extra.get(path, []))
                base_t.append(t)
                base_m.append(m)
                t, m = run_once(tls + [path, "--"] + flags +
                                extra.get(path, []))
                tls_t.append(t)
                tls_m.append(m)
            bt, tt = statistics.median(base_t), statistics.median(tls_t)
            bm, tm = statistics.median(base_m), statistics.median(tls_m)
            ratios_time.append(tt / bt)
            ratios_mem.append(tm / bm)
            row = "%-28s %10.3f %10.3f %6.3fx %10.1f %10.1f %6.3fx" % (
                os.path.basename(path), bt, tt, tt / bt, bm, tm, tm / bm)
            if args.instructions:
                tu_flags = flags + extra.get(path, [])
                base_i = count_instructions(baseline + [path, "--"] + tu_flags,
                                            tmp)
                tls_i = count_instructions(
                    counted_tls + [path, "--"] + tu_flags, tmp)
                ratios_instr.append(tls_i / base_i)
                row += " %8.3fx" % (tls_i / base_i)
            print(row, flush=True)
        summary = "%-28s %10s %10s %6.3fx %10s %10s %6.3fx" % (
            "median over TUs", "", "", statistics.median(ratios_time), "", "",
            statistics.median(ratios_mem))
        if args.instructions:
            summary += " %8.3fx" % statistics.median(ratios_instr)
        print(summary)
        print("%-28s %10s %10s %6.3fx %10s %10s %6.3fx%s" % (
            "worst TU", "", "", max(ratios_time), "", "", max(ratios_mem),
            " %8.3fx" % max(ratios_instr) if args.instructions else ""))
        print("(%d runs each; target: at most 1.05x)" % args.runs)


if __name__ == "__main__":
    main()
