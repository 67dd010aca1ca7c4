# Sourced by Fuzz/build.sh and Fuzz/build-pages.sh (with OUT set): compiles every C file of Sources/CKernels (the
# matrix products, the elementary functions' loops, glibc's and NumPy's kernels) for libFuzzer, into C_OBJECTS.
C_OBJECTS=()
for source in Sources/CKernels/*.c; do
  object="$OUT/$(basename "${source%.c}").o"
  clang -O2 -fsanitize=fuzzer-no-link -g -I Sources/CKernels/include -c "$source" -o "$object"
  C_OBJECTS+=("$object")
done
