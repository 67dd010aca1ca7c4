#!/usr/bin/env bash
# Runs the page fuzzer for N seconds (default 600) from the committed page seeds and regressions, with limits that
# turn a hang (10 s per input) or runaway memory (4 GB) into a reported failure.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
CORPUS=.build-fuzz/pages/corpus
mkdir -p "$CORPUS"
.build-fuzz/pages/fuzz-pages "$CORPUS" Fuzz/page-seeds Fuzz/regressions/pages \
  -dict=Fuzz/pages.dict -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
  -print_final_stats=1 -artifact_prefix=.build-fuzz/pages/
