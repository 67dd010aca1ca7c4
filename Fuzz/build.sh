#!/usr/bin/env bash
# Builds the snippet fuzzer: TensorCore, SourceText, MarkupText, Plot and Snippets compiled with libFuzzer instrumentation, linked with
# FuzzSnippets.swift. Usage: Fuzz/build.sh   then   Fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build-fuzz
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer -O -parse-as-library -swift-version 6 -g)

# TensorCore's float matrix products call the C kernel in Sources/CKernels.
# Every C file of Sources/CKernels (the matrix products, the elementary functions' loops, glibc's and NumPy's kernels).
C_OBJECTS=()
for source in Sources/CKernels/*.c; do
  object="$OUT/$(basename "${source%.c}").o"
  clang -O2 -fsanitize=fuzzer-no-link -g -I Sources/CKernels/include -c "$source" -o "$object"
  C_OBJECTS+=("$object")
done
swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name TensorCore -I Sources/CKernels/include \
  -emit-module-path "$OUT/TensorCore.swiftmodule" -o "$OUT/libTensorCore.a" \
  $(find Sources/TensorCore -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name SourceText \
  -emit-module-path "$OUT/SourceText.swiftmodule" -o "$OUT/libSourceText.a" \
  $(find Sources/SourceText -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name MarkupText \
  -emit-module-path "$OUT/MarkupText.swiftmodule" -o "$OUT/libMarkupText.a" \
  $(find Sources/MarkupText -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name Plot -I "$OUT" -I Sources/CKernels/include \
  -emit-module-path "$OUT/Plot.swiftmodule" -o "$OUT/libPlot.a" \
  $(find Sources/Plot -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -emit-library -static -emit-module -module-name Snippets -I "$OUT" -I Sources/CKernels/include \
  -emit-module-path "$OUT/Snippets.swiftmodule" -o "$OUT/libSnippets.a" \
  $(find Sources/Snippets -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -I "$OUT" -I Sources/CKernels/include Fuzz/FuzzSnippets.swift -L "$OUT" -lSnippets -lPlot -lMarkupText -lSourceText -lTensorCore \
  "${C_OBJECTS[@]}" -o "$OUT/fuzz-snippets"
echo "built $OUT/fuzz-snippets"
