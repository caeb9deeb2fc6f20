#!/bin/sh
# Compares parley's quantity tagger with compromise's number parsing.
# Needs Node.js; run from anywhere. Not part of CI.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here" && npm ci --no-audit --no-fund >/dev/null
cd "$root"
go run ./bench/quantity -export "$here/cases.out.json"
node "$here/compromise.mjs" "$here/cases.out.json" > "$here/compromise.out.json"
go run ./bench/quantity -compare "$here/compromise.out.json"
