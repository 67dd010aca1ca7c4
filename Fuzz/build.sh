#!/usr/bin/env bash
# Builds the snippet fuzzer: TensorCore, SourceText, MarkupText, Plot and Snippets compiled with libFuzzer instrumentation, linked with
# FuzzSnippets.swift. Usage: Fuzz/build.sh   then   Fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build-fuzz
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer -O -parse-as-library -swift-version 6 -g)

# TensorCore calls the C kernels in Sources/CKernels.
source Fuzz/ckernels.sh
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
