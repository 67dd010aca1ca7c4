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

  /// Float64 products with a 1-d operand, through the routines NumPy picks for them (ddot for vector · vector, gemv
  /// otherwise), so the sums are formed in the same order as NumPy's.
  static func multiplyVector(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int, _ k: Int,
    _ m: Int, aIsVector: Bool, bIsVector: Bool
  ) {
    guard n > 0, m > 0, k > 0 else { return }
    if aIsVector && bIsVector {
      c[0] = cblas_ddot(Int32(k), a, 1, b, 1)
    } else if bIsVector {
      cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(n), Int32(k), 1, a, Int32(k), b, 1, 0, c, 1)
    } else {
      cblas_dgemv(CblasRowMajor, CblasTrans, Int32(k), Int32(m), 1, b, Int32(m), a, 1, 0, c, 1)
    }
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

/// How many threads the BLAS library behind float matrix products may use.
public enum MatrixProductThreads {
  /// Runs every float matrix product on its caller's thread. A book runs chapters side by side already, and BLAS
  /// worker threads would spin against them; a single thread also makes long dot products sum in the same order on
  /// every machine, whatever its core count.
  public static func useCallerThreadOnly() {
    openblas_set_num_threads(1)
  }
}
