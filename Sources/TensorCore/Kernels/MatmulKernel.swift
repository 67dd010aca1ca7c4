import CKernels

/// Row-major matrix multiplication kernels: C (n×m) = A (n×k) · B (k×m), contiguous operands, C zero on entry.
///
/// Float64 products run the project's own kernels (CKernels): each element of C is summed in one fixed order, so the
/// bits are the same on every CPU, at every load and thread count. Matrix · vector products (n or m equal to 1) follow
/// the order of the OpenBLAS dgemv (or ddot) NumPy calls for them, so their bits are NumPy's; matrix · matrix
/// products are one chain of fused multiply-adds in ascending order of k.
enum MatmulKernel {
  /// Float64 product; a transposed operand is stored as its transpose (k×n for A, m×k for B), so gradients `g @ bᵀ`
  /// and `aᵀ @ g` need no copy.
  static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int, _ k: Int,
    _ m: Int, transposeA: Bool = false, transposeB: Bool = false
  ) {
    // NumPy hands a product with one unit extent to BLAS's dgemv (or ddot), whose summation order differs from
    // dgemm's; which gemv kernel depends on how the matrix is laid out, and a transposed operand here is NumPy's
    // transposed view of a C-ordered array.
    if n == 1 && m == 1 {
      c.pointee = docbuild_vector_dot(a, b, k)
      return
    }
    if m == 1 {
      if transposeA {
        docbuild_vector_matrix(k, n, a, n, b, c)
      } else {
        docbuild_matrix_vector(n, k, a, k, b, c)
      }
      return
    }
    if n == 1 {
      if transposeB {
        docbuild_matrix_vector(m, k, b, k, a, c)
      } else {
        docbuild_vector_matrix(k, m, b, m, a, c)
      }
      return
    }
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

/// The OpenBLAS kernel set whose summation orders float64 products follow (docs/04-numbers.md, "NumPy's own last
/// bits depend on the CPU"): NumPy's own last digits of a product differ between CPUs with AVX-512 and without.
public enum ProductKernels: Int32, Sendable, Codable {
  /// OpenBLAS's AVX-512 "SkylakeX" kernels: what every page is run with first.
  case skylakeX = 0
  /// OpenBLAS's AVX2 "Haswell" kernels, which NumPy runs on CPUs without AVX-512 (most laptops): a page whose
  /// expected outputs were recorded there is run again with these.
  case haswell = 1

  /// The kernel set this thread's products follow now.
  public static var current: ProductKernels { docbuild_current_product_kernels() == 1 ? .haswell : .skylakeX }

  /// Notes a computation whose last bits the kernel set decides, made outside the product kernels (an LU
  /// factorization's sums), so that a page that made one may be run again in the other order.
  static func noteOrderSensitive() { docbuild_count_order_sensitive_product() }

  /// Runs `body` with this thread's products following `kernels`; also returns whether any product it ran summed
  /// two or more terms, so that the other kernel set could have printed other digits. `body` runs on this thread
  /// from start to end (a snippet block does), since the choice is the thread's.
  public static func run<Result>(with kernels: ProductKernels, _ body: () throws -> Result) rethrows -> (
    result: Result, orderSensitive: Bool
  ) {
    let outerKernels = docbuild_swap_product_kernels(kernels.rawValue)
    let outerCount = docbuild_swap_order_sensitive_products(0)
    defer { docbuild_swap_product_kernels(outerKernels) }
    let result: Result
    do {
      result = try body()
    } catch {
      _ = docbuild_swap_order_sensitive_products(outerCount)
      throw error
    }
    let count = docbuild_swap_order_sensitive_products(outerCount)
    return (result, count > 0)
  }
}
