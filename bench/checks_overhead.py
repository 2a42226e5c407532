#!/usr/bin/env python3
"""Overhead of the tls-* checks over a clang-tidy run with one cheap upstream
check, on translation units that include the real OpenSSL, libcurl and JNI
headers. Each figure is the median of several runs; both configurations are
measured in the same command, interleaved, so machine noise hits both.

Usage: bench/checks_overhead.py [BUILD_DIR] [--runs N]
"""

import argparse
import glob
import os
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    clang_tidy = "/usr/lib/llvm-19/bin/clang-tidy"
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
        files = [heavy] + sorted(glob.glob(os.path.join(example, "*.cpp")))
        baseline = [clang_tidy, "-checks=-*,misc-unused-alias-decls", "--quiet"]
        tls = [clang_tidy, "-load", plugin, "-checks=-*,tls-*", "--quiet"]

        print("%-28s %10s %10s %7s %10s %10s %7s" % (
            "translation unit", "base cpu", "tls cpu", "ratio",
            "base MiB", "tls MiB", "ratio"))
        ratios_time, ratios_mem = [], []
        for path in files:
            base_t, base_m, tls_t, tls_m = [], [], [], []
            for _ in range(args.runs):
                t, m = run_once(baseline + [path, "--"] + flags)
                base_t.append(t)
                base_m.append(m)
                t, m = run_once(tls + [path, "--"] + flags)
                tls_t.append(t)
                tls_m.append(m)
            bt, tt = statistics.median(base_t), statistics.median(tls_t)
            bm, tm = statistics.median(base_m), statistics.median(tls_m)
            ratios_time.append(tt / bt)
            ratios_mem.append(tm / bm)
            print("%-28s %10.3f %10.3f %6.3fx %10.1f %10.1f %6.3fx" % (
                os.path.basename(path), bt, tt, tt / bt, bm, tm, tm / bm))
        print("%-28s %10s %10s %6.3fx %10s %10s %6.3fx" % (
            "median over TUs", "", "", statistics.median(ratios_time), "", "",
            statistics.median(ratios_mem)))
        print("(%d runs each; target: at most 1.05x)" % args.runs)


if __name__ == "__main__":
    main()
