#!/usr/bin/env bash
# Builds the snippet fuzzer: TensorCore and Snippets compiled with libFuzzer instrumentation, linked with
# FuzzSnippets.swift. Usage: Fuzz/build.sh   then   Fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build-fuzz
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer -O -parse-as-library -swift-version 6 -g)

swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name TensorCore \
  -emit-module-path "$OUT/TensorCore.swiftmodule" -o "$OUT/libTensorCore.a" \
  $(find Sources/TensorCore -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name Snippets -I "$OUT" \
  -emit-module-path "$OUT/Snippets.swiftmodule" -o "$OUT/libSnippets.a" \
  $(find Sources/Snippets -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -I "$OUT" Fuzz/FuzzSnippets.swift -L "$OUT" -lSnippets -lTensorCore -o "$OUT/fuzz-snippets"
echo "built $OUT/fuzz-snippets"
