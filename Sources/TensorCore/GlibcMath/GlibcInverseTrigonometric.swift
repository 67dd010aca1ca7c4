import CKernels

// glibc 2.36's atan, atan2, asin and acos run in C (Sources/CKernels/glibc_inverse_trig.c), as its sin, cos and tan
// do: the fused multiply-adds of glibc's FMA build are one instruction where the CPU has FMA and C's correctly
// rounded fma() elsewhere, the same bits on every machine. CPython's math.atan, math.atan2, math.asin and math.acos
// call them, and NumPy's float64 loops do for operands they read backwards (NumpyLoopChoice.swift).

extension GlibcMath {
  /// atan(x), as glibc's `atan` gives it.
  public static func atan(_ x: Double) -> Double { docbuild_glibc_atan(x) }

  /// The angle of the point (x, y), as glibc's `atan2(y, x)` gives it.
  public static func atan2(_ y: Double, _ x: Double) -> Double { docbuild_glibc_atan2(y, x) }

  /// asin(x), as glibc's `asin` gives it (a positive NaN beyond [-1, 1], as its wrapper returns).
  public static func asin(_ x: Double) -> Double { docbuild_glibc_asin(x) }

  /// acos(x), as glibc's `acos` gives it (a positive NaN beyond [-1, 1], as its wrapper returns).
  public static func acos(_ x: Double) -> Double { docbuild_glibc_acos(x) }
}
