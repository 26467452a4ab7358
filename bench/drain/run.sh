#!/usr/bin/env bash
# Drain benchmark of the built newsdesk against a real Dovecot, NATS and
# PostgreSQL (see docs/PERFORMANCE.md, "Drain"). Needs root (Dovecot) and
# the local PostgreSQL and NATS the tests use.
#
# Usage: bash bench/drain/run.sh [N] [REPEAT] [OUTDIR]
#   N       emails in the backlog (default 1000)
#   REPEAT  drains per configuration, each next to its own floor (default 1)
#   OUTDIR  logs, CPU profiles (*.pprof) and results (default /tmp/newsdesk-drain)
# Then, unless DRAIN_ONLY=1: peak RSS on ten 25 MB emails and APPEND→stored
# latency over 100 emails on an idle pipeline; and with DRAIN_SCALE set
# (e.g. 1000,10000,50000), drain time against N for DRAIN_CONFIG (default
# run) as a text plot. Environment variables of the benchmarks
# (DRAIN_CONFIGS, DRAIN_CORPUS, DRAIN_BIG_N, DRAIN_BIG_MB, DRAIN_LAT_N) pass
# through; DRAIN_CORPUS=genre drains the genre corpus's distinct releases too.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}
repeat=${2:-1}
out=${3:-/tmp/newsdesk-drain}
mkdir -p "$out"
bench() { go test ./bench/drain -run '^$' -bench "$1" -benchtime=1x -timeout 60m; }
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs); $(go version); load $(cut -d' ' -f1-3 /proc/loadavg)"
DRAIN_N=$n DRAIN_REPEAT=$repeat DRAIN_OUT=$out/drain bench '^BenchmarkDrain$' | tee "$out/drain.txt"
for p in "$out"/drain/*work*.pprof; do
	[ -e "$p" ] || continue
	echo "== $(basename "$p"): top 15 by own time, then by cumulative"
	go tool pprof -top -nodecount=15 "$p" 2>/dev/null | sed -n '/flat%/,$p'
	go tool pprof -top -cum -nodecount=15 "$p" 2>/dev/null | sed -n '/flat%/,$p'
	break # the first worker profile; the others are in $out/drain
done
if [ "${DRAIN_ONLY:-0}" != 1 ]; then
	DRAIN_OUT=$out/rss bench '^BenchmarkLargeRSS$' | tee "$out/rss.txt"
	DRAIN_OUT=$out/latency bench '^BenchmarkIdleLatency$' | tee "$out/latency.txt"
fi
if [ -n "${DRAIN_SCALE:-}" ]; then
	DRAIN_OUT=$out/scale bench '^BenchmarkDrainScale$' | tee "$out/scale.txt"
fi
