#!/usr/bin/env bash
# Runs the snippet fuzzer for N seconds (default 600) from the committed seeds and regressions, with limits that
# turn a hang (90 s per input) or runaway memory (4 GB) into a reported failure. The harness gives each statement
# 2,000,000 steps, a tenth of a chapter's budget: at the full budget a looping snippet took about 21 s of CPU in this
# instrumented build and 118 s of wall time at load average 22, past the timeout; now about 2 s of CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
CORPUS=.build-fuzz/corpus
mkdir -p "$CORPUS"
.build-fuzz/fuzz-snippets "$CORPUS" Fuzz/seeds Fuzz/regressions \
  -dict=Fuzz/snippets.dict -max_total_time="$SECONDS_TO_RUN" -timeout=90 -rss_limit_mb=4096 -max_len=2048 \
  -print_final_stats=1 -artifact_prefix=.build-fuzz/
