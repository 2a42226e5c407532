#!/usr/bin/env python3
"""`tlslint scan` on a generated project of many translation units that include
the real TLS headers (OpenSSL, libcurl, GnuTLS, Mbed TLS, wolfSSL, Boost.Asio,
cpp-httplib, Qt 6), against `run-clang-tidy-N -load <plugin>` (N: the build's LLVM major) with the same
checks on the same compilation database, measured in the same command:

- wall time of `tlslint scan -j1` and `-jN`;
- the ratio of `tlslint scan -jN` to `run-clang-tidy-N -jN`;
- with --cache: the re-run with nothing changed against the cold run, and the
  re-run after one header that a tenth of the TUs include has changed.

Each figure is the median of --runs runs. The project is written to a
temporary directory (or --keep DIR) with its compile_commands.json.

usage: bench/scan_project.py [BUILD_DIR] [--tus 500] [--jobs N] [--runs 3]
                             [--skip-j1] [--keep DIR]
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks_overhead  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

QT_INCLUDES = ["/usr/include/x86_64-linux-gnu/qt6" + sub
               for sub in ("", "/QtCore", "/QtNetwork")]

# One template per library: a small client module with a secure path and one
# insecure spot, so every TU produces work for the checks and the report.
# {n} makes every TU distinct; {module} names the module's shared header.
TEMPLATES = {
    "openssl": ("c", [], r"""
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include "{module}.h"

SSL_CTX *make_context_{n}(int strict) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_verify(ctx, strict ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, NULL);
  return ctx;
}

int connect_{n}(SSL_CTX *ctx, int fd) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, MODULE_HOST);
  SSL_set1_host(ssl, MODULE_HOST);
  return SSL_connect(ssl);
}
"""),
    "curl": ("c", [], r"""
#include <curl/curl.h>
#include "{module}.h"

int fetch_{n}(const char *path, int insecure) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://" MODULE_HOST "/v{n}");
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, insecure ? 0L : 1L);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  curl_easy_setopt(curl, CURLOPT_REFERER, "http://legacy.example.com/{n}");
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}
"""),
    "gnutls": ("c", [], r"""
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include "{module}.h"

int session_{n}(gnutls_session_t session,
                gnutls_certificate_credentials_t creds) {
  gnutls_priority_set_direct(session, "NORMAL:-VERS-ALL:+VERS-TLS1.0", NULL);
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, creds);
  gnutls_session_set_verify_cert(session, MODULE_HOST, 0);
  return gnutls_handshake(session);
}
"""),
    "mbedtls": ("c", [], r"""
#include <mbedtls/ssl.h>
#include "{module}.h"

int configure_{n}(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT,
                              MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_setup(ssl, conf);
  return mbedtls_ssl_set_hostname(ssl, MODULE_HOST);
}
"""),
    "wolfssl": ("c", [], r"""
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include "{module}.h"

WOLFSSL_CTX *context_{n}(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  return ctx;
}
"""),
    "asio": ("cpp", [], r"""
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include "{module}.h"

namespace ssl = boost::asio::ssl;

class Client{n} {
public:
  explicit Client{n}(boost::asio::io_context &io)
      : ctx_(ssl::context::tls_client), stream_(io, ctx_) {
    ctx_.set_default_verify_paths();
    ctx_.set_verify_mode(ssl::verify_none);
  }

private:
  ssl::context ctx_;
  ssl::stream<boost::asio::ip::tcp::socket> stream_;
};

void run_{n}(boost::asio::io_context &io) { Client{n} client(io); }
"""),
    "httplib": ("cpp", ["-DCPPHTTPLIB_OPENSSL_SUPPORT"], r"""
#include <httplib.h>
#include "{module}.h"

int get_{n}() {
  httplib::Client cli("https://" MODULE_HOST);
  cli.enable_server_certificate_verification(false);
  auto res = cli.Get("/v{n}");
  return res ? res->status : -1;
}
"""),
    "qt": ("cpp", ["-fPIC"] + ["-I" + d for d in QT_INCLUDES], r"""
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>
#include "{module}.h"

QNetworkReply *fetch_{n}(QNetworkAccessManager &manager) {
  QNetworkRequest request(QUrl(QStringLiteral("https://" MODULE_HOST)));
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setPeerVerifyMode(QSslSocket::VerifyNone);
  request.setSslConfiguration(config);
  return manager.get(request);
}
"""),
}

# Out of every 20 TUs: C libraries are most of a typical native codebase; the
# heavy C++ headers (Boost, Qt, httplib) are a fifth of it.
MIX = (["openssl"] * 5 + ["curl"] * 5 + ["gnutls"] * 2 + ["mbedtls"] * 2 +
       ["wolfssl"] * 2 + ["asio", "httplib", "qt", "openssl"])

MODULES = 10  # Each module's TUs include its header: a tenth of the project.


def module_header(module):
    return ("#pragma once\n/* Shared settings of %s. */\n"
            "#define MODULE_HOST \"%s.example.com\"\n" % (module, module))


def write_project(root, count):
    """Writes the sources and compile_commands.json; returns the header that
    module 0's TUs include."""
    commands = []
    for m in range(MODULES):
        folder = os.path.join(root, "src", "module%d" % m)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "module%d.h" % m), "w") as f:
            f.write(module_header("module%d" % m))
    for n in range(count):
        library = MIX[n % len(MIX)]
        lang, flags, text = TEMPLATES[library]
        module = "module%d" % (n % MODULES)
        folder = os.path.join(root, "src", module)
        path = os.path.join(folder, "%s_%03d.%s" % (library, n, lang))
        with open(path, "w") as f:
            f.write(text.replace("{n}", str(n)).replace("{module}", module))
        compiler = "/usr/bin/cc" if lang == "c" else "/usr/bin/c++"
        std = "-std=c11" if lang == "c" else "-std=c++17"
        commands.append({
            "directory": root,
            "file": path,
            "arguments": [compiler, std, "-c"] + flags + [path, "-o",
                                                          path + ".o"],
        })
    with open(os.path.join(root, "compile_commands.json"), "w") as f:
        json.dump(commands, f, indent=1)
    return os.path.join(root, "src", "module0", "module0.h")


LAST_STDERR = [""]


def timed(cmd, cwd=None, expect=(0, 1)):
    """Wall seconds of one run; its standard error is kept in LAST_STDERR."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in expect:
        sys.exit("scan_project: %s exited %d:\n%s" % (
            " ".join(cmd), proc.returncode, proc.stderr[-2000:]))
    LAST_STDERR[0] = proc.stderr
    return elapsed


def reuse_summary():
    """"N of M translation units reused", from the last run's cache line."""
    found = re.search(r"cache: (\d+ of \d+) translation units? reused",
                      LAST_STDERR[0])
    return found.group(1) + " reused" if found else "no cache line"


def median_of(runs, measure):
    return statistics.median(measure() for _ in range(runs))


def measure(build, tus, jobs, runs, skip_j1=False, keep=None, out=print):
    """Runs every configuration and returns {name: median seconds}."""
    # run-clang-tidy runs in the project: a relative plugin path would not load.
    build = os.path.abspath(build)
    tlslint = os.path.join(build, "bin", "tlslint")
    plugin = os.path.join(build, "lib", "libtlslint-tidy.so")
    major = checks_overhead.llvm_major(build)
    runner = shutil.which("run-clang-tidy-" + major)
    if not runner:
        sys.exit("scan_project: run-clang-tidy-%s not found (clang-tidy-%s)" %
                 (major, major))
    work = keep or tempfile.mkdtemp(prefix="tlslint-scan-bench-")
    try:
        header = write_project(work, tus)
        out("project: %d TUs in %s, -j%d, median of %d runs" %
            (tus, work, jobs, runs))
        # Not --quiet: it would drop the cache summary; with standard error not
        # a terminal, there is no progress line anyway.
        scan = [tlslint, "scan", "-p", work, "-o", os.devnull]
        tidy = [sys.executable, runner, "-quiet", "-load", plugin,
                "-checks=-*,tls-*", "-p", work, "-j", str(jobs)]
        results = {}
        if not skip_j1:
            results["scan -j1"] = median_of(
                runs, lambda: timed(scan + ["-j", "1"]))
            out("  scan -j1: %.1f s" % results["scan -j1"])
        results["scan -jN"] = median_of(
            runs, lambda: timed(scan + ["-j", str(jobs)]))
        out("  scan -j%d: %.1f s" % (jobs, results["scan -jN"]))
        results["run-clang-tidy -jN"] = median_of(
            runs, lambda: timed(tidy, cwd=work))
        # It exits 1 on findings and on a plugin that did not load alike.
        if "Unable to run clang-tidy" in LAST_STDERR[0]:
            sys.exit("scan_project: run-clang-tidy failed:\n" +
                     LAST_STDERR[0][-2000:])
        out("  run-clang-tidy-%s -j%d: %.1f s" %
            (major, jobs, results["run-clang-tidy -jN"]))

        cache = os.path.join(work, "cache")
        cached = scan + ["-j", str(jobs), "--cache", cache]

        def cold():
            shutil.rmtree(cache, ignore_errors=True)
            return timed(cached)

        def header_changed():
            with open(header, "a") as f:
                f.write("/* edited %f */\n" % time.time())
            return timed(cached)

        results["cache cold"] = median_of(runs, cold)
        out("  scan --cache, cold: %.1f s" % results["cache cold"])
        results["cache warm"] = median_of(runs, lambda: timed(cached))
        out("  scan --cache, nothing changed: %.2f s (%s)" %
            (results["cache warm"], reuse_summary()))
        results["cache header"] = median_of(runs, header_changed)
        out("  scan --cache, one module header changed: %.1f s (%s)" %
            (results["cache header"], reuse_summary()))
        return results
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    parser.add_argument("--tus", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-j1", action="store_true",
                        help="do not time the single-threaded scan")
    parser.add_argument("--keep", help="write the project here and keep it")
    args = parser.parse_args()
    r = measure(args.build, args.tus, args.jobs, args.runs, args.skip_j1,
                args.keep)
    rows = [("scan -j%d / run-clang-tidy-%s -j%d" %
             (args.jobs, checks_overhead.llvm_major(args.build), args.jobs),
             r["scan -jN"] / r["run-clang-tidy -jN"]),
            ("scan --cache, nothing changed / cold",
             r["cache warm"] / r["cache cold"]),
            ("scan --cache, 1/%d of TUs' header changed / cold" % MODULES,
             r["cache header"] / r["cache cold"])]
    if "scan -j1" in r:
        rows.insert(0, ("scan -j%d / scan -j1" % args.jobs,
                        r["scan -jN"] / r["scan -j1"]))
    print()
    for name, ratio in rows:
        print("%-48s %7.3fx" % (name, ratio))

if __name__ == "__main__":
    main()
