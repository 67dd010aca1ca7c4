import CKernels

/// Row-major matrix multiplication kernels: C (n×m) = A (n×k) · B (k×m), contiguous operands, C zero on entry.
///
/// Float64 products run the project's own kernel (`docbuild_dgemm` in CKernels): each element of C is one chain of
/// fused multiply-adds in ascending order of k, so the bits are the same on every CPU, at every load and thread count.
/// 1-d operands (NumPy's dot and gemv cases) are the same product with n or m equal to 1, summed in the same order.
enum MatmulKernel {
  /// Float64 product; a transposed operand is stored as its transpose (k×n for A, m×k for B), so gradients `g @ bᵀ`
  /// and `aᵀ @ g` need no copy.
  static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int, _ k: Int,
    _ m: Int, transposeA: Bool = false, transposeB: Bool = false
  ) {
    docbuild_dgemm(
      n, k, m, a, transposeA ? 1 : k, transposeA ? n : 1, b, transposeB ? 1 : m, transposeB ? k : 1, c)
  }

  /// Int64 product with NumPy's wrapping arithmetic.
  static func multiplyIntegers(
    _ a: UnsafePointer<Int64>, _ b: UnsafePointer<Int64>, _ c: UnsafeMutablePointer<Int64>, _ n: Int, _ k: Int,
    _ m: Int
  ) {
    for i in 0..<n {
      for p in 0..<k {
        let scale = a[i * k + p]
        for j in 0..<m { c[i * m + j] = c[i * m + j] &+ scale &* b[p * m + j] }
      }
    }
  }
}

/// Which code path the float matrix product kernel takes; the result bits never depend on it.
public enum MatrixProductPath {
  /// "avx512", "avx2+fma" or "portable", for benchmark reports.
  public static var current: String { ["portable", "avx2+fma", "avx512"][Int(docbuild_dgemm_path())] }

  /// The paths this CPU can run, numbered as `withPath` takes them: 0 (portable) up to the automatic choice.
  static var available: [Int32] { Array(0...docbuild_dgemm_path()) }

  /// Runs `body` with the portable path forced, so a test can compare its bits with the vector path's. Not
  /// thread-safe: for tests that run alone.
  public static func withPortablePath<T>(_ body: () throws -> T) rethrows -> T {
    try withPath(0, body)
  }

  /// Runs `body` with `path` forced (0 portable, 1 AVX2, 2 AVX-512; only one this CPU has). Not thread-safe.
  static func withPath<T>(_ path: Int32, _ body: () throws -> T) rethrows -> T {
    docbuild_dgemm_force_path(path)
    defer { docbuild_dgemm_force_path(-1) }
    return try body()
  }
}
