#!/usr/bin/env python3
"""Writes one translation unit per installed TLS library and language that
includes every public header of the library, and a compilation database
(compile_commands.json) for them.

Usage: library_tus.py OUT_DIR [--jni-include DIR] [--only NAME,...]

The header lists are globbed from the installed packages when this runs, so
a new header in a package update is checked without editing the test. A
library whose headers are not installed fails the test: scripts/packages.txt
installs them all.

OUT_DIR/headers.txt lists, per TU, how many headers it includes and which
were skipped and why, for a reader of a failing test.
"""
import argparse
import glob
import json
import os
import sys

INC = "/usr/include"
ARCH = "/usr/include/x86_64-linux-gnu"
QT6 = ARCH + "/qt6"


class Library:
    def __init__(self, name, globs, languages=("c", "cpp"), flags=(),
                 prologue="", skip=None, first=None):
        self.name = name
        # (include root, glob under it); "**" globs recursively.
        self.globs = globs
        self.languages = languages
        self.flags = list(flags)
        # Text before the includes: a configuration header or macro the
        # library requires of every user.
        self.prologue = prologue
        # header -> (languages, reason): headers that cannot be included in
        # this configuration at all. Keep this list small and say why.
        self.skip = skip or {}
        # header -> headers it uses without including them: they go first,
        # in the order the library's own umbrella header includes them.
        self.first = first or {}


LIBRARIES = [
    # OpenSSL 3 (libssl-dev); configuration.h and opensslconf.h live in the
    # multiarch directory.
    Library("openssl", [(INC, "openssl/*.h"), (ARCH, "openssl/*.h")], skip={
        "openssl/asn1_mac.h": (("c", "cpp"),
                               "OpenSSL 3 keeps it only to fail the build: "
                               "#error \"This file is obsolete\""),
    }),
    # BoringSSL as Android builds it (android-libboringssl-dev).
    Library("boringssl", [("/usr/include/android", "openssl/*.h")],
            flags=["-I/usr/include/android"]),
    Library("curl", [(ARCH, "curl/*.h")]),
    # The SSL layers of Boost.Asio and Boost.Beast; they include the rest
    # of Asio they need.
    Library("boost", [(INC, "boost/asio/ssl.hpp"),
                      (INC, "boost/beast/ssl.hpp")], languages=("cpp",)),
    # Every file of QtNetwork: the lower-case headers and the class-name
    # forwarding headers that include them.
    Library("qt6", [(QT6, "QtNetwork/*")], languages=("cpp",),
            flags=["-fPIC", "-I" + QT6, "-I" + QT6 + "/QtCore",
                   "-I" + QT6 + "/QtNetwork"]),
    # Mbed TLS 2.28 (Debian 12): its headers include mbedtls/config.h.
    Library("mbedtls", [(INC, "mbedtls/*.h")]),
    # wolfSSL: every user includes the build's options.h first.
    Library("wolfssl", [(INC, "wolfssl/*.h"), (INC, "wolfssl/openssl/*.h"),
                        (INC, "wolfssl/wolfcrypt/*.h")],
            prologue="#include <wolfssl/options.h>\n", skip={
                "wolfssl/wolfcrypt/tfm.h": (
                    ("c", "cpp"),
                    "the fast-math big integers, an alternative to "
                    "sp_int.h: Debian's options.h selects sp_int, and the "
                    "two define the same types differently"),
                "wolfssl/wolfcrypt/wc_kyber.h": (
                    ("c", "cpp"),
                    "a placeholder: #error \"Contact wolfSSL to get the "
                    "implementation of this file\""),
                "wolfssl/test.h": (
                    ("cpp",),
                    "wolfSSL's example harness is C only: a conditional "
                    "mixes in_addr_t and const char * (test.h:1957)"),
            }),
    Library("gnutls", [(INC, "gnutls/*.h")], skip={
        "gnutls/gnutlsxx.h": (("c",), "the C++ API; the C++ TU has it"),
    }),
    Library("httplib", [(INC, "httplib.h")], languages=("cpp",),
            prologue="#define CPPHTTPLIB_OPENSSL_SUPPORT\n"),
    # Poco::Net with NetSSL_OpenSSL (libpoco-dev).
    Library("poco", [(INC, "Poco/Net/*.h")], languages=("cpp",), first={
        # Parts of UDPServer.h, which includes these before them.
        "Poco/Net/UDPSocketReader.h": ["Poco/Net/UDPHandler.h"],
        "Poco/Net/MultiSocketPoller.h": ["Poco/Net/PollSet.h",
                                         "Poco/Net/UDPServerParams.h",
                                         "Poco/Net/UDPSocketReader.h"],
        "Poco/Net/SingleSocketPoller.h": ["Poco/Net/UDPServerParams.h",
                                          "Poco/Net/UDPSocketReader.h"],
    }),
    Library("cpprest", [(INC, "cpprest/*.h"), (INC, "cpprest/details/*.h")],
            languages=("cpp",)),
    Library("grpcpp", [(INC, "grpcpp/**/*.h")], languages=("cpp",)),
    Library("libwebsockets", [(INC, "libwebsockets.h")]),
]


def headers(root, pattern):
    found = glob.glob(os.path.join(root, pattern), recursive="**" in pattern)
    return sorted(os.path.relpath(p, root) for p in found if os.path.isfile(p))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--jni-include", default="")
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    libraries = list(LIBRARIES)
    if args.jni_include:
        libraries.append(Library(
            "jni", [(args.jni_include, "jni.h")],
            flags=["-I" + args.jni_include,
                   "-I" + os.path.join(args.jni_include, "linux")]))
    if args.only:
        wanted = args.only.split(",")
        libraries = [l for l in libraries if l.name in wanted]

    os.makedirs(args.out, exist_ok=True)
    out = os.path.abspath(args.out)
    database = []
    summary = []
    for library in libraries:
        found = []
        for root, pattern in library.globs:
            matches = headers(root, pattern)
            if not matches:
                sys.exit("library_tus.py: %s: nothing matches %s/%s; is its "
                         "-dev package installed (scripts/packages.txt)?"
                         % (library.name, root, pattern))
            found += matches
        for language in library.languages:
            skipped = {h: reason for h, (languages, reason)
                       in library.skip.items() if language in languages}
            missing = sorted(set(skipped) - set(found))
            if missing:
                sys.exit("library_tus.py: %s: skip list names headers that "
                         "are not installed: %s" % (library.name,
                                                    ", ".join(missing)))
            included = []

            def include(header):
                if header in included:
                    return
                for before in library.first.get(header, []):
                    include(before)
                included.append(header)

            for header in found:
                if header not in skipped:
                    include(header)
            tu = "%s.%s" % (library.name, language)
            with open(os.path.join(out, tu), "w") as f:
                f.write("// Every public header of %s.\n" % library.name)
                f.write(library.prologue)
                for header in included:
                    f.write("#include <%s>\n" % header)
            compiler = "clang" if language == "c" else "clang++"
            standard = "-std=c11" if language == "c" else "-std=c++17"
            database.append({
                "directory": out, "file": tu,
                "arguments": [compiler, standard] + library.flags
                             + ["-c", tu]})
            summary.append("%s: %d headers" % (tu, len(included)))
            for header, reason in sorted(skipped.items()):
                summary.append("  skipped %s: %s" % (header, reason))
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(database, f, indent=1)
    with open(os.path.join(out, "headers.txt"), "w") as f:
        f.write("\n".join(summary) + "\n")


if __name__ == "__main__":
    main()
