#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora, taken from the test inputs.

Usage: make_seeds.py SOURCE_ROOT OUT_DIR

OUT_DIR/<target>/ gets one file per seed, named after where it came from:
- xml:       test/xml/Inputs, the split-file sections of test/xml/*.test
             (configs, manifests, build.gradle) and the example app;
- pin:       <pin> texts and expiration dates of those XML files, and the
             CURLOPT_PINNEDPUBLICKEY values of the checks' tests;
- url:       URL string literals of the checks' tests and the example app;
- cert-pins: certificates, requests and keys made here with the openssl
             command (so no key is ever committed);
- baseline:  fuzz/seeds/baseline, reports written by tlslint itself.
The directory is rewritten on every run, so a removed test input leaves no
stale seed behind.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Larger inputs only slow the fuzzer down: libFuzzer cuts inputs at
# -max_len anyway (see run_fuzzers.py).
MAX_SEED_BYTES = 64 * 1024

SPLIT_FILE = re.compile(rb"^#--- (\S+)\n", re.M)
PIN_TEXT = re.compile(rb"<pin\b[^>]*>([^<]*)</pin>")
EXPIRATION = re.compile(rb'expiration="([^"]*)"')
STRING_LITERAL = re.compile(rb'"((?:[^"\\\n]|\\.)*)"')


class Seeds:
    def __init__(self, out):
        self.out = out
        self.names = set()
        self.contents = set()

    def add(self, target, origin, data):
        # The same pin or URL turns up in many tests; once is enough.
        if len(data) > MAX_SEED_BYTES or (target, data) in self.contents:
            return
        self.contents.add((target, data))
        directory = os.path.join(self.out, target)
        os.makedirs(directory, exist_ok=True)
        base = re.sub(r"[^A-Za-z0-9._-]", "_", origin)
        name, n = base, 1
        while (target, name) in self.names:
            n += 1
            name = "%s.%d" % (base, n)
        self.names.add((target, name))
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def split_file_sections(text):
    """The (name, content) pairs of a lit test's '#--- name' sections."""
    parts = SPLIT_FILE.split(text)
    return [(parts[i].decode(), parts[i + 1])
            for i in range(1, len(parts) - 1, 2)]


def xml_seeds(root, seeds):
    """Adds the XML half's inputs; returns their texts for the pin seeds."""
    texts = []
    for path in sorted(glob.glob(os.path.join(root, "test/xml/Inputs/**/*"),
                                 recursive=True)):
        if os.path.isfile(path):
            data = read(path)
            seeds.add("xml", os.path.relpath(path, root), data)
            texts.append(data)
    for test in sorted(glob.glob(os.path.join(root, "test/xml/*.test"))):
        for name, data in split_file_sections(read(test)):
            if name.endswith((".xml", ".gradle", ".kts")):
                seeds.add("xml", os.path.basename(test) + "-" + name, data)
                texts.append(data)
    for pattern in ("examples/**/*.xml", "examples/**/build.gradle*"):
        for path in sorted(glob.glob(os.path.join(root, pattern),
                                     recursive=True)):
            data = read(path)
            seeds.add("xml", os.path.relpath(path, root), data)
            texts.append(data)
    return texts


def source_files(root):
    for pattern in ("test/checks/*.c", "test/checks/*.cpp",
                    "test/tools/Inputs/*.cpp", "examples/**/*.cpp"):
        yield from sorted(glob.glob(os.path.join(root, pattern),
                                    recursive=True))


def pin_seeds(root, seeds, xml_texts):
    for text in xml_texts:
        for m in PIN_TEXT.finditer(text):
            seeds.add("pin", "xml-pin", m.group(1).strip())
        for m in EXPIRATION.finditer(text):
            seeds.add("pin", "xml-expiration", m.group(1))
    for path in source_files(root):
        for m in STRING_LITERAL.finditer(read(path)):
            if m.group(1).startswith(b"sha256//"):
                seeds.add("pin", "curl-" + os.path.basename(path), m.group(1))
    # Shapes the tests do not spell out: several entries, a key file.
    seeds.add("pin", "curl-two-pins",
              b"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=;"
              b" sha256//AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=")
    seeds.add("pin", "curl-key-file", b"/etc/ssl/server.pub.pem")


def url_seeds(root, seeds):
    for path in source_files(root):
        for m in STRING_LITERAL.finditer(read(path)):
            if b"://" in m.group(1):
                seeds.add("url", "literal-" + os.path.basename(path),
                          m.group(1))
    # The target reads allowlist patterns from the lines after the URL.
    seeds.add("url", "allowlist",
              b"http://api.internal.example.com:8080/v1\n"
              b"*.example.com\nlocalhost\n  Other.Example.ORG. ")
    seeds.add("url", "ipv6-userinfo", b"ws://user:pw@[::1]:9000/socket")


def openssl(args, cwd):
    subprocess.run(["openssl"] + args, cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cert_pin_seeds(seeds):
    if not shutil.which("openssl"):
        sys.exit("make_seeds.py: the openssl command is missing "
                 "(apt-get install openssl)")
    with tempfile.TemporaryDirectory() as tmp:
        # Small keys: the seeds only need every shape, and small inputs
        # fuzz faster.
        keys = {
            "ec": ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
            "rsa": ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"],
            "ed25519": ["-algorithm", "ED25519"],
        }
        for name, algorithm in keys.items():
            key = name + ".key"
            openssl(["genpkey"] + algorithm + ["-out", key], tmp)
            openssl(["pkey", "-in", key, "-pubout", "-out", name + ".pub"],
                    tmp)
            openssl(["pkey", "-in", key, "-pubout", "-outform", "DER",
                     "-out", name + ".pub.der"], tmp)
            openssl(["pkey", "-in", key, "-outform", "DER",
                     "-out", name + ".key.der"], tmp)
            openssl(["req", "-new", "-x509", "-key", key, "-days", "30",
                     "-subj", "/CN=%s.example.com/O=Fuzz, Inc." % name,
                     "-out", name + ".crt"], tmp)
            openssl(["x509", "-in", name + ".crt", "-outform", "DER",
                     "-out", name + ".crt.der"], tmp)
            openssl(["req", "-new", "-key", key, "-subj", "/CN=" + name,
                     "-out", name + ".csr"], tmp)
        openssl(["rsa", "-in", "rsa.key", "-RSAPublicKey_out",
                 "-out", "rsa.pkcs1.pub"], tmp)
        openssl(["x509", "-in", "rsa.crt", "-trustout",
                 "-addtrust", "serverAuth", "-out", "rsa.trusted.crt"], tmp)
        for name in sorted(os.listdir(tmp)):
            seeds.add("cert-pins", name, read(os.path.join(tmp, name)))
        # A chain: PEM blocks with text around them, and DER back to back.
        seeds.add("cert-pins", "chain.pem",
                  b"subject=ec\n" + read(os.path.join(tmp, "ec.crt")) +
                  b"\n" + read(os.path.join(tmp, "rsa.crt")))
        seeds.add("cert-pins", "chain.der",
                  read(os.path.join(tmp, "ec.crt.der")) +
                  read(os.path.join(tmp, "rsa.crt.der")))


def baseline_seeds(root, seeds):
    for path in sorted(glob.glob(os.path.join(root, "fuzz/seeds/baseline/*"))):
        seeds.add("baseline", os.path.basename(path), read(path))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, out = sys.argv[1], sys.argv[2]
    if os.path.isdir(out):
        shutil.rmtree(out)
    seeds = Seeds(out)
    xml_texts = xml_seeds(root, seeds)
    pin_seeds(root, seeds, xml_texts)
    url_seeds(root, seeds)
    cert_pin_seeds(seeds)
    baseline_seeds(root, seeds)


if __name__ == "__main__":
    main()
