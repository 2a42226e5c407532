#!/usr/bin/env python3
"""Generates, with the openssl command, the keys and look-alikes that the
C/C++ tests of tls-embedded-private-key paste into their sources
(test/utils/embed_keys.py). Nothing of it is committed.

Usage: make_keys.py DIR

Private keys: rsa.pem (RSA 2048, PKCS#8 PEM), rsa-pkcs1.pem, rsa.der
(PKCS#8 DER), rsa-legacy-encrypted.pem (Proc-Type: 4,ENCRYPTED), ec.pem
(P-256, PKCS#8 PEM), ec-sec1.der, ec-encrypted.pem (encrypted PKCS#8),
ed25519.der (48 bytes). Look-alikes: ec-public.pem, ec-public.der, cert.pem,
cert.der (a certificate for ec.pem), ec-truncated.pem (the first lines of
ec.pem and its END line).
"""

import os
import subprocess
import sys


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)
    openssl("genpkey", "-algorithm", "RSA", "-pkeyopt",
            "rsa_keygen_bits:2048", "-out", p("rsa.pem"))
    openssl("pkey", "-in", p("rsa.pem"), "-traditional",
            "-out", p("rsa-pkcs1.pem"))
    openssl("pkcs8", "-topk8", "-nocrypt", "-in", p("rsa.pem"),
            "-outform", "DER", "-out", p("rsa.der"))
    openssl("pkey", "-in", p("rsa.pem"), "-traditional", "-aes128",
            "-passout", "pass:secret", "-out", p("rsa-legacy-encrypted.pem"))
    openssl("genpkey", "-algorithm", "EC", "-pkeyopt",
            "ec_paramgen_curve:P-256", "-out", p("ec.pem"))
    openssl("pkey", "-in", p("ec.pem"), "-traditional", "-outform", "DER",
            "-out", p("ec-sec1.der"))
    openssl("pkcs8", "-topk8", "-in", p("ec.pem"), "-passout", "pass:secret",
            "-out", p("ec-encrypted.pem"))
    openssl("genpkey", "-algorithm", "ED25519", "-outform", "DER",
            "-out", p("ed25519.der"))
    openssl("pkey", "-in", p("ec.pem"), "-pubout", "-out", p("ec-public.pem"))
    openssl("pkey", "-in", p("ec.pem"), "-pubout", "-outform", "DER",
            "-out", p("ec-public.der"))
    openssl("req", "-x509", "-key", p("ec.pem"), "-subj", "/CN=client",
            "-days", "30", "-out", p("cert.pem"))
    openssl("x509", "-in", p("cert.pem"), "-outform", "DER",
            "-out", p("cert.der"))
    with open(p("ec.pem")) as f:
        lines = f.read().splitlines(keepends=True)
    with open(p("ec-truncated.pem"), "w") as f:
        f.writelines(lines[:2] + lines[-1:])


if __name__ == "__main__":
    main()
