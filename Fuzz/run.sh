#!/usr/bin/env bash
# Runs the snippet fuzzer for N seconds (default 600) from the committed seeds and regressions, with limits that
# turn a hang (30 s per input: a statement may take 20,000,000 interpreter steps, several seconds in this instrumented
# build) or runaway memory (4 GB) into a reported failure.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
CORPUS=.build-fuzz/corpus
mkdir -p "$CORPUS"
.build-fuzz/fuzz-snippets "$CORPUS" Fuzz/seeds Fuzz/regressions \
  -dict=Fuzz/snippets.dict -max_total_time="$SECONDS_TO_RUN" -timeout=30 -rss_limit_mb=4096 -max_len=2048 \
  -print_final_stats=1 -artifact_prefix=.build-fuzz/
