#!/usr/bin/env bash
# Measures, in one run on the same files (testdata/corpus/*.eml):
#   Go:     BenchmarkInspect (parse → draft) and BenchmarkParseMIME (MIME only), one core
#   Node:   mailparser's simpleParser (npm, installed here from package-lock.json)
#   Python: the standard library's email package, parse and walk parts
# Usage: bash bench/parse/run.sh [SECONDS]   (numbers go in docs/PERFORMANCE.md)
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-5}
corpus=../../testdata/corpus
[ -d node_modules/mailparser ] || npm ci --no-audit --no-fund --silent
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs); $(go version)"
(cd ../.. && go test ./process/normalise -run '^$' -bench 'Inspect|ParseMIME' -benchmem -cpu 1 -benchtime "${secs}s") | grep -E '^Benchmark'
taskset -c 0 node mailparser.js "$corpus" "$secs" 2>/dev/null || node mailparser.js "$corpus" "$secs"
taskset -c 0 python3 email_parse.py "$corpus" "$secs" 2>/dev/null || python3 email_parse.py "$corpus" "$secs"
