#!/usr/bin/env python3
"""Finds library names spelled as string literals in checks/ outside
checks/api: every function, constant, option and class a library's rows name
belongs in checks/api (see checks/api/README.md).

library_literals.py ROOT: ROOT is a source tree (checks/api/*.def, and the
check code under checks/). Exit 0 and one summary line when no literal in the
check code holds a library name; exit 1 listing each one otherwise.

A library name is (a) a literal of a .def file that is a name, not prose
("SSL_CTX_set_verify", "CURLOPT_URL", "grpc::CreateChannel", the '|'-
separated enumerators), or its unqualified last part, unless it is a plain
lower-case word such as "verify", which prose uses too; or (b) a word with a
TLS library's naming convention (SSL_, X509_, CURLOPT_, mbedtls_, lws_, ...),
so that a name no row mentions yet is caught too. The C and C++ standard
libraries' names (memset, std::string's c_str and data) are the language's,
not a TLS library's, and allowed.
"""
import os
import re
import sys

STANDARD_LIBRARY = {"memset", "c_str", "data"}
CONVENTIONS = re.compile(
    r"\b(?:SSL_\w+|X509\w*|CURL\w*|curl_\w+|mbedtls_\w+|MBEDTLS_\w+|"
    r"wolfSSL\w*|WOLFSSL_\w+|gnutls_\w+|GNUTLS_\w+|lws_\w+|LCCSCF_\w+|"
    r"grpc::\w*|Poco::\w*|boost::\w*|QSsl\w*|web::\w*|httplib::\w*|"
    r"Java_\w*|JNI\w*|Get\w*MethodID|FindClass|Ljavax?/\w+|javax?\.net\w*|"
    r"TrustManager\w*|HostnameVerifier\w*|SSLContext|pkcs11|ssl_verify_\w+|"
    r"TLS_\w+_method|EVP_\w+|PEM_\w+|BIO_\w+|OPENSSL_\w+|BoringSSL|"
    r"VERS-[A-Z0-9.]+)")
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_~][A-Za-z0-9_]*)*$")
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def blank(match):
    return re.sub(r"[^\n]", " ", match.group())


def code_only(text):
    """The text with comments and #include lines blanked, lines kept."""
    text = re.sub(r"//[^\n]*", blank, text)
    text = re.sub(r"/\*.*?\*/", blank, text, flags=re.S)
    return re.sub(r"^\s*#\s*include[^\n]*", blank, text, flags=re.M)


def row_names(api_dir):
    names = set()
    for entry in sorted(os.listdir(api_dir)):
        if not entry.endswith(".def"):
            continue
        with open(os.path.join(api_dir, entry), encoding="utf-8") as f:
            text = code_only(f.read())
        for literal in LITERAL.findall(text):
            for part in literal[1:-1].split("|"):
                if NAME.match(part) and len(part) >= 4:
                    names.add(part)
                    names.add(part.split("::")[-1])
    # A lower-case word ("verify", "host") is also English: only the
    # convention patterns can tell it from prose.
    return {n for n in names if len(n) >= 4 and not re.match(r"^[a-z]+$", n)
            } - STANDARD_LIBRARY


def check_sources(checks_dir):
    for root, dirs, files in os.walk(checks_dir):
        dirs[:] = sorted(d for d in dirs
                         if os.path.join(root, d) != os.path.join(
                             checks_dir, "api"))
        for name in sorted(files):
            if name.endswith((".cpp", ".h")):
                yield os.path.join(root, name)


def main():
    root = sys.argv[1]
    checks = os.path.join(root, "checks")
    names = row_names(os.path.join(checks, "api"))
    if not names:
        sys.exit("library_literals: no row names under %s/checks/api" % root)
    words = re.compile(r"\b(?:%s)\b" % "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)))
    found, literals = [], 0
    for path in check_sources(checks):
        with open(path, encoding="utf-8") as f:
            text = code_only(f.read())
        for literal in LITERAL.finditer(text):
            literals += 1
            body = literal.group()[1:-1]
            hits = set(words.findall(body)) | set(CONVENTIONS.findall(body))
            hits -= STANDARD_LIBRARY
            if hits:
                line = text.count("\n", 0, literal.start()) + 1
                found.append("%s:%d: %s" % (os.path.relpath(path, root), line,
                                            ", ".join(sorted(hits))))
    for entry in found:
        print(entry)
    print("%d names from the rows, %d literals in check code, "
          "%d with a library name" % (len(names), literals, len(found)))
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
