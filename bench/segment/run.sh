#!/bin/sh
# Compares parley's segmenter with compromise's sentence and term splitting
# on the generated corpus. Needs Node.js; run from anywhere. Not part of CI.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here" && npm ci --no-audit --no-fund >/dev/null
cd "$root"
go run ./bench/segment -export "$here/corpus.out.json"
node "$here/compromise.mjs" "$here/corpus.out.json" > "$here/compromise.out.json"
go run ./bench/segment -compare "$here/compromise.out.json"
