import CKernels

// glibc 2.36's sin, cos and tan run in C (Sources/CKernels/glibc_trigonometric.c), so that the fused multiply-adds of
// glibc's FMA build are one instruction where the CPU has FMA and C's correctly rounded fma() elsewhere: the same bits
// on every machine, at the C library's speed.

extension GlibcMath {
  /// sin(x), as glibc's `sin` gives it.
  public static func sin(_ x: Double) -> Double { docbuild_glibc_sin(x) }

  /// cos(x), as glibc's `cos` gives it.
  public static func cos(_ x: Double) -> Double { docbuild_glibc_cos(x) }

  /// tan(x), as glibc's `tan` gives it.
  public static func tan(_ x: Double) -> Double { docbuild_glibc_tan(x) }

  /// glibc's sin of each element (NumPy's float64 `np.sin`, which calls it).
  public static func sin(_ x: [Double]) -> [Double] { NumpyElementary.map(x, docbuild_glibc_sin_array) }

  /// glibc's cos of each element (NumPy's float64 `np.cos`, which calls it).
  public static func cos(_ x: [Double]) -> [Double] { NumpyElementary.map(x, docbuild_glibc_cos_array) }
}
