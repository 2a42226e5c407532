#!/usr/bin/env sh
# Generates the example app's deliberately misplaced client key and its
# certificate into APP_DIR/src/main/assets (git-ignored): the example shows
# tls-embedded-private-key on them, and no private key is committed.
# Usage: generate-client-key.sh APP_DIR
set -eu
assets="$1/src/main/assets"
mkdir -p "$assets"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
  -out "$assets/client.key" 2>/dev/null
openssl req -x509 -key "$assets/client.key" -subj "/CN=payments-client" \
  -days 365 -out "$assets/client.crt" 2>/dev/null
