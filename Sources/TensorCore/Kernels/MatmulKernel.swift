import COpenBLAS

/// Row-major matrix multiplication kernels: C (n×m) = A (n×k) · B (k×m), contiguous operands, C zero on entry.
///
/// Float64 products go to OpenBLAS's dgemm (Debian's libopenblas, the same library NumPy uses), which picks a kernel
/// for the CPU at run time and uses every core; int64 products, which BLAS lacks, use a plain loop.
enum MatmulKernel {
  /// Float64 product through `cblas_dgemm`; a transposed operand is stored as its transpose (k×n for A, m×k for
  /// B), so gradients `g @ bᵀ` and `aᵀ @ g` need no copy.
  static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int, _ k: Int,
    _ m: Int, transposeA: Bool = false, transposeB: Bool = false
  ) {
    guard n > 0, m > 0, k > 0 else { return }
    // Sizes fit in Int32: every operand holds at most 2^24 elements (Shape.maxElementCount).
    cblas_dgemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, Int32(n),
      Int32(m), Int32(k), 1, a, Int32(transposeA ? n : k), b, Int32(transposeB ? k : m), 0, c, Int32(m))
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
