/// The LU factorization with partial pivoting of one square matrix, computed in the order OpenBLAS's `getf2` and
/// `getrs` (which NumPy's `det`, `slogdet`, `inv` and `solve` call) compute it, so the bits agree with NumPy's.
///
/// `getf2` is left-looking: column j first takes the earlier row swaps, then each of its entries loses the dot
/// product of the row's L part with the column's part above it (an FMA chain from zero, as the compiled kernels
/// contract it), then the pivot is the first entry of largest magnitude and the entries below it are multiplied by
/// its reciprocal. The triangular solves follow `trsv` (one right-hand side: right-looking FMA updates, a division
/// by the diagonal) and `trsm` (several: blocks of 1, 2, 4, 8 and 16 rows, an FMA dot product for the rows of the
/// blocks already solved, right-looking FMA updates inside a block, a multiplication by the diagonal's reciprocal).
/// Checked against NumPy 2.4.6 on random matrices up to 5×5 to the last bit; larger ones agree to the printed
/// digits (OpenBLAS's blocked kernels group the sums differently there).
struct LUFactorization {
  /// The largest order whose results are held to NumPy's bits (the fixtures `numpy/10-linalg-exact-*.txt`, from NumPy on an
  /// AVX-512 CPU): beyond it
  /// OpenBLAS's getrf takes blocked steps whose sums docbuild groups otherwise, so a result agrees with NumPy's only
  /// to the digits an array prints, and `approximateDigitsRefusal` refuses showing every digit of one.
  static let largestBitExactOrder = 5

  /// The order of the matrix.
  let order: Int
  /// Row-major: the unit lower factor L below the diagonal, U on and above it.
  var factors: [Double]
  /// The row swapped with row j at step j.
  var pivots: [Int]
  /// True when a pivot was exactly zero (LAPACK's `info > 0`), which NumPy reports as a singular matrix.
  var isSingular = false
  /// False under OpenBLAS's Haswell kernel orders (`ProductKernels.haswell`): its C is compiled without FMA there,
  /// so `getf2`'s dot products, `trsv`'s `axpy` tails and `trsm`'s solves add rounded products, and `trsm` takes
  /// Haswell's row blocks of 4 (SkylakeX's of 16).
  let fused: Bool

  /// Factors the row-major `order`×`order` matrix `matrix`.
  init(_ matrix: [Double], order n: Int) {
    order = n
    fused = ProductKernels.current == .skylakeX
    if n > 1 { ProductKernels.noteOrderSensitive() }
    factors = matrix
    pivots = Array(0..<n)
    for j in 0..<n {
      for i in 1..<Swift.max(j, 1) where i < j {
        factors[i * n + j] -= columnDot(row: i, count: i, column: j)
      }
      if j > 0 {
        for i in j..<n { factors[i * n + j] -= columnDot(row: i, count: j, column: j) }
      }
      var pivot = j
      for i in (j + 1)..<Swift.max(n, j + 1) where Swift.abs(factors[i * n + j]) > Swift.abs(factors[pivot * n + j]) {
        pivot = i
      }
      pivots[j] = pivot
      if pivot != j {
        for k in 0..<n { factors.swapAt(j * n + k, pivot * n + k) }
      }
      let diagonal = factors[j * n + j]
      guard diagonal != 0 else {
        isSingular = true
        continue
      }
      let reciprocal = 1 / diagonal
      for i in (j + 1)..<Swift.max(n, j + 1) { factors[i * n + j] *= reciprocal }
    }
  }

  /// Σ L[row, k] · A[k, column] for k < count, as an FMA chain from zero (rounded products added, unfused).
  private func columnDot(row: Int, count: Int, column: Int) -> Double {
    var total = 0.0
    for k in 0..<count { total = update(total, factors[row * order + k], factors[k * order + column]) }
    return fused ? total : total + 0.0
  }

  /// x + a · b, fused or with the product rounded first.
  @inline(__always)
  private func update(_ x: Double, _ a: Double, _ b: Double) -> Double {
    fused ? x.addingProduct(a, b) : x + a * b
  }

  /// The number of row swaps is odd.
  var swapsAreOdd: Bool {
    var odd = false
    for (step, pivot) in pivots.enumerated() where pivot != step { odd.toggle() }
    return odd
  }

  /// NumPy's `slogdet` from the factors: the sign from the swaps and the diagonal's signs, and the sum of the
  /// logarithms of the diagonal's magnitudes (0 and -inf for a singular matrix).
  var signAndLogDeterminant: (sign: Double, logAbs: Double) {
    if isSingular { return (0, -.infinity) }
    var sign = swapsAreOdd ? -1.0 : 1.0
    var logAbs = 0.0
    for i in 0..<order {
      var element = factors[i * order + i]
      if element < 0 {
        sign = -sign
        element = -element
      }
      logAbs += Elementary.log(element)
    }
    return (sign, logAbs)
  }

  /// NumPy's `det`: `sign * exp(logdet)`, which is why `det([[1, 2], [3, 4]])` is -2.0000000000000004.
  var determinant: Double {
    let (sign, logAbs) = signAndLogDeterminant
    return sign * Elementary.exp(logAbs)
  }

  /// Solves A X = B for the row-major `order`×`columns` matrix B; one column goes through `trsv`, more through `trsm`.
  func solve(_ b: [Double], columns: Int) -> [Double] {
    let n = order
    var x = b
    for (step, pivot) in pivots.enumerated() where pivot != step {
      for c in 0..<columns { x.swapAt(step * columns + c, pivot * columns + c) }
    }
    var column = [Double](repeating: 0, count: n)
    for c in 0..<columns {
      for i in 0..<n { column[i] = x[i * columns + c] }
      if columns == 1 { solveOne(&column) } else { solveBlocked(&column) }
      for i in 0..<n { x[i * columns + c] = column[i] }
    }
    return x
  }

  /// `trsv` twice: L y = b, then U x = y.
  private func solveOne(_ x: inout [Double]) {
    let n = order
    for i in 0..<n {
      for k in (i + 1)..<Swift.max(n, i + 1) { x[k] = update(x[k], -x[i], factors[k * n + i]) }
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      x[i] /= factors[i * n + i]
      for k in 0..<i { x[k] = update(x[k], -x[i], factors[k * n + i]) }
    }
  }

  /// `trsm` twice, over OpenBLAS's row blocks.
  private func solveBlocked(_ x: inout [Double]) {
    let n = order
    let blocks = Self.blocks(n, unroll: fused ? 16 : 4)
    for (start, end) in blocks {
      for k in start..<end where start > 0 {
        var total = 0.0
        for j in 0..<start { total = total.addingProduct(factors[k * n + j], x[j]) }
        x[k] -= total
      }
      for i in start..<end {
        for k in (i + 1)..<end { x[k] = update(x[k], -x[i], factors[k * n + i]) }
      }
    }
    for (start, end) in blocks.reversed() {
      for k in start..<end where end < n {
        var total = 0.0
        for j in end..<n { total = total.addingProduct(factors[k * n + j], x[j]) }
        x[k] -= total
      }
      for i in stride(from: end - 1, through: start, by: -1) {
        x[i] *= 1 / factors[i * n + i]
        for k in start..<i { x[k] = update(x[k], -x[i], factors[k * n + i]) }
      }
    }
  }

  /// The row blocks of OpenBLAS's `trsm` kernels: whole blocks of `unroll` (its DGEMM_UNROLL_M) from the top, then
  /// the remainder's powers of two from the largest.
  static func blocks(_ n: Int, unroll: Int = 16) -> [(Int, Int)] {
    var blocks: [(Int, Int)] = []
    var start = 0
    while start + unroll <= n {
      blocks.append((start, start + unroll))
      start += unroll
    }
    var size = unroll >> 1
    while size > 0 {
      if (n % unroll) & size != 0 {
        blocks.append((start, start + size))
        start += size
      }
      size >>= 1
    }
    return blocks
  }
}
