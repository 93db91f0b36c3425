#!/usr/bin/env bash
# Prints the raw and gzip -9 size of each file given, and its SRI hash (for <script integrity>).
set -euo pipefail
for f in "$@"; do
  node -e '
    const fs = require("fs"), zlib = require("zlib"), crypto = require("crypto");
    const file = process.argv[1], bytes = fs.readFileSync(file);
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    const sri = "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");
    console.log(`${file}: ${bytes.length} bytes, ${gz} gzip -9, integrity ${sri}`);
  ' "$f"
done
