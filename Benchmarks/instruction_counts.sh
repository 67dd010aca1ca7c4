#!/usr/bin/env bash
# Instructions per call of the small-op rows and per gradient step (issues 9 and 10), counted by callgrind: a row run
# 3 times minus the same row run once, so the session's start-up, the setup and the first run's warm-up cancel out,
# divided by the calls in the two extra runs (2 × 10^4 for a small-op row, 2 × 200 for the gradient loop, 2 × 10^5
# for a language row of 10^5 items).
# Instruction counts repeat to a few instructions under any load, where wall clock on a shared machine is noise.
#
# Usage: Benchmarks/instruction_counts.sh [--cpython] BINARY OUTDIR [ROW ...]
#   --cpython: also count CPython 3.11 + NumPy's instructions per call on the same code (the workload as
#   language_bench.py runs it, given by `LanguageBenchmarks --workloads ROW`), and print the ratio docbuild ÷ CPython:
#   a comparison with the peer that no load on the machine moves.
#   BINARY: a release LanguageBenchmarks (`swift build -c release --product LanguageBenchmarks`); it is copied to
#   OUTDIR stripped of its debug information (valgrind reads it at every start), function names kept.
#   ROW: a filter of LanguageBenchmarks' workload names; by default the gradient loop and the view rows.
# Prints "row<TAB>instructions per call" (with --cpython: then CPython's, and the ratio) and keeps each callgrind file
# in OUTDIR for callgrind_annotate.
set -euo pipefail
cpython=false
if [ "${1:-}" = "--cpython" ]; then
  cpython=true
  shift
fi
binary=$1
out=$2
shift 2
mkdir -p "$out"
rows=("$@")
if [ ${#rows[@]} -eq 0 ]; then
  rows=("200 steps of grad" "× a + b on" "× a[i] on" "× np.exp(a) on" "× a.T on" "× a.reshape(5, 20) on")
fi
stripped="$out/LanguageBenchmarks"
objcopy --strip-debug "$binary" "$stripped"
export SWIFT_DETERMINISTIC_HASHING=1
total() {  # the instructions callgrind counted in its output file $1
  awk '/^totals:/ { print $2 }' "$1"
}
ordinal=0
for row in "${rows[@]}"; do
  # Numbered: rows that differ only in punctuation (`a + b`, `a @ b`) would share a file name.
  ordinal=$((ordinal + 1))
  name=$(printf '%02d%s' "$ordinal" "$row" | tr -c 'A-Za-z0-9' '_')
  for repeats in 1 3; do
    valgrind --tool=callgrind --callgrind-out-file="$out/$name.$repeats.out" "$stripped" "$row" "$repeats" \
      >/dev/null 2>"$out/$name.$repeats.log"
  done
  calls=20000
  case "$row" in
    *"steps of grad"*) calls=400 ;;
    # A language row of 10^5 items (`xs.append(i), 10^5 items`, `n += len(str(i)) …, 10^5 times`): per item.
    *"10^5"* | *"10**5"*) calls=200000 ;;
  esac
  one=$(total "$out/$name.1.out")
  three=$(total "$out/$name.3.out")
  ours=$(((three - one) / calls))
  if ! $cpython; then
    printf '%s\t%d\n' "$row" "$ours"
    continue
  fi
  # The interpreter itself, not a launcher script (pyenv's shim is one) that valgrind would count instead.
  python=$(python3 -c 'import sys; print(sys.executable)')
  workload=$("$binary" --workloads "$row")
  for repeats in 1 3; do
    # One BLAS thread: NumPy's OpenBLAS starts idle worker threads that spin while they wait, and callgrind counted
    # their spinning, which depends on how the threads were scheduled: the same row's count moved by up to 500
    # instructions a call between two runs (3,000,000 instructions in `blas_thread_server`). With one thread two
    # runs of `c = a` give the same count to the instruction and two runs of the whole table agree within 1% on every
    # row; no small-op row calls BLAS on more than one thread anyway.
    # A fixed string hash, so that every run probes CPython's dicts in the same order.
    OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0 valgrind --tool=callgrind \
      --callgrind-out-file="$out/$name.cpython.$repeats.out" "$python" "$(dirname "$0")/language_bench.py" \
      --repeat "$repeats" "$workload" >/dev/null 2>"$out/$name.cpython.$repeats.log"
  done
  one=$(total "$out/$name.cpython.1.out")
  three=$(total "$out/$name.cpython.3.out")
  theirs=$(((three - one) / calls))
  printf '%s\t%d\t%d\t%s\n' "$row" "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f×", a / b }')"
done
