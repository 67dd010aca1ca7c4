/// LAPACK's Householder QR of one matrix (`dgeqr2`, then `dorg2r` for Q), the algorithm NumPy's `np.linalg.qr`
/// runs through `dgeqrf`/`dorgqr` for the sizes snippets use.
///
/// The reflectors follow `dlarfg`: H = I - τ v vᵀ with v₀ = 1 and β = -sign(α)·‖(α, x)‖, so R's diagonal has the
/// opposite sign of the column's leading entry at each step, exactly as LAPACK's; this convention is what makes
/// Q's and R's signs NumPy's. The last bits are not LAPACK's (OpenBLAS's `dnrm2` and blocked kernels sum
/// differently), which is why callers check the result for rounding noise before printing it.
struct HouseholderQR {
  /// Rows and columns of the factored matrix.
  let rows: Int
  let columns: Int
  /// Column-major, as LAPACK leaves it: R on and above the diagonal, the reflectors' tails below.
  var factors: [Double]
  /// The reflectors' scalars τ, one per step (`min(rows, columns)`).
  var tau: [Double]
  /// The smallest ratio of a computed column's leading entry to the rest of it (steps after the first): near zero,
  /// the reflector's sign, and R's and Q's with it, is decided by rounding (`np.linalg.svd` refuses then).
  var closestLead = Double.infinity
  /// With `tracking`, what is known of LAPACK's own factors (`LapackIdenticalEntries`): a column still LAPACK's
  /// bit for bit needs no margin, and a column whose tail cancelled to zero here is a close call of 0.
  var known: LapackIdenticalEntries?
  /// With `tracking`, whether each τ is LAPACK's bit for bit.
  var tauKnown: [Bool] = []

  /// Factors the row-major `rows`×`columns` matrix; `tracking` follows which factors are LAPACK's own (the matrix
  /// is the caller's numbers).
  init(rowMajor matrix: [Double], rows m: Int, columns n: Int, tracking: Bool = false) {
    rows = m
    columns = n
    factors = [Double](repeating: 0, count: m * n)
    for i in 0..<m { for j in 0..<n { factors[j * m + i] = matrix[i * n + j] } }
    if tracking { known = LapackIdenticalEntries(factors, callersNumbers: true) }
    let steps = Swift.min(m, n)
    tau = [Double](repeating: 0, count: steps)
    for i in 0..<steps {
      let column = (i..<m).map { i * m + $0 }
      if i > 0 && m - i > 1 && !(known?.all(column) ?? false) {
        let lead = Swift.abs(factors[i * m + i])
        let rest = Householder.norm(factors, start: i * m + i + 1, count: m - i - 1)
        if rest > 0 { closestLead = Swift.min(closestLead, lead / Swift.max(lead, rest)) }
      }
      if known?.cancelled(factors, Array(column.dropFirst())) ?? false { closestLead = 0 }
      let tauIdentical = known?.generate(factors, column) ?? false
      if known != nil { tauKnown.append(tauIdentical) }
      tau[i] = Householder.generate(&factors, start: i * m + i, count: m - i)
      if i + 1 < n {
        known?.reflect(
          factors, vector: column, tau: tau[i], tauIdentical: tauIdentical,
          targets: ((i + 1)..<n).map { j in (i..<m).map { j * m + $0 } })
        Householder.applyLeft(
          &factors, reflector: i * m + i, length: m - i, tau: tau[i], target: (i + 1) * m + i, stride: m,
          columns: n - i - 1)
      }
    }
  }

  /// What is known of R's entries (row-major, `upper(rowCount:)`'s layout): its zeros below the diagonal are
  /// LAPACK's explicit +0 (`dlaset`).
  func upperKnown(rowCount: Int) -> LapackIdenticalEntries? {
    guard let known else { return nil }
    var identical = [Bool](repeating: true, count: rowCount * columns)
    var zeroEverywhere = [Bool](repeating: true, count: rowCount * columns)
    for i in 0..<Swift.min(rowCount, rows) {
      for j in i..<Swift.max(columns, i) {
        identical[i * columns + j] = known.identical[j * rows + i]
        zeroEverywhere[i * columns + j] = known.zeroEverywhere[j * rows + i]
      }
    }
    return LapackIdenticalEntries(identical: identical, zeroEverywhere: zeroEverywhere)
  }

  /// R as a row-major matrix of `rowCount` rows (`min(m, n)` for 'reduced' and 'r', `m` for 'complete').
  func upper(rowCount: Int) -> [Double] {
    var result = [Double](repeating: 0, count: rowCount * columns)
    for i in 0..<Swift.min(rowCount, rows) {
      for j in i..<Swift.max(columns, i) { result[i * columns + j] = factors[j * rows + i] }
    }
    return result
  }

  /// The first `count` columns of Q = H₀ H₁ … as a row-major `rows`×`count` matrix (`dorg2r`).
  func orthogonal(columns count: Int) -> [Double] { orthogonalKnown(columns: count).q }

  /// `orthogonal(columns:)` with, when the factorisation was tracked, what is known of each entry (row-major).
  func orthogonalKnown(columns count: Int) -> (q: [Double], known: LapackIdenticalEntries?) {
    let m = rows
    let steps = tau.count
    // Column-major m×count work array holding the reflectors in its first `steps` columns.
    var q = [Double](repeating: 0, count: m * count)
    var qKnown = known.map { _ in
      LapackIdenticalEntries(
        identical: [Bool](repeating: true, count: m * count), zeroEverywhere: [Bool](repeating: true, count: m * count))
    }
    for j in 0..<Swift.min(steps, count) {
      for i in (j + 1)..<Swift.max(m, j + 1) {
        q[j * m + i] = factors[j * m + i]
        if let known { (qKnown!.identical[j * m + i], qKnown!.zeroEverywhere[j * m + i]) = known[j * m + i] }
      }
    }
    for j in steps..<Swift.max(count, steps) {
      q[j * m + j] = 1
      qKnown?.zeroEverywhere[j * m + j] = false
    }
    for i in stride(from: steps - 1, through: 0, by: -1) {
      let tauIdentical = tauKnown.indices.contains(i) && tauKnown[i]
      if i + 1 < count {
        q[i * m + i] = 1
        qKnown?.identical[i * m + i] = true
        qKnown?.zeroEverywhere[i * m + i] = false
        qKnown?.reflect(
          q, vector: (i..<m).map { i * m + $0 }, tau: tau[i], tauIdentical: tauIdentical,
          targets: ((i + 1)..<count).map { j in (i..<m).map { j * m + $0 } })
        Householder.applyLeft(
          &q, reflector: i * m + i, length: m - i, tau: tau[i], target: (i + 1) * m + i, stride: m,
          columns: count - i - 1)
      }
      for k in (i + 1)..<Swift.max(m, i + 1) {
        q[i * m + k] *= -tau[i]
        if !tauIdentical { qKnown?.identical[i * m + k] = false }
      }
      q[i * m + i] = 1 - tau[i]
      qKnown?.identical[i * m + i] = tauIdentical
      qKnown?.zeroEverywhere[i * m + i] = false
      for k in 0..<i {
        q[i * m + k] = 0
        qKnown?.identical[i * m + k] = true
        qKnown?.zeroEverywhere[i * m + k] = true
      }
    }
    var result = [Double](repeating: 0, count: m * count)
    for i in 0..<m { for j in 0..<count { result[i * count + j] = q[j * m + i] } }
    guard let qKnown else { return (result, nil) }
    // Column-major m × count is row-major count × m.
    return (result, qKnown.transposed(rows: count, columns: m))
  }
}

/// Elementary reflectors as LAPACK makes and applies them (`dlarfg`, `dlarf`), on column-major storage.
enum Householder {
  /// LAPACK's `dlamch('S')`: the smallest normal number.
  static let safeMinimum = Double.leastNormalMagnitude
  /// LAPACK's `dlamch('E')`: the unit roundoff, 2⁻⁵³.
  static let epsilon = Double.ulpOfOne / 2

  /// `dlarfg` on the `count` entries from `start` (α, then x): makes β and v in place and returns τ.
  static func generate(_ a: inout [Double], start: Int, count: Int, stride: Int = 1) -> Double {
    guard count > 1 else { return 0 }
    var xnorm = norm(a, start: start + stride, count: count - 1, stride: stride)
    guard xnorm != 0 else { return 0 }
    var alpha = a[start]
    var beta = -Double(signOf: alpha, magnitudeOf: Householder.pythagoras(alpha, xnorm))
    let limit = safeMinimum / epsilon
    var rescalings = 0
    if Swift.abs(beta) < limit {
      // Tiny columns: scale up until β is representable accurately, as LAPACK does (at most 20 times).
      repeat {
        rescalings += 1
        for k in 1..<count { a[start + k * stride] /= limit }
        beta /= limit
        alpha /= limit
      } while Swift.abs(beta) < limit && rescalings < 20
      xnorm = norm(a, start: start + stride, count: count - 1, stride: stride)
      beta = -Double(signOf: alpha, magnitudeOf: Householder.pythagoras(alpha, xnorm))
    }
    let tau = (beta - alpha) / beta
    let scale = 1 / (alpha - beta)
    for k in 1..<count { a[start + k * stride] *= scale }
    for _ in 0..<rescalings { beta *= limit }
    a[start] = beta
    return tau
  }

  /// `dlarf('Left')`: C ← (I - τ v vᵀ) C for the `length`×`columns` block whose first entry is `target` (columns
  /// `stride` apart), with v the `length` entries from `reflector` (its first taken as 1).
  static func applyLeft(
    _ a: inout [Double], reflector: Int, length: Int, tau: Double, target: Int, stride: Int, columns: Int
  ) {
    guard tau != 0 else { return }
    for j in 0..<columns {
      let column = target + j * stride
      var w = a[column]
      for k in 1..<Swift.max(length, 1) { w += a[reflector + k] * a[column + k] }
      let factor = tau * w
      a[column] -= factor
      for k in 1..<Swift.max(length, 1) { a[column + k] -= factor * a[reflector + k] }
    }
  }

  /// `dlapy2`: √(x² + y²) without needless overflow.
  static func pythagoras(_ x: Double, _ y: Double) -> Double {
    let (w, z) = (Swift.max(Swift.abs(x), Swift.abs(y)), Swift.min(Swift.abs(x), Swift.abs(y)))
    if z == 0 || w > .greatestFiniteMagnitude { return w }
    return w * (1 + (z / w) * (z / w)).squareRoot()
  }

  /// The Euclidean norm of `count` entries, scaled so no square overflows or underflows (`dnrm2`'s purpose).
  static func norm(_ a: [Double], start: Int, count: Int, stride: Int = 1) -> Double {
    var scale = 0.0
    for k in 0..<count { scale = Swift.max(scale, Swift.abs(a[start + k * stride])) }
    guard scale > 0, scale.isFinite else { return scale }
    var sum = 0.0
    for k in 0..<count {
      let x = a[start + k * stride] / scale
      sum += x * x
    }
    return scale * sum.squareRoot()
  }
}
