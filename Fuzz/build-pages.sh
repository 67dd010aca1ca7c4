#!/usr/bin/env bash
# Builds the page fuzzer: Markdown, MathML and Site (with the modules Site needs) compiled with libFuzzer
# instrumentation, linked with FuzzPages.swift, and the default theme copied beside it, where Site looks for it.
# Usage: Fuzz/build-pages.sh   then   Fuzz/run-pages.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build-fuzz/pages
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer -O -parse-as-library -g)
MUSTACHE=.build/checkouts/swift-mustache/Sources/Mustache
if [ ! -d "$MUSTACHE" ]; then swift package resolve; fi
# TensorCore calls the C kernels in Sources/CKernels.
source Fuzz/ckernels.sh

module() { # name, language version, sources…
  local name=$1 version=$2; shift 2
  swiftc "${FLAGS[@]}" -swift-version "$version" -emit-library -static -emit-module -module-name "$name" \
    -I "$OUT" -I Sources/CCmark -I Sources/CKernels/include -emit-module-path "$OUT/$name.swiftmodule" \
    -o "$OUT/lib$name.a" "$@"
}
module TensorCore 6 $(find Sources/TensorCore -name '*.swift' | sort)
module SourceText 6 $(find Sources/SourceText -name '*.swift' | sort)
module MarkupText 6 $(find Sources/MarkupText -name '*.swift' | sort)
module Plot 6 $(find Sources/Plot -name '*.swift' | sort)
module Snippets 6 $(find Sources/Snippets -name '*.swift' | sort)
module ParallelMap 6 $(find Sources/ParallelMap -name '*.swift' | sort)
module Mustache 5 $(find "$MUSTACHE" -name '*.swift' | sort)
module Markdown 6 $(find Sources/Markdown -name '*.swift' | sort)
module MathML 6 $(find Sources/MathML -name '*.swift' | sort)
module Site 6 $(find Sources/Site -name '*.swift' | sort)

swiftc "${FLAGS[@]}" -swift-version 6 -I "$OUT" -I Sources/CCmark -I Sources/CKernels/include Fuzz/FuzzPages.swift \
  -L "$OUT" -lSite -lMathML -lMarkdown -lMustache -lParallelMap -lSnippets -lPlot -lMarkupText -lSourceText -lTensorCore "${C_OBJECTS[@]}" -lcmark \
  -o "$OUT/fuzz-pages"
rm -rf "$OUT/docbuild_Site.resources"
mkdir -p "$OUT/docbuild_Site.resources"
cp -R Sources/Site/Theme "$OUT/docbuild_Site.resources/Theme"
echo "built $OUT/fuzz-pages"
