#!/usr/bin/env bash
# Prints the raw and gzip -9 size of each file given, and its SRI hash (for <script integrity>).
set -euo pipefail
for f in "$@"; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  sri="sha384-$(openssl dgst -sha384 -binary "$f" | openssl base64 -A)"
  printf '%s: %s bytes, %s gzip -9, integrity %s\n' "$f" "$raw" "$gz" "$sri"
done
