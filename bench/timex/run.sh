#!/bin/sh
# Peer comparison of parley's time tagger with chrono-node (pinned in
# package.json / package-lock.json) on TE3-platinum: accuracy and
# throughput. Needs node and the npm registry once; not run by CI.
#   bench/timex/run.sh [-reps N]
# Throughput is reported per CPU second (robust on a shared machine) and
# by wall clock; parley runs on one core (GOMAXPROCS=1) like node.
set -eu
cd "$(dirname "$0")"
[ -d node_modules/chrono-node ] || npm ci --no-audit --no-fund
GOMAXPROCS=1 go run . -shared ../../../shared "$@"
