/// The singular value decomposition of one matrix computed as LAPACK's `dgesdd` computes it for NumPy's
/// `np.linalg.svd(a, compute_uv=True)` when at most 25 singular values are asked for: a QR (or LQ) factorisation
/// first when one side is much longer (`MNTHR`), `dgebd2`'s Householder bidiagonalisation, `dbdsdc` (which calls
/// `dlasdq` → `dbdsqr`'s implicit-shift QR at these sizes, with its zero-shift sweeps, sign fixes and sorts) and the
/// reflectors applied back (`dormbr`). Following LAPACK's steps is what gives each singular vector NumPy's sign;
/// the last bits differ (OpenBLAS's kernels sum in other orders), so callers refuse results whose signs or order
/// rounding would decide, and printing refuses digits that are rounding noise.
struct BidiagonalSVD {
  /// `dbdsdc`'s `SMLSIZ`: up to this many singular values it calls `dlasdq`; beyond, it divides and conquers.
  static let largestQROrder = 25

  /// Descending singular values, `min(rows, columns)` of them.
  var values: [Double] = []
  /// Row-major U: `rows`×`rows` (full) or `rows`×k.
  var left: [Double] = []
  /// Row-major Vh: `columns`×`columns` (full) or k×`columns`.
  var right: [Double] = []
  /// False when `dbdsqr` ran out of sweeps (NumPy's "SVD did not converge").
  var converged = true
  /// True when no rounding entered: no reflector was needed and the bidiagonal was already diagonal, so ties
  /// and zeros among the singular values are decided exactly, as LAPACK decides them.
  var exact = true
  /// The smallest relative margin of a decision LAPACK's path takes on computed numbers (a reflector's sign, a
  /// convergence test, the direction and shift of a sweep): near zero, LAPACK's rounding could have decided
  /// otherwise, and the signs with it.
  var closestCall = Double.infinity
  /// True when the bidiagonal `dbdsqr` starts from is LAPACK's bit for bit (`LapackIdenticalEntries`): its steps
  /// then meet the same numbers, and a singular value it makes exactly zero is exactly zero in NumPy's too.
  var identicalBidiagonal = false

  /// Decomposes the row-major `m`×`n` matrix; `full` is `full_matrices=True` (LAPACK's `JOBZ='A'`, else 'S').
  init(rowMajor matrix: [Double], rows m: Int, columns n: Int, full: Bool) {
    let k = Swift.min(m, n)
    guard k > 0 else {
      // Empty: U and Vh are identities of the sizes asked for (NumPy fills them so).
      let uColumns = full ? m : 0
      let vRows = full ? n : 0
      left = Self.identity(rows: m, columns: uColumns)
      right = Self.identity(rows: vRows, columns: n)
      return
    }
    // dgesdd scales a matrix whose largest entry is tiny or huge into range, and the values back at the end.
    let largest = matrix.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let smallNumber = Householder.safeMinimum.squareRoot() / .ulpOfOne
    let bigNumber = 1 / smallNumber
    var scale = 1.0
    if largest > 0 && largest < smallNumber { scale = smallNumber / largest }
    if largest > bigNumber { scale = bigNumber / largest }
    let scaled = scale == 1 ? matrix : matrix.map { $0 * scale }
    // LAPACK's MNTHR: beyond it one side is long enough for a QR (LQ) factorisation to come first.
    let threshold = Int(Double(k) * 11.0 / 6.0)
    if m >= n {
      if m >= threshold {
        // Paths 3 and 4: A = Q R, then R's SVD; U = Q·U_R (and Q's later columns when full).
        let qr = HouseholderQR(rowMajor: scaled, rows: m, columns: n, tracking: scale == 1)
        if qr.tau.contains(where: { $0 != 0 }) { exact = false }
        closestCall = Swift.min(closestCall, qr.closestLead)
        let r = Self.columnMajor(qr.upper(rowCount: n), rows: n, columns: n)
        let known = qr.upperKnown(rowCount: n).map { Self.columnMajor($0, rows: n, columns: n) }
        let (uR, vR, uRKnown, vRKnown) = decomposeTall(r, n, n, uColumns: n, known: known)
        let (q, qKnown) = qr.orthogonalKnown(columns: full ? m : n)
        let uColumns = full ? m : n
        var u = [Double](repeating: 0, count: m * uColumns)
        for i in 0..<m {
          for j in 0..<n {
            var total = 0.0
            for l in 0..<n { total += q[i * uColumns + l] * uR[j * n + l] }
            u[i * uColumns + j] = total
            if total == 0, let qKnown {
              let entry = LapackIdenticalEntries.dot(
                (0..<n).map { q[i * uColumns + $0] }, (0..<n).map { qKnown[i * uColumns + $0] },
                (0..<n).map { uR[j * n + $0] }, (0..<n).map { uRKnown[j * n + $0] })
              if !entry.identical && !(entry.zero && total.sign == .plus) { closestCall = 0 }
            }
          }
          for j in n..<uColumns {
            u[i * uColumns + j] = q[i * uColumns + j]
            if q[i * uColumns + j] == 0, let qKnown, !qKnown[i * uColumns + j].identical,
              !qKnown[i * uColumns + j].zero
            {
              closestCall = 0
            }
          }
        }
        noteUncertainZeros(vR, vRKnown)
        left = u
        right = vR  // column-major V is row-major Vh
      } else {
        // Path 5: bidiagonalise A itself.
        let uColumns = full ? m : n
        let a = Self.columnMajor(scaled, rows: m, columns: n)
        let (u, v, uKnown, vKnown) = decomposeTall(
          a, m, n, uColumns: uColumns, known: LapackIdenticalEntries(a, callersNumbers: scale == 1))
        noteUncertainZeros(u, uKnown)
        noteUncertainZeros(v, vKnown)
        left = Self.rowMajor(u, rows: m, columns: uColumns)
        right = v  // column-major V is row-major Vh
      }
    } else {
      // Aᵀ, tall, column-major: LAPACK's wide paths do on A's rows what its tall paths do on columns.
      // A row-major A is a column-major Aᵀ.
      let transposed = scaled
      if n >= threshold {
        // Paths 3t and 4t: A = L Q (Aᵀ's QR), then L's SVD; Vh = Vh_L·Q (and Q's later rows when full).
        let lq = HouseholderQR(
          rowMajor: Self.rowMajor(transposed, rows: n, columns: m), rows: n, columns: m, tracking: scale == 1)
        if lq.tau.contains(where: { $0 != 0 }) { exact = false }
        closestCall = Swift.min(closestCall, lq.closestLead)
        let r = lq.upper(rowCount: m)  // row-major m×m R = Lᵀ; column-major, the same numbers are R's transpose
        let (uL, vL, uLKnown, vLKnown) = decomposeTall(r, m, m, uColumns: m, known: lq.upperKnown(rowCount: m))
        // row-major n×count: Q's rows are its columns
        let (q, qKnown) = lq.orthogonalKnown(columns: full ? n : m)
        let vRows = full ? n : m
        var vh = [Double](repeating: 0, count: vRows * n)
        for i in 0..<m {
          for j in 0..<n {
            var total = 0.0
            for l in 0..<m { total += vL[i * m + l] * q[j * vRows + l] }
            vh[i * n + j] = total
            if total == 0, let qKnown {
              let entry = LapackIdenticalEntries.dot(
                (0..<m).map { vL[i * m + $0] }, (0..<m).map { vLKnown[i * m + $0] },
                (0..<m).map { q[j * vRows + $0] }, (0..<m).map { qKnown[j * vRows + $0] })
              if !entry.identical && !(entry.zero && total.sign == .plus) { closestCall = 0 }
            }
          }
        }
        for i in m..<vRows {
          for j in 0..<n {
            vh[i * n + j] = q[j * vRows + i]
            if q[j * vRows + i] == 0, let qKnown, !qKnown[j * vRows + i].identical, !qKnown[j * vRows + i].zero {
              closestCall = 0
            }
          }
        }
        noteUncertainZeros(uL, uLKnown)
        left = Self.rowMajor(uL, rows: m, columns: m)
        right = vh
      } else {
        // Path 5t: A's lower bidiagonal form, which is Aᵀ's upper one with the two sides exchanged.
        let vRows = full ? n : m
        let (v, u, vKnown, uKnown) = decomposeTall(
          transposed, n, m, uColumns: vRows, lower: true,
          known: LapackIdenticalEntries(transposed, callersNumbers: scale == 1))
        noteUncertainZeros(u, uKnown)
        noteUncertainZeros(v, vKnown)
        left = Self.rowMajor(u, rows: m, columns: m)
        right = v  // column-major V is row-major Vh
      }
    }
    if scale != 1 { values = values.map { $0 / scale } }
  }

  /// The SVD of the column-major p×q matrix `a` (p ≥ q) through `dgebd2` and `dbdsdc`: returns the column-major
  /// p×`uColumns` matrix Q·[[U_B, 0], [0, I]] and the column-major q×q matrix P·V_B (V, not Vh). With `lower`, the
  /// matrix is a wide A's transpose: the bidiagonal is then A's lower one, `dbdsdc('L')` decomposes it, and the
  /// results come back as (A's V padded to `uColumns`, A's U).
  private mutating func decomposeTall(
    _ matrix: [Double], _ p: Int, _ q: Int, uColumns: Int, lower: Bool = false, known: LapackIdenticalEntries?
  ) -> ([Double], [Double], LapackIdenticalEntries, LapackIdenticalEntries) {
    var a = matrix
    var d = [Double](repeating: 0, count: q)
    var e = [Double](repeating: 0, count: Swift.max(q - 1, 0))
    var tauq = [Double](repeating: 0, count: q)
    var taup = [Double](repeating: 0, count: q)
    // The caller's own numbers are LAPACK's; a reflector over entries that are still LAPACK's bit for bit decides
    // its sign as LAPACK does, however near zero its leading entry, so only the others need a margin.
    var identical = known ?? LapackIdenticalEntries(a, callersNumbers: false)
    var tauqIdentical = [Bool](repeating: false, count: q)
    var taupIdentical = [Bool](repeating: false, count: q)
    for i in 0..<q {
      let column = (i..<p).map { i * p + $0 }
      if !identical.all(column) { noteReflector(a, start: i * p + i, count: p - i, step: 1) }
      if identical.cancelled(a, Array(column.dropFirst())) { closestCall = 0 }
      let columnTauIdentical = identical.generate(a, column)
      tauqIdentical[i] = columnTauIdentical
      tauq[i] = Householder.generate(&a, start: i * p + i, count: p - i)
      d[i] = a[i * p + i]
      if i + 1 < q {
        identical.reflect(
          a, vector: column, tau: tauq[i], tauIdentical: columnTauIdentical,
          targets: ((i + 1)..<q).map { j in (i..<p).map { j * p + $0 } })
        Householder.applyLeft(
          &a, reflector: i * p + i, length: p - i, tau: tauq[i], target: (i + 1) * p + i, stride: p,
          columns: q - i - 1)
        let row = ((i + 1)..<q).map { $0 * p + i }
        if !identical.all(row) { noteReflector(a, start: (i + 1) * p + i, count: q - i - 1, step: p) }
        if identical.cancelled(a, Array(row.dropFirst())) { closestCall = 0 }
        let rowTauIdentical = identical.generate(a, row)
        taupIdentical[i] = rowTauIdentical
        taup[i] = Householder.generate(&a, start: (i + 1) * p + i, count: q - i - 1, stride: p)
        e[i] = a[(i + 1) * p + i]
        identical.reflect(
          a, vector: row, tau: taup[i], tauIdentical: rowTauIdentical,
          targets: ((i + 1)..<p).map { r in ((i + 1)..<q).map { $0 * p + r } })
        Self.applyRight(&a, p, row: i, firstRow: i + 1, tau: taup[i], length: q - i - 1)
      }
    }
    identicalBidiagonal =
      identical.all((0..<q).map { $0 * p + $0 }) && identical.all((0..<(q - 1)).map { ($0 + 1) * p + $0 })
    if tauq.contains(where: { $0 != 0 }) || taup.contains(where: { $0 != 0 }) || e.contains(where: { $0 != 0 }) {
      exact = false
    }
    // dbdsdc: U_B and Vh_B of the bidiagonal (column-major q×q), values descending.
    var ub = Self.identity(rows: q, columns: q)
    var vtb = Self.identity(rows: q, columns: q)
    if q == 1 {
      ub[0] = d[0] < 0 || (d[0] == 0 && d[0].sign == .minus) ? -1 : 1
      d[0] = Swift.abs(d[0])
    } else {
      var cosines = [Double](repeating: 0, count: q - 1)
      var sines = [Double](repeating: 0, count: q - 1)
      if lower {
        // Rotations from the left make the lower bidiagonal upper; they are applied to U_B at the end.
        for i in 0..<(q - 1) {
          let (c, s, r) = SymmetricEigen.rotation(d[i], e[i])
          d[i] = r
          e[i] = s * d[i + 1]
          d[i + 1] = c * d[i + 1]
          cosines[i] = c
          sines[i] = -s
        }
      }
      converged = Self.bdsqr(&d, &e, &vtb, &ub, q, closestCall: &closestCall)
      // dlasdq sorts ascending, then dbdsdc descending (selection sorts, one swap per position).
      for i in 0..<q {
        var smallest = i
        for j in (i + 1)..<q where d[j] < d[smallest] { smallest = j }
        if smallest != i { Self.swapPair(&d, &ub, &vtb, q, i, smallest) }
      }
      for i in 0..<(q - 1) {
        var biggest = i
        for j in (i + 1)..<q where d[j] > d[biggest] { biggest = j }
        if biggest != i { Self.swapPair(&d, &ub, &vtb, q, i, biggest) }
      }
      if lower {
        // dlasr('L', 'V', 'B') on U_B.
        for j in stride(from: q - 2, through: 0, by: -1) where cosines[j] != 1 || sines[j] != 0 {
          let (c, s) = (cosines[j], sines[j])
          for column in 0..<q {
            let temp = ub[column * q + j + 1]
            ub[column * q + j + 1] = c * temp - s * ub[column * q + j]
            ub[column * q + j] = s * temp + c * ub[column * q + j]
          }
        }
      }
    }
    values = d
    // The tall side: Q·[[X, 0], [0, I]] with X = U_B (or, for a wide A, V_B = Vh_Bᵀ).
    var tall = [Double](repeating: 0, count: p * uColumns)
    // U_B and V_B are LAPACK's own when the bidiagonal is (dbdsqr's steps are followed one for one); the padding's
    // zeros and ones are LAPACK's explicit ones.
    var tallKnown = LapackIdenticalEntries(
      identical: [Bool](repeating: true, count: p * uColumns),
      zeroEverywhere: [Bool](repeating: true, count: p * uColumns))
    for column in 0..<uColumns {
      for row in 0..<p {
        if column < q && row < q {
          tall[column * p + row] = lower ? vtb[row * q + column] : ub[column * q + row]
          tallKnown.identical[column * p + row] = identicalBidiagonal
          tallKnown.zeroEverywhere[column * p + row] = false
        } else if row == column {
          tall[column * p + row] = 1
          tallKnown.zeroEverywhere[column * p + row] = false
        }
      }
    }
    for i in stride(from: q - 1, through: 0, by: -1) where tauq[i] != 0 {
      let vector = (i..<p).map { i * p + $0 }
      let reflector = LapackIdenticalEntries.Reflector(
        values: [1.0] + vector.dropFirst().map { a[$0] },
        identical: [true] + vector.dropFirst().map { identical.identical[$0] },
        zeroEverywhere: [false] + vector.dropFirst().map { identical.zeroEverywhere[$0] }, tau: tauq[i],
        tauIdentical: tauqIdentical[i])
      tallKnown.reflect(
        tall, by: reflector, targets: (0..<uColumns).map { c in (i..<p).map { c * p + $0 } }, asDlarf: true)
      Self.reflect(&tall, p, columns: uColumns, vector: a, start: i * p + i, step: 1, length: p - i, tau: tauq[i])
    }
    // The short side: P·Y with Y = V_B (or, for a wide A, U_B).
    var short = [Double](repeating: 0, count: q * q)
    var shortKnown = LapackIdenticalEntries(
      identical: [Bool](repeating: identicalBidiagonal, count: q * q),
      zeroEverywhere: [Bool](repeating: false, count: q * q))
    for column in 0..<q {
      for row in 0..<q { short[column * q + row] = lower ? ub[column * q + row] : vtb[row * q + column] }
    }
    for i in stride(from: q - 2, through: 0, by: -1) where taup[i] != 0 {
      let vector = ((i + 1)..<q).map { $0 * p + i }
      let reflector = LapackIdenticalEntries.Reflector(
        values: [1.0] + vector.dropFirst().map { a[$0] },
        identical: [true] + vector.dropFirst().map { identical.identical[$0] },
        zeroEverywhere: [false] + vector.dropFirst().map { identical.zeroEverywhere[$0] }, tau: taup[i],
        tauIdentical: taupIdentical[i])
      shortKnown.reflect(
        short, by: reflector, targets: (0..<q).map { c in ((i + 1)..<q).map { c * q + $0 } }, asDlarf: true)
      Self.reflect(
        &short, q, columns: q, vector: a, start: (i + 1) * p + i, step: p, length: q - i - 1, tau: taup[i],
        firstRow: i + 1)
    }
    return (tall, short, tallKnown, shortKnown)
  }

  /// Notes an entry of U or Vh that is zero here without being known to be zero in LAPACK's arithmetic: LAPACK may
  /// leave rounding noise there, which NumPy prints.
  private mutating func noteUncertainZeros(_ values: [Double], _ known: LapackIdenticalEntries) {
    if known.hasUncertainZero(values) { closestCall = 0 }
  }

  /// Notes how near a reflector's leading entry is to zero beside the rest of its vector: its sign decides β's.
  private mutating func noteReflector(_ a: [Double], start: Int, count: Int, step: Int) {
    guard count > 1 else { return }
    let alpha = Swift.abs(a[start])
    let rest = Householder.norm(a, start: start + step, count: count - 1, stride: step)
    if rest > 0 { closestCall = Swift.min(closestCall, alpha / Swift.max(alpha, rest)) }
  }

  /// `dlarf('Right')` for `dgebd2`'s row reflector: rows `firstRow`..<p of the column-major `a`, columns
  /// row+1..<row+1+length, times (I - τ v vᵀ) with v stored along row `row` (its first entry taken as 1).
  private static func applyRight(_ a: inout [Double], _ p: Int, row: Int, firstRow: Int, tau: Double, length: Int) {
    guard tau != 0 else { return }
    let first = row + 1
    for r in firstRow..<p {
      var w = a[first * p + r]
      for k in 1..<Swift.max(length, 1) { w += a[(first + k) * p + row] * a[(first + k) * p + r] }
      let factor = tau * w
      a[first * p + r] -= factor
      for k in 1..<Swift.max(length, 1) { a[(first + k) * p + r] -= factor * a[(first + k) * p + row] }
    }
  }

  /// Applies H = I - τ v vᵀ from the left to rows `firstRow`..<firstRow+length of every column of the
  /// column-major `c` (`rows` rows); v's entries are `vector[start + k·step]`, the first taken as 1. As `dlarf`
  /// does, only v up to its last nonzero entry and the columns up to the last one with a nonzero entry there are
  /// touched, and each sum starts from +0 (OpenBLAS's `dgemv`): a zero update would otherwise turn a -0 that NumPy
  /// prints into +0.
  private static func reflect(
    _ c: inout [Double], _ rows: Int, columns: Int, vector: [Double], start: Int, step: Int, length: Int,
    tau: Double, firstRow: Int? = nil
  ) {
    let top = firstRow ?? (rows - length)
    var used = length
    while used > 1 && vector[start + (used - 1) * step] == 0 { used -= 1 }
    var lastColumn = columns
    while lastColumn > 0 && (0..<used).allSatisfy({ c[(lastColumn - 1) * rows + top + $0] == 0 }) {
      lastColumn -= 1
    }
    for column in 0..<lastColumn {
      let base = column * rows + top
      var w = 0.0 + c[base]
      for k in 1..<Swift.max(used, 1) { w += vector[start + k * step] * c[base + k] }
      let factor = tau * w
      c[base] -= factor
      for k in 1..<Swift.max(used, 1) { c[base + k] -= factor * vector[start + k * step] }
    }
  }

  /// Swaps singular values i and j with their U column and Vh row (column-major q×q).
  private static func swapPair(
    _ d: inout [Double], _ u: inout [Double], _ vt: inout [Double], _ q: Int, _ i: Int, _ j: Int
  ) {
    d.swapAt(i, j)
    for r in 0..<q {
      u.swapAt(i * q + r, j * q + r)
      vt.swapAt(r * q + i, r * q + j)
    }
  }

  /// `dbdsqr('U')` with `NCVT = NRU = n`: the upper bidiagonal (d, e) diagonalised by implicit zero-shift or
  /// shifted QR sweeps, rotations accumulated into the column-major `vt` (rows) and `u` (columns), values made
  /// positive and sorted descending. Returns false when the sweeps ran out.
  private static func bdsqr(
    _ d: inout [Double], _ e: inout [Double], _ vt: inout [Double], _ u: inout [Double], _ n: Int,
    closestCall: inout Double
  ) -> Bool {
    /// `x <= y`, noting how near the two were: a comparison rounding could tip decides LAPACK's path by its noise.
    func atMost(_ x: Double, _ y: Double) -> Bool {
      let scale = Swift.max(Swift.abs(x), Swift.abs(y))
      if scale > 0 { closestCall = Swift.min(closestCall, Swift.abs(x - y) / scale) }
      return x <= y
    }
    let eps = Householder.epsilon
    let unfl = Householder.safeMinimum
    let maxit = 6
    let nm1 = n - 1
    let nm12 = nm1 + nm1
    let nm13 = nm12 + nm1
    // 1-based views, as in the Fortran: D(i) is d[i-1], E(i) is e[i-1], WORK(i) is work[i-1].
    var work = [Double](repeating: 0, count: 4 * n)
    let tolmul = Swift.max(10, Swift.min(100, GlibcMath.pow(eps, -0.125)))
    let tol = tolmul * eps
    var smax = 0.0
    for i in 0..<n { smax = Swift.max(smax, Swift.abs(d[i])) }
    for i in 0..<(n - 1) { smax = Swift.max(smax, Swift.abs(e[i])) }
    var smin = 0.0
    var sminoa = Swift.abs(d[0])
    if sminoa != 0 {
      var mu = sminoa
      for i in 2...n {
        mu = Swift.abs(d[i - 1]) * (mu / (mu + Swift.abs(e[i - 2])))
        sminoa = Swift.min(sminoa, mu)
        if sminoa == 0 { break }
      }
    }
    sminoa = sminoa / Double(n).squareRoot()
    let thresh = Swift.max(tol * sminoa, Double(maxit) * (Double(n) * (Double(n) * unfl)))

    /// dlasr('L', 'V', direction) on rows ll..ll+count-1 of VT (1-based ll), c and s from WORK offsets.
    func rotateRows(_ ll: Int, _ count: Int, _ cOffset: Int, _ sOffset: Int, forward: Bool) {
      let planes = Array(0..<(count - 1))
      for j in forward ? planes : planes.reversed() {
        let (c, s) = (work[cOffset + j], work[sOffset + j])
        if c == 1 && s == 0 { continue }
        let top = ll - 1 + j
        for column in 0..<n {
          let temp = vt[column * n + top + 1]
          vt[column * n + top + 1] = c * temp - s * vt[column * n + top]
          vt[column * n + top] = s * temp + c * vt[column * n + top]
        }
      }
    }
    /// dlasr('R', 'V', direction) on columns ll..ll+count-1 of U.
    func rotateColumns(_ ll: Int, _ count: Int, _ cOffset: Int, _ sOffset: Int, forward: Bool) {
      let planes = Array(0..<(count - 1))
      for j in forward ? planes : planes.reversed() {
        let (c, s) = (work[cOffset + j], work[sOffset + j])
        if c == 1 && s == 0 { continue }
        let left = (ll - 1 + j) * n
        let right = left + n
        for row in 0..<n {
          let temp = u[right + row]
          u[right + row] = c * temp - s * u[left + row]
          u[left + row] = s * temp + c * u[left + row]
        }
      }
    }

    let maxitdivn = maxit * n
    var iterdivn = 0
    var iter = -1
    var oldll = -1
    var oldm = -1
    var idir = 0
    var m = n
    var failed = false
    mainLoop: while m > 1 {
      if iter >= n {
        iter -= n
        iterdivn += 1
        if iterdivn >= maxitdivn {
          failed = true
          break mainLoop
        }
      }
      // Find the diagonal block to work on.
      var ll = 0
      var split = false
      smax = Swift.abs(d[m - 1])
      for lll in 1...(m - 1) {
        ll = m - lll
        let abse = Swift.abs(e[ll - 1])
        if atMost(abse, thresh) {
          split = true
          break
        }
        smax = Swift.max(smax, Swift.abs(d[ll - 1]), abse)
      }
      if split {
        e[ll - 1] = 0
        if ll == m - 1 {
          m -= 1
          continue mainLoop
        }
      } else {
        ll = 0
      }
      ll += 1
      if ll == m - 1 {
        // A 2×2 block.
        let (sigmn, sigmx, sinr, cosr, sinl, cosl) = singular2(d[m - 2], e[m - 2], d[m - 1])
        d[m - 2] = sigmx
        e[m - 2] = 0
        d[m - 1] = sigmn
        for column in 0..<n {
          let (x, y) = (vt[column * n + m - 2], vt[column * n + m - 1])
          vt[column * n + m - 2] = cosr * x + sinr * y
          vt[column * n + m - 1] = cosr * y - sinr * x
        }
        for row in 0..<n {
          let (x, y) = (u[(m - 2) * n + row], u[(m - 1) * n + row])
          u[(m - 2) * n + row] = cosl * x + sinl * y
          u[(m - 1) * n + row] = cosl * y - sinl * x
        }
        m -= 2
        continue mainLoop
      }
      // A new submatrix: chase the bulge from the larger end towards the smaller.
      if ll > oldm || m < oldll {
        idir = atMost(Swift.abs(d[m - 1]), Swift.abs(d[ll - 1])) ? 1 : 2
      }
      // Convergence tests.
      if idir == 1 {
        if atMost(Swift.abs(e[m - 2]), Swift.abs(tol) * Swift.abs(d[m - 1])) {
          e[m - 2] = 0
          continue mainLoop
        }
        var mu = Swift.abs(d[ll - 1])
        smin = mu
        for lll in ll...(m - 1) {
          if atMost(Swift.abs(e[lll - 1]), tol * mu) {
            e[lll - 1] = 0
            continue mainLoop
          }
          mu = Swift.abs(d[lll]) * (mu / (mu + Swift.abs(e[lll - 1])))
          smin = Swift.min(smin, mu)
        }
      } else {
        if atMost(Swift.abs(e[ll - 1]), Swift.abs(tol) * Swift.abs(d[ll - 1])) {
          e[ll - 1] = 0
          continue mainLoop
        }
        var mu = Swift.abs(d[m - 1])
        smin = mu
        for lll in stride(from: m - 1, through: ll, by: -1) {
          if atMost(Swift.abs(e[lll - 1]), tol * mu) {
            e[lll - 1] = 0
            continue mainLoop
          }
          mu = Swift.abs(d[lll - 1]) * (mu / (mu + Swift.abs(e[lll - 1])))
          smin = Swift.min(smin, mu)
        }
      }
      oldll = ll
      oldm = m
      // The shift: zero when shifting would ruin relative accuracy.
      var shift = 0.0
      if atMost(Double(n) * tol * (smin / smax), Swift.max(eps, 0.01 * tol)) {
        shift = 0
      } else {
        let sll: Double
        if idir == 1 {
          sll = Swift.abs(d[ll - 1])
          shift = singularValues2(d[m - 2], e[m - 2], d[m - 1]).min
        } else {
          sll = Swift.abs(d[m - 1])
          shift = singularValues2(d[ll - 1], e[ll - 1], d[ll]).min
        }
        if sll > 0 && atMost((shift / sll) * (shift / sll), eps) { shift = 0 }
      }
      iter += m - ll
      let count = m - ll + 1
      if shift == 0 {
        if idir == 1 {
          var cs = 1.0
          var oldcs = 1.0
          var sn = 0.0
          var oldsn = 0.0
          var r = 0.0
          for i in ll...(m - 1) {
            (cs, sn, r) = SymmetricEigen.rotation(d[i - 1] * cs, e[i - 1])
            if i > ll { e[i - 2] = oldsn * r }
            let next = SymmetricEigen.rotation(oldcs * r, d[i] * sn)
            (oldcs, oldsn, d[i - 1]) = next
            work[i - ll] = cs
            work[i - ll + nm1] = sn
            work[i - ll + nm12] = oldcs
            work[i - ll + nm13] = oldsn
          }
          let h = d[m - 1] * cs
          d[m - 1] = h * oldcs
          e[m - 2] = h * oldsn
          rotateRows(ll, count, 0, n - 1, forward: true)
          rotateColumns(ll, count, nm12, nm13, forward: true)
          if atMost(Swift.abs(e[m - 2]), thresh) { e[m - 2] = 0 }
        } else {
          var cs = 1.0
          var oldcs = 1.0
          var sn = 0.0
          var oldsn = 0.0
          var r = 0.0
          for i in stride(from: m, through: ll + 1, by: -1) {
            (cs, sn, r) = SymmetricEigen.rotation(d[i - 1] * cs, e[i - 2])
            if i < m { e[i - 1] = oldsn * r }
            let next = SymmetricEigen.rotation(oldcs * r, d[i - 2] * sn)
            (oldcs, oldsn, d[i - 1]) = next
            work[i - ll - 1] = cs
            work[i - ll - 1 + nm1] = -sn
            work[i - ll - 1 + nm12] = oldcs
            work[i - ll - 1 + nm13] = -oldsn
          }
          let h = d[ll - 1] * cs
          d[ll - 1] = h * oldcs
          e[ll - 1] = h * oldsn
          rotateRows(ll, count, nm12, nm13, forward: false)
          rotateColumns(ll, count, 0, n - 1, forward: false)
          if atMost(Swift.abs(e[ll - 1]), thresh) { e[ll - 1] = 0 }
        }
      } else {
        if idir == 1 {
          _ = atMost(Swift.abs(d[ll - 1]), shift)
          var f = (Swift.abs(d[ll - 1]) - shift) * (Double(signOf: d[ll - 1], magnitudeOf: 1) + shift / d[ll - 1])
          var g = e[ll - 1]
          for i in ll...(m - 1) {
            let (cosr, sinr, r1) = SymmetricEigen.rotation(f, g)
            if i > ll { e[i - 2] = r1 }
            f = cosr * d[i - 1] + sinr * e[i - 1]
            e[i - 1] = cosr * e[i - 1] - sinr * d[i - 1]
            g = sinr * d[i]
            d[i] = cosr * d[i]
            let (cosl, sinl, r2) = SymmetricEigen.rotation(f, g)
            d[i - 1] = r2
            f = cosl * e[i - 1] + sinl * d[i]
            d[i] = cosl * d[i] - sinl * e[i - 1]
            if i < m - 1 {
              g = sinl * e[i]
              e[i] = cosl * e[i]
            }
            work[i - ll] = cosr
            work[i - ll + nm1] = sinr
            work[i - ll + nm12] = cosl
            work[i - ll + nm13] = sinl
          }
          e[m - 2] = f
          rotateRows(ll, count, 0, n - 1, forward: true)
          rotateColumns(ll, count, nm12, nm13, forward: true)
          if atMost(Swift.abs(e[m - 2]), thresh) { e[m - 2] = 0 }
        } else {
          _ = atMost(Swift.abs(d[m - 1]), shift)
          var f = (Swift.abs(d[m - 1]) - shift) * (Double(signOf: d[m - 1], magnitudeOf: 1) + shift / d[m - 1])
          var g = e[m - 2]
          for i in stride(from: m, through: ll + 1, by: -1) {
            let (cosr, sinr, r1) = SymmetricEigen.rotation(f, g)
            if i < m { e[i - 1] = r1 }
            f = cosr * d[i - 1] + sinr * e[i - 2]
            e[i - 2] = cosr * e[i - 2] - sinr * d[i - 1]
            g = sinr * d[i - 2]
            d[i - 2] = cosr * d[i - 2]
            let (cosl, sinl, r2) = SymmetricEigen.rotation(f, g)
            d[i - 1] = r2
            f = cosl * e[i - 2] + sinl * d[i - 2]
            d[i - 2] = cosl * d[i - 2] - sinl * e[i - 2]
            if i > ll + 1 {
              g = sinl * e[i - 3]
              e[i - 3] = cosl * e[i - 3]
            }
            work[i - ll - 1] = cosr
            work[i - ll - 1 + nm1] = -sinr
            work[i - ll - 1 + nm12] = cosl
            work[i - ll - 1 + nm13] = -sinl
          }
          e[ll - 1] = f
          if atMost(Swift.abs(e[ll - 1]), thresh) { e[ll - 1] = 0 }
          rotateRows(ll, count, nm12, nm13, forward: false)
          rotateColumns(ll, count, 0, n - 1, forward: false)
        }
      }
    }
    if failed { return false }
    // Make the values positive (negating Vh's row), then sort descending (one swap per position).
    // OpenBLAS 0.3.31's dbdsqr predates LAPACK 3.12.1's "avoid -0": a -0 singular value stays -0 (NumPy prints it).
    for i in 0..<n {
      if d[i] < 0 {
        d[i] = -d[i]
        for column in 0..<n { vt[column * n + i] = -vt[column * n + i] }
      }
    }
    for i in 1..<n {
      var isub = 1
      var smallest = d[0]
      for j in 2...(n + 1 - i) where d[j - 1] <= smallest {
        isub = j
        smallest = d[j - 1]
      }
      if isub != n + 1 - i { swapPair(&d, &u, &vt, n, isub - 1, n - i) }
    }
    return true
  }

  /// `dlas2`: the singular values of the upper triangular [[f, g], [0, h]].
  static func singularValues2(_ f: Double, _ g: Double, _ h: Double) -> (min: Double, max: Double) {
    let fa = Swift.abs(f)
    let ga = Swift.abs(g)
    let ha = Swift.abs(h)
    let fhmn = Swift.min(fa, ha)
    let fhmx = Swift.max(fa, ha)
    if fhmn == 0 {
      if fhmx == 0 { return (0, ga) }
      let big = Swift.max(fhmx, ga)
      let ratio = Swift.min(fhmx, ga) / big
      return (0, big * (1 + ratio * ratio).squareRoot())
    }
    if ga < fhmx {
      let as_ = 1 + fhmn / fhmx
      let at = (fhmx - fhmn) / fhmx
      let au = (ga / fhmx) * (ga / fhmx)
      let c = 2 / ((as_ * as_ + au).squareRoot() + (at * at + au).squareRoot())
      return (fhmn * c, fhmx / c)
    }
    let au = fhmx / ga
    if au == 0 { return ((fhmn * fhmx) / ga, ga) }
    let as_ = 1 + fhmn / fhmx
    let at = (fhmx - fhmn) / fhmx
    let c = 1 / ((1 + (as_ * au) * (as_ * au)).squareRoot() + (1 + (at * au) * (at * au)).squareRoot())
    let ssmin = (fhmn * c) * au
    return (ssmin + ssmin, ga / (c + c))
  }

  /// `dlasv2`: the SVD of the upper triangular [[f, g], [0, h]]: (ssmin, ssmax, snr, csr, snl, csl), the signed
  /// values and the right and left rotations, with LAPACK's sign conventions.
  static func singular2(_ f: Double, _ g: Double, _ h: Double) -> (Double, Double, Double, Double, Double, Double) {
    func sign(_ a: Double, _ b: Double) -> Double { Double(signOf: b, magnitudeOf: Swift.abs(a)) }
    var ft = f
    var fa = Swift.abs(ft)
    var ht = h
    var ha = Swift.abs(h)
    var pmax = 1
    let swap = ha > fa
    if swap {
      pmax = 3
      (ft, ht) = (ht, ft)
      (fa, ha) = (ha, fa)
    }
    let gt = g
    let ga = Swift.abs(gt)
    var ssmin: Double
    var ssmax: Double
    var clt: Double
    var crt: Double
    var slt: Double
    var srt: Double
    if ga == 0 {
      ssmin = ha
      ssmax = fa
      clt = 1
      crt = 1
      slt = 0
      srt = 0
    } else {
      var gasmal = true
      ssmin = 0
      ssmax = 0
      clt = 1
      crt = 1
      slt = 0
      srt = 0
      if ga > fa {
        pmax = 2
        if fa / ga < Householder.epsilon {
          gasmal = false
          ssmax = ga
          ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha
          clt = 1
          slt = ht / gt
          srt = 1
          crt = ft / gt
        }
      }
      if gasmal {
        let dd = fa - ha
        var l = dd == fa ? 1.0 : dd / fa
        let m = gt / ft
        var t = 2 - l
        let mm = m * m
        let tt = t * t
        let s = (tt + mm).squareRoot()
        let r = l == 0 ? Swift.abs(m) : (l * l + mm).squareRoot()
        let a = 0.5 * (s + r)
        ssmin = ha / a
        ssmax = fa * a
        if mm == 0 {
          if l == 0 {
            t = sign(2, ft) * sign(1, gt)
          } else {
            t = gt / sign(dd, ft) + m / t
          }
        } else {
          t = (m / (s + t) + m / (r + l)) * (1 + a)
        }
        l = (t * t + 4).squareRoot()
        crt = 2 / l
        srt = t / l
        clt = (crt + srt * m) / a
        slt = (ht / ft) * srt / a
      }
    }
    let (csl, snl, csr, snr) = swap ? (srt, crt, slt, clt) : (clt, slt, crt, srt)
    var tsign = 1.0
    if pmax == 1 { tsign = sign(1, csr) * sign(1, csl) * sign(1, f) }
    if pmax == 2 { tsign = sign(1, snr) * sign(1, csl) * sign(1, g) }
    if pmax == 3 { tsign = sign(1, snr) * sign(1, snl) * sign(1, h) }
    ssmax = sign(ssmax, tsign)
    ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h))
    return (ssmin, ssmax, snr, csr, snl, csl)
  }

  /// A column-major (or row-major: the same) identity-padded matrix.
  private static func identity(rows: Int, columns: Int) -> [Double] {
    var result = [Double](repeating: 0, count: rows * columns)
    for i in 0..<Swift.min(rows, columns) { result[i * columns + i] = 1 }
    return result
  }

  /// The column-major copy of a row-major matrix.
  private static func columnMajor(_ matrix: [Double], rows: Int, columns: Int) -> [Double] {
    var result = [Double](repeating: 0, count: rows * columns)
    for i in 0..<rows { for j in 0..<columns { result[j * rows + i] = matrix[i * columns + j] } }
    return result
  }

  /// The column-major copy of what is known of a row-major matrix's entries.
  private static func columnMajor(_ known: LapackIdenticalEntries, rows: Int, columns: Int) -> LapackIdenticalEntries {
    known.transposed(rows: rows, columns: columns)
  }

  /// The row-major copy of a column-major matrix.
  private static func rowMajor(_ matrix: [Double], rows: Int, columns: Int) -> [Double] {
    var result = [Double](repeating: 0, count: rows * columns)
    for i in 0..<rows { for j in 0..<columns { result[i * columns + j] = matrix[j * rows + i] } }
    return result
  }
}
