/// The eigenvalues and right eigenvectors of one real square matrix, computed as LAPACK's `dgeev` does for NumPy's
/// `np.linalg.eig` and `eigvals` up to 75×75: `dgebal` permutes and scales (job 'B'), `dgehd2` reduces to Hessenberg
/// form with Householder reflectors (`dgehrd` stays unblocked below 128), `dorghr` accumulates them, `dlahqr` (what
/// `dhseqr` runs below 75) finds the real Schur form with double-shift QR steps and `dlanv2` standardises its 2×2
/// blocks, `dtrevc3` back-substitutes each eigenvector of the quasi-triangular factor, `dgebak` undoes the balancing,
/// and `dgeev` scales each vector to unit length (a complex pair rotated so that its largest component is real).
///
/// Following those steps gives NumPy's order of eigenvalues (their places on the Schur form's diagonal) and each
/// eigenvector's sign; the last bits differ (OpenBLAS's kernels round differently), so wherever a decision of the
/// algorithm would follow that rounding (two eigenvalues that nearly coincide, a reflector whose sign is at noise
/// level, a near tie in the normalisation) `noiseDecision` names it and the caller refuses.
struct GeneralEigen {
  /// The largest order `dhseqr` hands to `dlahqr`; beyond it LAPACK's multishift `dlaqr0` takes over.
  static let largestOrder = 75

  /// The eigenvalues' real parts, in LAPACK's order (a complex pair: positive imaginary part first).
  var real: [Double] = []
  /// The eigenvalues' imaginary parts.
  var imaginary: [Double] = []
  /// Column-major n×n as `dgeev` leaves VR: column j is eigenvector j, or for a pair (j, j+1) whose `imaginary[j]`
  /// is positive, the real and imaginary parts of eigenvector j (eigenvector j+1 is its conjugate).
  var vectors: [Double] = []
  /// False when the QR iteration did not converge in `dlahqr`'s 30·n sweeps.
  var converged = true
  /// What would follow LAPACK's rounding rather than the matrix (nil when nothing does): eigenvalues that nearly
  /// coincide make the values themselves and everything after them rounding; `vectorNoise` only the vectors' signs.
  var valueNoise: String?
  /// What would decide an eigenvector's sign or phase by rounding (nil when nothing does).
  var vectorNoise: String?

  /// A reflector or rotation whose sign is decided within this many units of the matrix's scale is rounding.
  private static let signMargin = 1e-9
  /// Eigenvalues nearer each other than this fraction of the matrix's largest entry are not told apart reliably.
  private static let gapMargin = 1e-7

  /// Decomposes the row-major n×n matrix (finite, checked by the caller); eigenvectors only when `wantVectors`.
  init(rowMajor matrix: [Double], order n: Int, wantVectors: Bool) {
    guard n > 0 else { return }
    var a = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { a[i + j * n] = matrix[i * n + j] } }
    let largest = matrix.reduce(0) { Swift.max($0, Swift.abs($1)) }
    // dgeev scales a matrix outside [sqrt(safmin)/eps, its reciprocal] first; the caller refuses such input.
    let balanced = Self.balance(&a, n)
    let (lo, hi) = (balanced.lo, balanced.hi)
    var state = Tracker(scale: a.reduce(0) { Swift.max($0, Swift.abs($1)) })
    state.rowsScaled = balanced.scale[lo...hi].contains { $0 != 1 }
    let reflectors = Self.hessenberg(&a, n, lo, hi, &state)
    var z = [Double](repeating: 0, count: wantVectors ? n * n : 0)
    if wantVectors {
      for i in 0..<n { z[i + i * n] = 1 }
      // dorghr: Q = H(lo) H(lo+1) … H(hi-1), accumulated last reflector first.
      for (offset, reflector) in reflectors.enumerated().reversed() where reflector.tau != 0 {
        let i = lo + offset
        Self.reflectLeft(&z, n, reflector, firstRow: i + 1, columns: (i + 1)...hi)
      }
    }
    // dgehd2 leaves the reflectors below the subdiagonal; dlahqr never reads them and dhseqr clears them.
    for j in 0..<n where j + 2 < n { for i in (j + 2)..<n { a[i + j * n] = 0 } }
    real = [Double](repeating: 0, count: n)
    imaginary = [Double](repeating: 0, count: n)
    for i in 0..<n where i < lo || i > hi { real[i] = a[i + i * n] }
    if lo == hi {
      real[lo] = a[lo + lo * n]
    } else {
      converged = Self.lahqr(
        &a, n, lo, hi, &real, &imaginary, &z, wantT: wantVectors, wantZ: wantVectors, &state)
    }
    guard converged else { return }
    checkGaps(n, lo, hi, largest)
    guard wantVectors, valueNoise == nil else { return }
    vectorNoise = state.signNoise
    // A complex pair's 2×2 block turns with every QR sweep over it, and its turn decides the phase of its
    // eigenvectors: a deflation test near its threshold while the block was in the window may have ended the
    // sweeps one earlier or later in LAPACK's arithmetic.
    for j in 0..<n where imaginary[j] > 0 && vectorNoise == nil {
      if state.borderlineWindows.contains(where: { $0.first <= j + 1 && j + 2 <= $0.last }) {
        vectorNoise =
          "a deflation test of the QR iteration came within rounding of its threshold while the block of the "
          + "complex pair \(real[j]) ± \(imaginary[j])j was turning with each sweep (its turn fixes the phase of "
          + "its eigenvectors)"
      }
    }
    var v = Self.backSubstitute(a, z, n, real, imaginary, &state)
    if vectorNoise == nil { vectorNoise = state.signNoise }
    Self.undoBalance(&v, n, lo, hi, balanced.scale)
    normalize(&v, n, exact: state.isExact)
    vectors = v
  }

  /// Notes eigenvalues that nearly coincide: their order, and whether they are a real pair or a complex one, follow
  /// rounding (even `dlanv2` alone rounds otherwise in OpenBLAS's build), unless the balancing isolated both exactly.
  private mutating func checkGaps(_ n: Int, _ lo: Int, _ hi: Int, _ largest: Double) {
    let threshold = Self.gapMargin * largest
    for i in 0..<n {
      for j in (i + 1)..<Swift.max(n, i + 1) {
        let gap = Householder.pythagoras(real[i] - real[j], imaginary[i] - imaginary[j])
        guard gap <= threshold else { continue }
        // dhseqr copies these from the balanced matrix's diagonal (all of them when lo == hi).
        let isolated = lo == hi || ((i < lo || i > hi) && (j < lo || j > hi))
        if isolated { continue }
        valueNoise = "two eigenvalues nearly coincide (\(real[i]) and \(real[j]))"
        return
      }
    }
  }

  /// What the steps so far did that LAPACK's kernels may have rounded otherwise.
  struct Tracker {
    /// The matrix's largest entry: what "at rounding-noise level" is measured against.
    let scale: Double
    /// Set by the first decision that rounding could have taken the other way.
    var signNoise: String?
    /// True while every value is LAPACK's to the bit: no reflector applied, no QR sweep, no nontrivial rotation.
    var valuesExact = true
    /// False once a rotation or reflector touched the Schur vectors (their products round in OpenBLAS's order).
    var vectorsExact = true
    /// True when the balancing scaled a row (its decision reads OpenBLAS's `dnrm2`).
    var rowsScaled = false

    init(scale: Double) { self.scale = scale }

    /// True when a tie in the vectors' normalisation is LAPACK's tie too.
    var isExact: Bool { valuesExact && vectorsExact && !rowsScaled }

    /// The active windows (1-based first and last rows) of the QR sweeps whose deflation tests came near their
    /// thresholds: LAPACK may have run one sweep more or fewer over them.
    var borderlineWindows: [(first: Int, last: Int)] = []

    /// Notes how near a deflation test came to deciding the other way.
    mutating func noteDeflation(_ value: Double, _ threshold: Double, window: (Int, Int)) {
      guard value > 0, threshold > 0 else { return }
      // Within 2.5 decades (2⁸ ≈ 10^2.4 … 2⁹): the sweep found docbuild's and LAPACK's decisions part up to 1.8.
      if Swift.abs((value / threshold).exponent) <= 8 { borderlineWindows.append((window.0, window.1)) }
    }

    /// The rounding noise a computed entry of the matrix may carry: a few units of roundoff per dimension.
    func entryNoise(_ n: Int) -> Double { 8 * Double(n) * .ulpOfOne * scale }

    /// Checks the sign decision of a reflector made from (α, x) (`dlarfg`): β takes α's sign, which changes the
    /// reflector discontinuously when α does not dominate x, so rounding decides it when α is within `noise` of 0.
    mutating func checkReflector(alpha: Double, xnorm: Double, noise: Double) {
      guard xnorm != 0, noise > 0, signNoise == nil else { return }
      if Swift.abs(alpha) <= noise && Swift.abs(alpha) <= xnorm {
        signNoise = "a Householder reflector's sign is decided at rounding-noise level (\(alpha))"
      }
    }

    /// Notes a decision between two quantities that are equal up to rounding.
    mutating func checkTie(_ x: Double, _ y: Double, _ what: String) {
      guard signNoise == nil, !isExact else { return }
      let (p, q) = (Swift.abs(x), Swift.abs(y))
      if Swift.abs(p - q) <= GeneralEigen.signMargin * Swift.max(p, q) {
        signNoise = "\(what) is a tie up to rounding (\(x) and \(y))"
      }
    }
  }

  /// One elementary reflector H = I - τ v vᵀ with v₀ = 1.
  struct Reflector {
    var tau: Double
    var v: [Double]
  }

  /// `dgebal('B')` on the column-major `a`: permutes rows and columns to isolate eigenvalues at the ends, then
  /// scales rows and columns of the rest by powers of 2. Returns `ilo`, `ihi` (0-based) and `scale`, where a
  /// position outside them holds the index (0-based) it was swapped with and one inside its scale factor.
  static func balance(_ a: inout [Double], _ n: Int) -> (lo: Int, hi: Int, scale: [Double]) {
    // 1-based indices as in LAPACK: A(i, j) is a[i - 1 + (j - 1) * n].
    func at(_ i: Int, _ j: Int) -> Int { i - 1 + (j - 1) * n }
    var scale = [Double](repeating: 1, count: n + 1)
    func swapColumns(_ p: Int, _ q: Int, rows: Int) {
      for r in stride(from: 1, through: rows, by: 1) { a.swapAt(at(r, p), at(r, q)) }
    }
    func swapRows(_ p: Int, _ q: Int, from first: Int) {
      for c in stride(from: first, through: n, by: 1) { a.swapAt(at(p, c), at(q, c)) }
    }
    /// 0-based bounds and entries: a permutation entry becomes the 0-based index it names.
    func finish(_ k: Int, _ l: Int) -> (lo: Int, hi: Int, scale: [Double]) {
      var result = Array(scale.dropFirst())
      for p in 0..<n where p < k - 1 || p > l - 1 { result[p] -= 1 }
      return (k - 1, l - 1, result)
    }
    var k = 1
    var l = n
    var searching = true
    // Rows with nothing off the diagonal (within columns 1…l) go to the bottom.
    while searching {
      searching = false
      for i in stride(from: l, through: 1, by: -1) {
        var canSwap = true
        for j in stride(from: 1, through: l, by: 1) where i != j && a[at(i, j)] != 0 {
          canSwap = false
          break
        }
        guard canSwap else { continue }
        scale[l] = Double(i)
        if i != l {
          swapColumns(i, l, rows: l)
          swapRows(i, l, from: k)
        }
        searching = true
        if l == 1 { return finish(1, 1) }
        l -= 1
      }
    }
    // Columns with nothing off the diagonal (within rows k…l) go to the left.
    searching = true
    while searching {
      searching = false
      for j in stride(from: k, through: l, by: 1) {
        var canSwap = true
        for i in stride(from: k, through: l, by: 1) where i != j && a[at(i, j)] != 0 {
          canSwap = false
          break
        }
        guard canSwap else { continue }
        scale[k] = Double(j)
        if j != k {
          swapColumns(j, k, rows: l)
          swapRows(j, k, from: k)
        }
        searching = true
        k += 1
      }
    }
    for i in stride(from: k, through: l, by: 1) { scale[i] = 1 }
    let sfmin1 = Householder.safeMinimum / .ulpOfOne
    let sfmax1 = 1 / sfmin1
    let sfmin2 = sfmin1 * 2
    let sfmax2 = 1 / sfmin2
    searching = true
    while searching {
      searching = false
      for i in stride(from: k, through: l, by: 1) {
        var columnSquares = 0.0
        var rowSquares = 0.0
        for r in k...l {
          columnSquares += a[at(r, i)] * a[at(r, i)]
          rowSquares += a[at(i, r)] * a[at(i, r)]
        }
        var c = columnSquares.squareRoot()
        var r = rowSquares.squareRoot()
        var ca = 0.0
        for row in 1...l { ca = Swift.max(ca, Swift.abs(a[at(row, i)])) }
        var ra = 0.0
        for column in k...n { ra = Swift.max(ra, Swift.abs(a[at(i, column)])) }
        if c == 0 || r == 0 { continue }
        var g = r / 2
        var f = 1.0
        let s = c + r
        while c < g && Swift.max(f, c, ca) < sfmax2 && Swift.min(r, g, ra) > sfmin2 {
          f *= 2
          c *= 2
          ca *= 2
          r /= 2
          g /= 2
          ra /= 2
        }
        g = c / 2
        while g >= r && Swift.max(r, ra) < sfmax2 && Swift.min(f, c, g, ca) > sfmin2 {
          f /= 2
          c /= 2
          g /= 2
          ca /= 2
          r *= 2
          ra *= 2
        }
        if c + r >= 0.95 * s { continue }
        if f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1 { continue }
        if f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f { continue }
        g = 1 / f
        scale[i] *= f
        searching = true
        for column in k...n { a[at(i, column)] *= g }
        for row in 1...l { a[at(row, i)] *= f }
      }
    }
    return finish(k, l)
  }

  /// `dgehd2` on rows and columns lo…hi of the column-major `a`: the Hessenberg form in place, with the reflectors
  /// returned (v without its leading 1, which `dorghr` needs).
  private static func hessenberg(_ a: inout [Double], _ n: Int, _ lo: Int, _ hi: Int, _ state: inout Tracker)
    -> [Reflector]
  {
    var reflectors: [Reflector] = []
    guard lo < hi else { return reflectors }
    for i in lo..<hi {
      let start = (i + 1) + i * n
      let count = hi - i
      var xnorm = 0.0
      for k in 1..<Swift.max(count, 1) { xnorm += a[start + k] * a[start + k] }
      let alpha = a[start]
      let tau = Householder.generate(&a, start: start, count: count)
      // The first reflectors read the (balanced) input exactly; later ones read computed entries.
      state.checkReflector(
        alpha: alpha, xnorm: xnorm.squareRoot(), noise: state.valuesExact ? 0 : state.entryNoise(n))
      var v = [Double](repeating: 0, count: count)
      v[0] = 1
      for k in 1..<Swift.max(count, 1) { v[k] = a[start + k] }
      let reflector = Reflector(tau: tau, v: v)
      reflectors.append(reflector)
      guard tau != 0 else { continue }
      state.valuesExact = false
      // Right: A(0…hi, i+1…hi) ← A H.
      for row in 0...hi {
        var w = 0.0
        for k in 0..<count { w += a[row + (i + 1 + k) * n] * v[k] }
        let factor = tau * w
        for k in 0..<count { a[row + (i + 1 + k) * n] -= factor * v[k] }
      }
      // Left: A(i+1…hi, i+1…n-1) ← H A.
      reflectLeft(&a, n, reflector, firstRow: i + 1, columns: (i + 1)...(n - 1))
    }
    return reflectors
  }

  /// Applies H = I - τ v vᵀ from the left to rows firstRow… of the given columns of the column-major matrix.
  private static func reflectLeft(
    _ a: inout [Double], _ n: Int, _ reflector: Reflector, firstRow: Int, columns: ClosedRange<Int>
  ) {
    let v = reflector.v
    for column in columns {
      let base = firstRow + column * n
      var w = 0.0
      for k in v.indices { w += v[k] * a[base + k] }
      let factor = reflector.tau * w
      for k in v.indices { a[base + k] -= factor * v[k] }
    }
  }

  /// `dlahqr` on the Hessenberg matrix `h` (column-major), active rows and columns lo…hi (0-based), with the
  /// eigenvalues into (wr, wi); with `wantT` the full Schur form, with `wantZ` the Schur vectors accumulated into
  /// rows lo…hi of `z`. Returns false when an eigenvalue did not converge.
  private static func lahqr(
    _ h: inout [Double], _ n: Int, _ lo: Int, _ hi: Int, _ wr: inout [Double], _ wi: inout [Double],
    _ z: inout [Double], wantT: Bool, wantZ: Bool, _ state: inout Tracker
  ) -> Bool {
    // 1-based as in LAPACK.
    func at(_ i: Int, _ j: Int) -> Int { i - 1 + (j - 1) * n }
    let ilo = lo + 1
    let ihi = hi + 1
    let (iloz, ihiz) = (ilo, ihi)
    let safmin = Householder.safeMinimum
    let ulp = Double.ulpOfOne
    let nh = ihi - ilo + 1
    let smlnum = safmin * (Double(nh) / ulp)
    var i1 = 1
    var i2 = n
    let itmax = 30 * Swift.max(10, nh)
    var kdefl = 0
    let (dat1, dat2, kexsh) = (0.75, -0.4375, 10)
    var v = [Double](repeating: 0, count: 3)

    func rotate(_ x: (Int) -> Int, _ y: (Int) -> Int, count: Int, _ c: Double, _ s: Double) {
      for k in 0..<count {
        let (p, q) = (x(k), y(k))
        let temp = c * h[p] + s * h[q]
        h[q] = c * h[q] - s * h[p]
        h[p] = temp
      }
    }

    var i = ihi
    while i >= ilo {
      var l = ilo
      var deflated = false
      for _ in 0...itmax {
        // Look for a single small subdiagonal element.
        var k = i
        while k > l {
          if Swift.abs(h[at(k, k - 1)]) <= smlnum { break }
          var tst = Swift.abs(h[at(k - 1, k - 1)]) + Swift.abs(h[at(k, k)])
          if tst == 0 {
            if k - 2 >= ilo { tst += Swift.abs(h[at(k - 1, k - 2)]) }
            if k + 1 <= ihi { tst += Swift.abs(h[at(k + 1, k)]) }
          }
          state.noteDeflation(Swift.abs(h[at(k, k - 1)]), ulp * tst, window: (l, i))
          if Swift.abs(h[at(k, k - 1)]) <= ulp * tst {
            let ab = Swift.max(Swift.abs(h[at(k, k - 1)]), Swift.abs(h[at(k - 1, k)]))
            let ba = Swift.min(Swift.abs(h[at(k, k - 1)]), Swift.abs(h[at(k - 1, k)]))
            let aa = Swift.max(Swift.abs(h[at(k, k)]), Swift.abs(h[at(k - 1, k - 1)] - h[at(k, k)]))
            let bb = Swift.min(Swift.abs(h[at(k, k)]), Swift.abs(h[at(k - 1, k - 1)] - h[at(k, k)]))
            let s = aa + ab
            state.noteDeflation(ba * (ab / s), Swift.max(smlnum, ulp * (bb * (aa / s))), window: (l, i))
            if ba * (ab / s) <= Swift.max(smlnum, ulp * (bb * (aa / s))) { break }
          }
          k -= 1
        }
        l = k
        if l > ilo { h[at(l, l - 1)] = 0 }
        if l >= i - 1 {
          deflated = true
          break
        }
        kdefl += 1
        state.valuesExact = false
        state.vectorsExact = false
        if !wantT {
          i1 = l
          i2 = i
        }
        var h11: Double
        var h12: Double
        var h21: Double
        var h22: Double
        if kdefl % (2 * kexsh) == 0 {
          // Exceptional shift.
          let s = Swift.abs(h[at(i, i - 1)]) + Swift.abs(h[at(i - 1, i - 2)])
          h11 = dat1 * s + h[at(i, i)]
          h12 = dat2 * s
          h21 = s
          h22 = h11
        } else if kdefl % kexsh == 0 {
          let s = Swift.abs(h[at(l + 1, l)]) + Swift.abs(h[at(l + 2, l + 1)])
          h11 = dat1 * s + h[at(l, l)]
          h12 = dat2 * s
          h21 = s
          h22 = h11
        } else {
          h11 = h[at(i - 1, i - 1)]
          h21 = h[at(i, i - 1)]
          h12 = h[at(i - 1, i)]
          h22 = h[at(i, i)]
        }
        var s = Swift.abs(h11) + Swift.abs(h12) + Swift.abs(h21) + Swift.abs(h22)
        var (rt1r, rt1i, rt2r, rt2i) = (0.0, 0.0, 0.0, 0.0)
        if s != 0 {
          h11 /= s
          h21 /= s
          h12 /= s
          h22 /= s
          let tr = (h11 + h22) / 2
          let det = (h11 - tr) * (h22 - tr) - h12 * h21
          let rtdisc = Swift.abs(det).squareRoot()
          if det >= 0 {
            rt1r = tr * s
            rt2r = rt1r
            rt1i = rtdisc * s
            rt2i = -rt1i
          } else {
            rt1r = tr + rtdisc
            rt2r = tr - rtdisc
            if Swift.abs(rt1r - h22) <= Swift.abs(rt2r - h22) {
              rt1r *= s
              rt2r = rt1r
            } else {
              rt2r *= s
              rt1r = rt2r
            }
            rt1i = 0
            rt2i = 0
          }
        }
        // Look for two consecutive small subdiagonal elements.
        var m = i - 2
        while true {
          var h21s = h[at(m + 1, m)]
          s = Swift.abs(h[at(m, m)] - rt2r) + Swift.abs(rt2i) + Swift.abs(h21s)
          h21s = h[at(m + 1, m)] / s
          v[0] =
            h21s * h[at(m, m + 1)] + (h[at(m, m)] - rt1r) * ((h[at(m, m)] - rt2r) / s) - rt1i * (rt2i / s)
          v[1] = h21s * (h[at(m, m)] + h[at(m + 1, m + 1)] - rt1r - rt2r)
          v[2] = h21s * h[at(m + 2, m + 1)]
          s = Swift.abs(v[0]) + Swift.abs(v[1]) + Swift.abs(v[2])
          v[0] /= s
          v[1] /= s
          v[2] /= s
          if m == l { break }
          let h00 = Swift.abs(h[at(m, m - 1)]) * (Swift.abs(v[1]) + Swift.abs(v[2]))
          let h01 =
            ulp * Swift.abs(v[0])
            * (Swift.abs(h[at(m - 1, m - 1)]) + Swift.abs(h[at(m, m)]) + Swift.abs(h[at(m + 1, m + 1)]))
          if h00 <= h01 { break }
          m -= 1
        }
        // Double-shift QR step.
        for k in m...(i - 1) {
          let nr = Swift.min(3, i - k + 1)
          if k > m { for r in 0..<nr { v[r] = h[at(k + r, k - 1)] } }
          let t1 = Householder.generate(&v, start: 0, count: nr)
          if k > m {
            h[at(k, k - 1)] = v[0]
            h[at(k + 1, k - 1)] = 0
            if k < i - 1 { h[at(k + 2, k - 1)] = 0 }
          } else if m > l {
            h[at(k, k - 1)] *= (1 - t1)
          }
          let v2 = v[1]
          let t2 = t1 * v2
          if nr == 3 {
            let v3 = v[2]
            let t3 = t1 * v3
            for j in k...i2 {
              let sum = h[at(k, j)] + v2 * h[at(k + 1, j)] + v3 * h[at(k + 2, j)]
              h[at(k, j)] -= sum * t1
              h[at(k + 1, j)] -= sum * t2
              h[at(k + 2, j)] -= sum * t3
            }
            for j in i1...Swift.min(k + 3, i) {
              let sum = h[at(j, k)] + v2 * h[at(j, k + 1)] + v3 * h[at(j, k + 2)]
              h[at(j, k)] -= sum * t1
              h[at(j, k + 1)] -= sum * t2
              h[at(j, k + 2)] -= sum * t3
            }
            if wantZ {
              for j in iloz...ihiz {
                let sum = z[at(j, k)] + v2 * z[at(j, k + 1)] + v3 * z[at(j, k + 2)]
                z[at(j, k)] -= sum * t1
                z[at(j, k + 1)] -= sum * t2
                z[at(j, k + 2)] -= sum * t3
              }
            }
          } else if nr == 2 {
            for j in k...i2 {
              let sum = h[at(k, j)] + v2 * h[at(k + 1, j)]
              h[at(k, j)] -= sum * t1
              h[at(k + 1, j)] -= sum * t2
            }
            for j in i1...i {
              let sum = h[at(j, k)] + v2 * h[at(j, k + 1)]
              h[at(j, k)] -= sum * t1
              h[at(j, k + 1)] -= sum * t2
            }
            if wantZ {
              for j in iloz...ihiz {
                let sum = z[at(j, k)] + v2 * z[at(j, k + 1)]
                z[at(j, k)] -= sum * t1
                z[at(j, k + 1)] -= sum * t2
              }
            }
          }
        }
      }
      if !deflated { return false }
      if l == i {
        wr[i - 1] = h[at(i, i)]
        wi[i - 1] = 0
      } else if l == i - 1 {
        var block = (h[at(i - 1, i - 1)], h[at(i - 1, i)], h[at(i, i - 1)], h[at(i, i)])
        let result = standardize(&block)
        (h[at(i - 1, i - 1)], h[at(i - 1, i)], h[at(i, i - 1)], h[at(i, i)]) = block
        (wr[i - 2], wi[i - 2], wr[i - 1], wi[i - 1]) = (result.rt1r, result.rt1i, result.rt2r, result.rt2i)
        let (cs, sn) = (result.cs, result.sn)
        if !(cs == 1 && sn == 0) { state.vectorsExact = false }
        if wantT {
          if i2 > i {
            rotate({ at(i - 1, i + 1 + $0) }, { at(i, i + 1 + $0) }, count: i2 - i, cs, sn)
          }
          rotate({ at(i1 + $0, i - 1) }, { at(i1 + $0, i) }, count: i - i1 - 1, cs, sn)
        }
        if wantZ {
          for k in 0..<(ihiz - iloz + 1) {
            let (p, q) = (at(iloz + k, i - 1), at(iloz + k, i))
            let temp = cs * z[p] + sn * z[q]
            z[q] = cs * z[q] - sn * z[p]
            z[p] = temp
          }
        }
      }
      kdefl = 0
      i = l - 1
    }
    return true
  }

  /// `dlanv2`: the Schur factorisation of the real 2×2 block (a, b, c, d) in place (standardised: a real pair
  /// makes c zero; a complex pair has a = d and b·c < 0), its eigenvalues, and the rotation (cs, sn).
  static func standardize(_ block: inout (Double, Double, Double, Double)) -> (
    rt1r: Double, rt1i: Double, rt2r: Double, rt2i: Double, cs: Double, sn: Double
  ) {
    var (a, b, c, d) = block
    let eps = Double.ulpOfOne
    let safmn2 = 0x1p-485
    let safmx2 = 1 / safmn2
    var cs = 1.0
    var sn = 0.0
    func sign(_ x: Double, _ y: Double) -> Double { y.sign == .minus ? -Swift.abs(x) : Swift.abs(x) }
    if c == 0 {
      cs = 1
      sn = 0
    } else if b == 0 {
      cs = 0
      sn = 1
      let temp = d
      d = a
      a = temp
      b = -c
      c = 0
    } else if a - d == 0 && sign(1, b) != sign(1, c) {
      cs = 1
      sn = 0
    } else {
      var temp = a - d
      var p = 0.5 * temp
      let bcmax = Swift.max(Swift.abs(b), Swift.abs(c))
      let bcmis = Swift.min(Swift.abs(b), Swift.abs(c)) * sign(1, b) * sign(1, c)
      var scale = Swift.max(Swift.abs(p), bcmax)
      var z = (p / scale) * p + (bcmax / scale) * bcmis
      if z >= 4 * eps {
        // Real eigenvalues.
        z = p + sign(scale.squareRoot() * z.squareRoot(), p)
        a = d + z
        d -= (bcmax / z) * bcmis
        let tau = Householder.pythagoras(c, z)
        cs = z / tau
        sn = c / tau
        b -= c
        c = 0
      } else {
        // Complex eigenvalues, or real (almost) equal ones: make the diagonal equal.
        var count = 0
        var sigma = b + c
        while true {
          count += 1
          scale = Swift.max(Swift.abs(temp), Swift.abs(sigma))
          if scale >= safmx2 {
            sigma *= safmn2
            temp *= safmn2
            if count <= 20 { continue }
          }
          if scale <= safmn2 {
            sigma *= safmx2
            temp *= safmx2
            if count <= 20 { continue }
          }
          break
        }
        p = 0.5 * temp
        var tau = Householder.pythagoras(sigma, temp)
        cs = (0.5 * (1 + Swift.abs(sigma) / tau)).squareRoot()
        sn = -(p / (tau * cs)) * sign(1, sigma)
        let aa = a * cs + b * sn
        let bb = -a * sn + b * cs
        let cc = c * cs + d * sn
        let dd = -c * sn + d * cs
        a = aa * cs + cc * sn
        b = (bb * cs) + (dd * sn)
        c = -(aa * sn) + (cc * cs)
        d = -bb * sn + dd * cs
        temp = 0.5 * (a + d)
        a = temp
        d = temp
        if c != 0 {
          if b != 0 {
            if sign(1, b) == sign(1, c) {
              // Real eigenvalues after all.
              let sab = Swift.abs(b).squareRoot()
              let sac = Swift.abs(c).squareRoot()
              p = sign(sab * sac, c)
              tau = 1 / Swift.abs(b + c).squareRoot()
              a = temp + p
              d = temp - p
              b -= c
              c = 0
              let cs1 = sab * tau
              let sn1 = sac * tau
              let temp2 = cs * cs1 - sn * sn1
              sn = cs * sn1 + sn * cs1
              cs = temp2
            }
          } else {
            b = -c
            c = 0
            let temp2 = cs
            cs = -sn
            sn = temp2
          }
        }
      }
    }
    block = (a, b, c, d)
    let rt1r = a
    let rt2r = d
    var rt1i = 0.0
    var rt2i = 0.0
    if c != 0 {
      rt1i = Swift.abs(b).squareRoot() * Swift.abs(c).squareRoot()
      rt2i = -rt1i
    }
    return (rt1r, rt1i, rt2r, rt2i, cs, sn)
  }

  /// `dtrevc3('R', 'B')`: each eigenvector of the quasi-triangular `t` by back substitution (`dlaln2`'s solves,
  /// with its perturbation of a singular pivot), multiplied by the Schur vectors `z`. Column-major n×n result in
  /// `dgeev`'s layout (a complex pair's real and imaginary parts in two columns), not yet normalised.
  private static func backSubstitute(
    _ t: [Double], _ z: [Double], _ n: Int, _ wr: [Double], _ wi: [Double], _ state: inout Tracker
  ) -> [Double] {
    func at(_ i: Int, _ j: Int) -> Int { i - 1 + (j - 1) * n }
    let ulp = Double.ulpOfOne
    let smlnum = Householder.safeMinimum * (Double(n) / ulp)
    let solverSmall = 2 * Householder.safeMinimum
    var result = [Double](repeating: 0, count: n * n)
    var xr = [Double](repeating: 0, count: n + 1)
    var xi = [Double](repeating: 0, count: n + 1)

    /// Multiplies Z (columns 1…count) by x into column `column` of the result.
    func transform(_ x: [Double], count: Int, into column: Int) {
      for row in 1...n {
        var sum = 0.0
        for k in 1...count { sum += z[at(row, k)] * x[k] }
        result[at(row, column)] = sum
      }
    }

    var ki = n
    while ki >= 1 {
      let isPair = ki > 1 && t[at(ki, ki - 1)] != 0
      let shiftReal = t[at(ki, ki)]
      var shiftImaginary = 0.0
      if isPair {
        shiftImaginary = Swift.abs(t[at(ki, ki - 1)]).squareRoot() * Swift.abs(t[at(ki - 1, ki)]).squareRoot()
      }
      let smin = Swift.max(ulp * (Swift.abs(shiftReal) + Swift.abs(shiftImaginary)), smlnum)
      let smini = Swift.max(smin, solverSmall)
      if !isPair {
        for k in 0...n { xr[k] = 0 }
        xr[ki] = 1
        for k in stride(from: 1, through: ki - 1, by: 1) { xr[k] = -t[at(k, ki)] }
        var j = ki - 1
        while j >= 1 {
          if j > 1 && t[at(j, j - 1)] != 0 {
            let solved = solveReal2(
              (t[at(j - 1, j - 1)], t[at(j - 1, j)], t[at(j, j - 1)], t[at(j, j)]), shiftReal,
              (xr[j - 1], xr[j]), smini)
            xr[j - 1] = solved.0
            xr[j] = solved.1
            for k in stride(from: 1, through: j - 2, by: 1) { xr[k] -= solved.0 * t[at(k, j - 1)] }
            for k in stride(from: 1, through: j - 2, by: 1) { xr[k] -= solved.1 * t[at(k, j)] }
            j -= 2
          } else {
            var pivot = t[at(j, j)] - shiftReal
            if Swift.abs(pivot) < smini { pivot = smini }
            let x = xr[j] / pivot
            xr[j] = x
            for k in stride(from: 1, through: j - 1, by: 1) { xr[k] -= x * t[at(k, j)] }
            j -= 1
          }
        }
        transform(xr, count: ki, into: ki)
        ki -= 1
        continue
      }
      for k in 0...n {
        xr[k] = 0
        xi[k] = 0
      }
      let above = t[at(ki - 1, ki)]
      let below = t[at(ki, ki - 1)]
      state.checkTie(above, below, "which part of a complex eigenvector is set to 1")
      if Swift.abs(above) >= Swift.abs(below) {
        xr[ki - 1] = 1
        xi[ki] = shiftImaginary / above
      } else {
        xr[ki - 1] = -shiftImaginary / below
        xi[ki] = 1
      }
      for k in stride(from: 1, through: ki - 2, by: 1) {
        xr[k] = -xr[ki - 1] * t[at(k, ki - 1)]
        xi[k] = -xi[ki] * t[at(k, ki)]
      }
      var j = ki - 2
      while j >= 1 {
        if j > 1 && t[at(j, j - 1)] != 0 {
          let solved = solveComplex2(
            (t[at(j - 1, j - 1)], t[at(j - 1, j)], t[at(j, j - 1)], t[at(j, j)]), shiftReal, shiftImaginary,
            (xr[j - 1], xi[j - 1], xr[j], xi[j]), smini)
          xr[j - 1] = solved.0
          xi[j - 1] = solved.1
          xr[j] = solved.2
          xi[j] = solved.3
          for k in stride(from: 1, through: j - 2, by: 1) { xr[k] -= solved.0 * t[at(k, j - 1)] }
          for k in stride(from: 1, through: j - 2, by: 1) { xr[k] -= solved.2 * t[at(k, j)] }
          for k in stride(from: 1, through: j - 2, by: 1) { xi[k] -= solved.1 * t[at(k, j - 1)] }
          for k in stride(from: 1, through: j - 2, by: 1) { xi[k] -= solved.3 * t[at(k, j)] }
          j -= 2
        } else {
          // (T(j,j) - (wr + i·wi)) x = b, as dlaln2 solves it (dladiv's division).
          var pr = t[at(j, j)] - shiftReal
          var pi = -shiftImaginary
          if Swift.abs(pr) + Swift.abs(pi) < smini {
            pr = smini
            pi = 0
          }
          let (qr, qi) = divide(xr[j], xi[j], pr, pi)
          xr[j] = qr
          xi[j] = qi
          for k in stride(from: 1, through: j - 1, by: 1) { xr[k] -= qr * t[at(k, j)] }
          for k in stride(from: 1, through: j - 1, by: 1) { xi[k] -= qi * t[at(k, j)] }
          j -= 1
        }
      }
      transform(xr, count: ki, into: ki - 1)
      transform(xi, count: ki, into: ki)
      ki -= 2
    }
    return result
  }

  /// Solves ([[a, b], [c, d]] - w I) x = r for real w by elimination with complete pivoting (`dlaln2`'s 2×2
  /// case; a pivot below `smini` is replaced by it).
  private static func solveReal2(
    _ m: (Double, Double, Double, Double), _ w: Double, _ r: (Double, Double), _ smini: Double
  ) -> (Double, Double) {
    let result = solveComplex2(m, w, 0, (r.0, 0, r.1, 0), smini)
    return (result.0, result.2)
  }

  /// Solves ([[a, b], [c, d]] - (wr + i·wi) I) x = r for complex x = (x0r, x0i, x1r, x1i) (`dlaln2`'s 2×2 case,
  /// complete pivoting on the entry of largest |re| + |im|).
  private static func solveComplex2(
    _ m: (Double, Double, Double, Double), _ wr: Double, _ wi: Double, _ r: (Double, Double, Double, Double),
    _ smini: Double
  ) -> (Double, Double, Double, Double) {
    // Entries (re, im) of C = M - w I, indexed [row][column].
    var cr = [[m.0 - wr, m.1], [m.2, m.3 - wr]]
    let ci = [[-wi, 0.0], [0.0, -wi]]
    var best = (0, 0)
    var largest = -1.0
    for row in 0..<2 {
      for column in 0..<2 {
        let size = Swift.abs(cr[row][column]) + Swift.abs(ci[row][column])
        if size > largest {
          largest = size
          best = (row, column)
        }
      }
    }
    var ciMutable = ci
    if largest < smini {
      cr = [[smini, 0], [0, smini]]
      ciMutable = [[0, 0], [0, 0]]
      best = (0, 0)
    }
    let (p, q) = best
    let (p2, q2) = (1 - p, 1 - q)
    var rhs = [(r.0, r.1), (r.2, r.3)]
    // Eliminate row p2 with the pivot C[p][q].
    let (lr, li) = divide(cr[p2][q], ciMutable[p2][q], cr[p][q], ciMutable[p][q])
    let ur = cr[p2][q2] - (lr * cr[p][q2] - li * ciMutable[p][q2])
    let ui = ciMutable[p2][q2] - (lr * ciMutable[p][q2] + li * cr[p][q2])
    rhs[p2] = (rhs[p2].0 - (lr * rhs[p].0 - li * rhs[p].1), rhs[p2].1 - (lr * rhs[p].1 + li * rhs[p].0))
    var (u2r, u2i) = (ur, ui)
    if Swift.abs(u2r) + Swift.abs(u2i) < smini {
      u2r = smini
      u2i = 0
    }
    let (x2r, x2i) = divide(rhs[p2].0, rhs[p2].1, u2r, u2i)
    let (tr, ti) = (
      rhs[p].0 - (cr[p][q2] * x2r - ciMutable[p][q2] * x2i), rhs[p].1 - (cr[p][q2] * x2i + ciMutable[p][q2] * x2r)
    )
    let (x1r, x1i) = divide(tr, ti, cr[p][q], ciMutable[p][q])
    // x[q] is the pivot column's unknown.
    return q == 0 ? (x1r, x1i, x2r, x2i) : (x2r, x2i, x1r, x1i)
  }

  /// (a + i·b) / (c + i·d) by Smith's algorithm (what `dladiv` refines; the last bits may differ).
  private static func divide(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> (Double, Double) {
    if d == 0 { return (a / c, b / c) }
    if Swift.abs(d) <= Swift.abs(c) {
      let e = d / c
      let f = c + d * e
      return ((a + b * e) / f, (b - a * e) / f)
    }
    let e = c / d
    let f = d + c * e
    return ((b + a * e) / f, (-a + b * e) / f)
  }

  /// `dgebak('B', 'R')`: scales rows lo…hi back and undoes the permutations, on the column-major vectors.
  private static func undoBalance(_ v: inout [Double], _ n: Int, _ lo: Int, _ hi: Int, _ scale: [Double]) {
    for i in lo...hi where scale[i] != 1 { for column in 0..<n { v[i + column * n] *= scale[i] } }
    for ii in 0..<n {
      var i = ii
      if i >= lo && i <= hi { continue }
      if i < lo { i = lo - 1 - ii }
      let k = Int(scale[i])
      if k == i { continue }
      for column in 0..<n { v.swapAt(i + column * n, k + column * n) }
    }
  }

  /// `dgeev`'s normalisation: each real eigenvector to unit 2-norm; each complex pair to unit norm together, then
  /// rotated (`dlartg`, `drot`) so that its largest component is real.
  private mutating func normalize(_ v: inout [Double], _ n: Int, exact: Bool) {
    func norm(_ column: Int) -> Double {
      var sum = 0.0
      for row in 0..<n { sum += v[row + column * n] * v[row + column * n] }
      return sum.squareRoot()
    }
    var j = 0
    while j < n {
      if imaginary[j] == 0 {
        let scl = 1 / norm(j)
        for row in 0..<n { v[row + j * n] *= scl }
        j += 1
        continue
      }
      let scl = 1 / Householder.pythagoras(norm(j), norm(j + 1))
      for row in 0..<n {
        v[row + j * n] *= scl
        v[row + (j + 1) * n] *= scl
      }
      var moduli = [Double](repeating: 0, count: n)
      for row in 0..<n {
        moduli[row] = v[row + j * n] * v[row + j * n] + v[row + (j + 1) * n] * v[row + (j + 1) * n]
      }
      var k = 0
      for row in 1..<Swift.max(n, 1) where moduli[row] > moduli[k] { k = row }
      if !exact && vectorNoise == nil {
        for row in 0..<n where row != k && moduli[row] >= moduli[k] * (1 - Self.signMargin) {
          vectorNoise = "two components of a complex eigenvector have the same modulus up to rounding"
        }
        let f = v[k + j * n]
        if Swift.abs(f) <= Self.signMargin * moduli[k].squareRoot() {
          vectorNoise = "the sign of a complex eigenvector's largest component is decided by rounding (\(f))"
        }
      }
      let (cs, sn, _) = SymmetricEigen.rotation(v[k + j * n], v[k + (j + 1) * n])
      for row in 0..<n {
        let x = v[row + j * n]
        let y = v[row + (j + 1) * n]
        v[row + j * n] = cs * x + sn * y
        v[row + (j + 1) * n] = cs * y - sn * x
      }
      v[k + (j + 1) * n] = 0
      j += 2
    }
  }
}

extension Decomposition {
  /// One matrix's `eig` eigenvalues or eigenvectors (`vectors`), or its `eigvals` (`computingVectors` false, which
  /// `dgeev` computes without the Schur form), packed as (real, imaginary) pairs: n eigenvalues, or the row-major
  /// n×n eigenvectors with eigenvector j in column j. Refused where LAPACK's rounding would decide the result.
  static func generalEigen(_ matrix: [Double], _ n: Int, vectors: Bool, computingVectors: Bool) throws -> [Double] {
    let function = computingVectors ? "np.linalg.eig" : "np.linalg.eigvals"
    if n > GeneralEigen.largestOrder {
      throw TensorError(
        "NotImplementedError",
        "\(function) of matrices larger than \(GeneralEigen.largestOrder)×\(GeneralEigen.largestOrder) is not "
          + "supported in snippets: LAPACK switches to its multishift QR (dlaqr0) there, which docbuild does not "
          + "reproduce", isLimit: true)
    }
    let largest = matrix.reduce(0) { Swift.max($0, Swift.abs($1)) }
    // dgeev first scales a matrix whose largest entry lies outside [sqrt(safmin)/eps, its reciprocal].
    let small = Householder.safeMinimum.squareRoot() / .ulpOfOne
    if largest > 0 && (largest < small || largest > 1 / small) {
      throw TensorError(
        "NotImplementedError",
        "\(function) of a matrix whose largest entry is \(largest) is not supported in snippets: LAPACK rescales "
          + "such a matrix first, which docbuild does not reproduce; scale it to a moderate size", isLimit: true)
    }
    try ResourceMeter.chargeMultiplyAdds(26 * n * n * n)
    let eigen = GeneralEigen(rowMajor: matrix, order: n, wantVectors: computingVectors)
    if !eigen.converged {
      throw TensorError(
        "NotImplementedError",
        "\(function): LAPACK's double-shift QR (dlahqr) did not converge for this matrix; LAPACK then retries "
          + "with its multishift QR (dlaqr0), which docbuild does not reproduce", isLimit: true)
    }
    if let reason = eigen.valueNoise ?? (computingVectors ? eigen.vectorNoise : nil) {
      // Only the eigenvectors are noise: the eigenvalues alone are computed.
      let instead = eigen.valueNoise == nil ? "; np.linalg.eigvals of the same matrix gives its eigenvalues alone" : ""
      throw TensorError(
        "NotImplementedError",
        "\(function) of this matrix is not supported in snippets: \(reason), so NumPy's "
          + (eigen.valueNoise == nil ? "eigenvectors follow" : "eigenvalues and their order follow")
          + " LAPACK's rounding, which docbuild does not reproduce\(instead)", isLimit: true)
    }
    return pack(eigen, n, vectors: vectors)
  }

  /// The eigenvalues, or the row-major eigenvectors (eigenvector j in column j), as (real, imaginary) pairs.
  static func pack(_ eigen: GeneralEigen, _ n: Int, vectors: Bool) -> [Double] {
    var packed = [Double](repeating: 0, count: vectors ? 2 * n * n : 2 * n)
    guard vectors else {
      for j in 0..<n {
        packed[2 * j] = eigen.real[j]
        packed[2 * j + 1] = eigen.imaginary[j]
      }
      return packed
    }
    // NumPy's mk_geev_complex_eigenvectors: a pair's second vector is the first's conjugate (-0.0 included).
    let v = eigen.vectors
    var j = 0
    while j < n {
      let isPair = eigen.imaginary[j] != 0
      for row in 0..<n {
        let re = v[row + j * n]
        packed[2 * (row * n + j)] = re
        if isPair {
          let im = v[row + (j + 1) * n]
          packed[2 * (row * n + j) + 1] = im
          packed[2 * (row * n + j + 1)] = re
          packed[2 * (row * n + j + 1) + 1] = -im
        }
      }
      j += isPair ? 2 : 1
    }
    return packed
  }
}

extension Tensor {
  /// `np.linalg.eig(a)` ([eigenvalues, eigenvectors]) or `np.linalg.eigvals(a)` ([eigenvalues]): LAPACK's order,
  /// unit eigenvectors as columns; float64 when every eigenvalue of the stack is real, complex128 otherwise.
  public func generalEigen(vectors: Bool) throws -> [Tensor] {
    let a = try squareMatrices(vectors ? "eig" : "eigvals")
    if case .float64(let values) = a.storage, values.contains(where: { !$0.isFinite }) {
      throw TensorError("LinAlgError", "Array must not contain infs or NaNs")
    }
    let parts: [Decomposition] = vectors ? [.eig(vectors: false), .eig(vectors: true)] : [.eigvals]
    let packed = try parts.map { try Tensor.record(.linalg(.decomposition($0)), NodeInputs(a)) }
    let eigenvalues = packed[0].doubles
    let isReal = stride(from: 1, to: eigenvalues.count, by: 2).allSatisfy { eigenvalues[$0] == 0 }
    return try packed.map { part in
      if isReal { return try part.index([.ellipsis, .int(0)]) }
      // The complex result keeps its path to the recorded parts, so printing finds the decomposition and a
      // gradient through it meets the complex-values refusal.
      let values = part.doubles
      let complex = stride(from: 0, to: values.count, by: 2).map { Complex(values[$0], values[$0 + 1]) }
      let shape = Array(part.shape.dropLast())
      return Tensor(
        shape: shape, storage: .complex128(complex), isScalar: false,
        node: GraphNode(operation: .detour(.complex128), inputs: [part]))
    }
  }
}

extension Decomposition {
  /// autograd's `grad_eig` for one part of `eig` (a real result; a complex one is refused before it gets here):
  /// r = u⁻ᵀ (diag(ḡₑ) + F∘(uᵀ ḡᵤ) − F∘((uᵀu) diag(uᵀ ḡᵤ))) uᵀ with F[i][j] = 1 / (e[j] − e[i] + 1e-20) off the
  /// diagonal and 0 on it, its real part; `g` is the packed gradient of the eigenvalues or of the eigenvectors.
  static func eigVJP(_ g: Tensor, _ a: Tensor, vectors: Bool) throws -> Tensor {
    let n = a.shape[a.ndim - 1]
    let count = a.size / Swift.max(n * n, 1)
    let values = try Decomposition.eig(vectors: false).evaluate([a]).doubles
    let eigenvectors = try Decomposition.eig(vectors: true).evaluate([a]).doubles
    let upstream = g.asDoubles.doubles
    try ResourceMeter.chargeMultiplyAdds(count * n * n * n * 6)
    var result: [Double] = []
    result.reserveCapacity(a.size)
    for m in 0..<count {
      // Real parts of the packed (real, imaginary) pairs.
      let e = (0..<n).map { values[2 * (m * n + $0)] }
      let u = (0..<(n * n)).map { eigenvectors[2 * (m * n * n + $0)] }
      var middle = [Double](repeating: 0, count: n * n)
      if vectors {
        let gu = (0..<(n * n)).map { upstream[2 * (m * n * n + $0)] }
        // uᵀ ḡᵤ and uᵀ u, row-major.
        var utg = [Double](repeating: 0, count: n * n)
        var utu = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
          for j in 0..<n {
            var sumG = 0.0
            var sumU = 0.0
            for k in 0..<n {
              sumG += u[k * n + i] * gu[k * n + j]
              sumU += u[k * n + i] * u[k * n + j]
            }
            utg[i * n + j] = sumG
            utu[i * n + j] = sumU
          }
        }
        for i in 0..<n {
          for j in 0..<n where i != j {
            let f = 1 / (e[j] - e[i] + 1e-20)
            middle[i * n + j] = f * utg[i * n + j] - f * (utu[i * n + j] * utg[j * n + j])
          }
        }
      } else {
        for i in 0..<n { middle[i * n + i] = upstream[2 * (m * n + i)] }
      }
      // r = u⁻ᵀ (middle uᵀ): solve uᵀ r = middle uᵀ.
      var right = [Double](repeating: 0, count: n * n)
      for i in 0..<n {
        for j in 0..<n {
          var sum = 0.0
          for k in 0..<n { sum += middle[i * n + k] * u[j * n + k] }
          right[i * n + j] = sum
        }
      }
      var ut = [Double](repeating: 0, count: n * n)
      for i in 0..<n { for j in 0..<n { ut[i * n + j] = u[j * n + i] } }
      let lu = LUFactorization(ut, order: n)
      if lu.isSingular { throw LinalgFunction.singular }
      let gradient = lu.solve(right, columns: n)
      // autograd prints its rounding noise where the gradient is zero in exact arithmetic; docbuild's differs.
      let largest = gradient.reduce(0) { Swift.max($0, Swift.abs($1)) }
      if let noise = gradient.first(where: { $0 != 0 && Swift.abs($0) <= largest * 1e-11 }) {
        throw TensorError(
          "NotImplementedError",
          "the gradient of np.linalg.eig here holds an entry at rounding-noise level (\(noise)), where autograd "
            + "shows its own rounding noise, which docbuild does not reproduce", isLimit: true)
      }
      result += gradient
    }
    return Tensor(shape: a.shape, storage: .float64(result), isScalar: false, node: nil)
  }
}
