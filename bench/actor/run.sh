#!/bin/sh
# Compares parley's actor tagger with compromise and wink-nlp on parley's
# actor evaluation sets. Needs Node.js; run from anywhere. Not part of CI.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here" && npm ci --no-audit --no-fund >/dev/null
cd "$root"
go run ./bench/actor -export "$here/cases.out.json"
node "$here/peers.mjs" "$here/cases.out.json" > "$here/peers.out.json"
go run ./bench/actor -compare "$here/peers.out.json"
