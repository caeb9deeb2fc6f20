#!/bin/sh
# Peer comparison of parley's time tagger with chrono-node (pinned in
# package.json / package-lock.json) on TE3-platinum: accuracy and
# throughput. Needs node and the npm registry once; not run by CI.
#   bench/timex/run.sh [-reps N]
set -eu
cd "$(dirname "$0")"
[ -d node_modules/chrono-node ] || npm ci --no-audit --no-fund
go run . -shared ../../../shared "$@"
