/// The eigenvalues (ascending) and eigenvectors of one symmetric matrix, computed as LAPACK's `dsyevd` does for
/// NumPy's `np.linalg.eigh` up to 25×25: `dsytd2` reduces the lower triangle to tridiagonal form with Householder
/// reflectors, `dsteqr` (which `dstedc` calls at these sizes) diagonalises it with implicit QL/QR steps, and the
/// reflectors are applied back. Following LAPACK's steps is what gives each eigenvector NumPy's sign; the last bits
/// differ (OpenBLAS's kernels sum in other orders), so callers check for rounding noise before printing.
struct SymmetricEigen {
  /// The largest order whose eigenvectors follow `dsteqr`; beyond it `dstedc` divides and conquers.
  static let largestSteqrOrder = 25

  /// Ascending eigenvalues.
  var values: [Double]
  /// Row-major n×n, eigenvector j in column j; empty when not asked for.
  var vectors: [Double]
  /// False when the QL/QR iteration did not converge in 30·n steps (NumPy's "Eigenvalues did not converge").
  var converged = true

  /// Decomposes the symmetric row-major matrix, reading only its lower triangle (NumPy's `UPLO='L'`).
  init(lowerOf matrix: [Double], order n: Int, vectors wantVectors: Bool) {
    values = []
    vectors = []
    guard n > 0 else { return }
    // Column-major copy; with the lower triangle read, A(i, j) for i ≥ j is matrix[i][j].
    var a = [Double](repeating: 0, count: n * n)
    var largest = 0.0
    for j in 0..<n {
      for i in j..<n {
        a[j * n + i] = matrix[i * n + j]
        largest = Swift.max(largest, Swift.abs(a[j * n + i]))
      }
    }
    if n == 1 {
      values = [a[0]]
      if wantVectors { vectors = [1] }
      return
    }
    // dsyevd scales a matrix whose entries are tiny or huge into range first.
    let smallest = (Householder.safeMinimum / Householder.epsilon).squareRoot()
    let biggest = (1 / (Householder.safeMinimum / Householder.epsilon)).squareRoot()
    var sigma = 1.0
    if largest > 0 && largest < smallest { sigma = smallest / largest }
    if largest > biggest { sigma = biggest / largest }
    if sigma != 1 { for k in a.indices { a[k] *= sigma } }

    var d = [Double](repeating: 0, count: n)
    var e = [Double](repeating: 0, count: n - 1)
    var tau = [Double](repeating: 0, count: n - 1)
    Self.tridiagonalize(&a, n, &d, &e, &tau)
    var z = [Double](repeating: 0, count: wantVectors ? n * n : 0)
    if wantVectors { for i in 0..<n { z[i * n + i] = 1 } }
    converged = Self.steqr(&d, &e, &z, n, wantVectors)
    if sigma != 1 { for k in d.indices { d[k] /= sigma } }
    values = d
    guard wantVectors else { return }
    // Z ← Q Z with Q = H₀ H₁ … H_{n-2}: the last reflector first (dormtr → dorm2r).
    for i in stride(from: n - 2, through: 0, by: -1) where tau[i] != 0 {
      let start = i * n + i + 1
      let saved = a[start]
      a[start] = 1
      for column in 0..<n {
        let target = column * n + i + 1
        var w = 0.0
        for k in 0..<(n - i - 1) { w += a[start + k] * z[target + k] }
        let factor = tau[i] * w
        for k in 0..<(n - i - 1) { z[target + k] -= factor * a[start + k] }
      }
      a[start] = saved
    }
    vectors = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { vectors[i * n + j] = z[j * n + i] } }
  }

  /// `dsytd2` with `UPLO='L'` on the column-major `a`: the diagonal `d`, the subdiagonal `e`, and the reflectors
  /// left below the subdiagonal with their scalars in `tau`.
  private static func tridiagonalize(
    _ a: inout [Double], _ n: Int, _ d: inout [Double], _ e: inout [Double], _ tau: inout [Double]
  ) {
    var x = [Double](repeating: 0, count: n)
    for i in 0..<(n - 1) {
      let start = i * n + i + 1
      let length = n - i - 1
      let t = Householder.generate(&a, start: start, count: length)
      e[i] = a[start]
      if t != 0 {
        a[start] = 1
        // x = τ A₂₂ v (dsymv on the lower triangle of the trailing block).
        for r in 0..<length {
          var total = 0.0
          for c in 0..<length {
            let (row, column) = r >= c ? (r, c) : (c, r)
            total += a[(i + 1 + column) * n + i + 1 + row] * a[start + c]
          }
          x[r] = t * total
        }
        var dot = 0.0
        for r in 0..<length { dot += x[r] * a[start + r] }
        let alpha = -0.5 * t * dot
        for r in 0..<length { x[r] += alpha * a[start + r] }
        // A₂₂ ← A₂₂ - v wᵀ - w vᵀ on the lower triangle (dsyr2).
        for c in 0..<length {
          for r in c..<length {
            a[(i + 1 + c) * n + i + 1 + r] -= a[start + r] * x[c] + x[r] * a[start + c]
          }
        }
        a[start] = e[i]
      }
      d[i] = a[i * n + i]
      tau[i] = t
    }
    d[n - 1] = a[(n - 1) * n + n - 1]
  }

  /// `dsteqr`: the eigenvalues of the symmetric tridiagonal (d, e) into `d`, ascending, and when `vectors` is set
  /// the rotations accumulated into the column-major `z`. Returns false when it did not converge.
  private static func steqr(
    _ d: inout [Double], _ e: inout [Double], _ z: inout [Double], _ n: Int, _ vectors: Bool
  ) -> Bool {
    let eps = Householder.epsilon
    let eps2 = eps * eps
    let safmin = Householder.safeMinimum
    let ssfmax = (1 / safmin).squareRoot() / 3
    let ssfmin = safmin.squareRoot() / eps2
    let maxIterations = n * 30
    var iterations = 0
    var cosines = [Double](repeating: 0, count: n)
    var sines = [Double](repeating: 0, count: n)

    /// Rotations in planes (k, k+1) for k in first..<first+count-1 applied to Z's columns (dlasr 'R', 'V').
    func rotate(first: Int, count: Int, forward: Bool) {
      guard vectors else { return }
      let planes = Array(0..<(count - 1))
      for k in forward ? planes : planes.reversed() {
        let (c, s) = (cosines[first + k], sines[first + k])
        if c == 1 && s == 0 { continue }
        let left = (first + k) * n
        let right = (first + k + 1) * n
        for row in 0..<n {
          let temp = z[right + row]
          z[right + row] = c * temp - s * z[left + row]
          z[left + row] = s * temp + c * z[left + row]
        }
      }
    }

    var l1 = 0
    blocks: while l1 < n {
      if l1 > 0 { e[l1 - 1] = 0 }
      var m = n - 1
      for candidate in l1..<(n - 1) {
        let test = Swift.abs(e[candidate])
        if test == 0 {
          m = candidate
          break
        }
        if test <= Swift.abs(d[candidate]).squareRoot() * Swift.abs(d[candidate + 1]).squareRoot() * eps {
          e[candidate] = 0
          m = candidate
          break
        }
      }
      var l = l1
      let lsv = l
      var lend = m
      let lendsv = lend
      l1 = m + 1
      if lend == l { continue blocks }
      // Scale the block into range.
      var anorm = 0.0
      for k in l...lend { anorm = Swift.max(anorm, Swift.abs(d[k])) }
      for k in l..<lend { anorm = Swift.max(anorm, Swift.abs(e[k])) }
      if anorm == 0 { continue blocks }
      var scale = 1.0
      if anorm > ssfmax { scale = ssfmax / anorm }
      if anorm < ssfmin { scale = ssfmin / anorm }
      if scale != 1 {
        for k in l...lend { d[k] = d[k] / anorm * (anorm * scale) }
        for k in l..<lend { e[k] = e[k] / anorm * (anorm * scale) }
      }
      if Swift.abs(d[lend]) < Swift.abs(d[l]) {
        lend = lsv
        l = lendsv
      }
      if lend > l {
        // QL iteration.
        while true {
          var m = lend
          if l != lend {
            for candidate in l..<lend {
              let test = Swift.abs(e[candidate]) * Swift.abs(e[candidate])
              if test <= eps2 * Swift.abs(d[candidate]) * Swift.abs(d[candidate + 1]) + safmin {
                m = candidate
                break
              }
            }
          }
          if m < lend { e[m] = 0 }
          var p = d[l]
          if m == l {
            d[l] = p
            l += 1
            if l <= lend { continue }
            break
          }
          if m == l + 1 {
            let (rt1, rt2, c, s) = eigen2(d[l], e[l], d[l + 1])
            cosines[l] = c
            sines[l] = s
            rotate(first: l, count: 2, forward: false)
            d[l] = rt1
            d[l + 1] = rt2
            e[l] = 0
            l += 2
            if l <= lend { continue }
            break
          }
          if iterations == maxIterations { break }
          iterations += 1
          var g = (d[l + 1] - p) / (2 * e[l])
          var r = Householder.pythagoras(g, 1)
          g = d[m] - p + e[l] / (g + Double(signOf: g, magnitudeOf: r))
          var s = 1.0
          var c = 1.0
          p = 0
          for i in stride(from: m - 1, through: l, by: -1) {
            let f = s * e[i]
            let b = c * e[i]
            (c, s, r) = rotation(g, f)
            if i != m - 1 { e[i + 1] = r }
            g = d[i + 1] - p
            r = (d[i] - g) * s + 2 * c * b
            p = s * r
            d[i + 1] = g + p
            g = c * r - b
            cosines[i] = c
            sines[i] = -s
          }
          rotate(first: l, count: m - l + 1, forward: false)
          d[l] -= p
          e[l] = g
        }
      } else {
        // QR iteration.
        while true {
          var m = lend
          if l != lend {
            for candidate in stride(from: l, through: lend + 1, by: -1) {
              let test = Swift.abs(e[candidate - 1]) * Swift.abs(e[candidate - 1])
              if test <= eps2 * Swift.abs(d[candidate]) * Swift.abs(d[candidate - 1]) + safmin {
                m = candidate
                break
              }
            }
          }
          if m > lend { e[m - 1] = 0 }
          var p = d[l]
          if m == l {
            d[l] = p
            l -= 1
            if l >= lend { continue }
            break
          }
          if m == l - 1 {
            let (rt1, rt2, c, s) = eigen2(d[l - 1], e[l - 1], d[l])
            cosines[m] = c
            sines[m] = s
            rotate(first: l - 1, count: 2, forward: true)
            d[l - 1] = rt1
            d[l] = rt2
            e[l - 1] = 0
            l -= 2
            if l >= lend { continue }
            break
          }
          if iterations == maxIterations { break }
          iterations += 1
          var g = (d[l - 1] - p) / (2 * e[l - 1])
          var r = Householder.pythagoras(g, 1)
          g = d[m] - p + e[l - 1] / (g + Double(signOf: g, magnitudeOf: r))
          var s = 1.0
          var c = 1.0
          p = 0
          for i in m..<l {
            let f = s * e[i]
            let b = c * e[i]
            (c, s, r) = rotation(g, f)
            if i != m { e[i - 1] = r }
            g = d[i] - p
            r = (d[i + 1] - g) * s + 2 * c * b
            p = s * r
            d[i] = g + p
            g = c * r - b
            cosines[i] = c
            sines[i] = s
          }
          rotate(first: m, count: l - m + 1, forward: true)
          d[l] -= p
          e[l - 1] = g
        }
      }
      if scale != 1 {
        for k in lsv...lendsv { d[k] = d[k] / scale }
        for k in lsv..<lendsv { e[k] = e[k] / scale }
      }
      if iterations >= maxIterations {
        return !e.contains { $0 != 0 }
      }
    }
    // Selection sort, as dsteqr orders the eigenpairs (fewest swaps of eigenvectors).
    for i in 0..<(n - 1) {
      var k = i
      var p = d[i]
      for j in (i + 1)..<n where d[j] < p {
        k = j
        p = d[j]
      }
      if k != i {
        d[k] = d[i]
        d[i] = p
        if vectors { for row in 0..<n { z.swapAt(i * n + row, k * n + row) } }
      }
    }
    return true
  }

  /// `dlartg` (LAPACK 3.10's): c, s and r with [c s; -s c]ᵀ… rotating (f, g) onto (r, 0), r taking f's sign.
  static func rotation(_ f: Double, _ g: Double) -> (c: Double, s: Double, r: Double) {
    if g == 0 { return (1, 0, f) }
    if f == 0 { return (0, Double(signOf: g, magnitudeOf: 1), Swift.abs(g)) }
    let safmin = Householder.safeMinimum
    let safmax = 1 / safmin
    let (f1, g1) = (Swift.abs(f), Swift.abs(g))
    let rtmin = safmin.squareRoot()
    let rtmax = (safmax / 2).squareRoot()
    if f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax {
      let d = (f * f + g * g).squareRoot()
      let r = Double(signOf: f, magnitudeOf: d)
      return (f1 / d, g / r, r)
    }
    let u = Swift.min(safmax, Swift.max(safmin, f1, g1))
    let (fs, gs) = (f / u, g / u)
    let d = (fs * fs + gs * gs).squareRoot()
    let r = Double(signOf: f, magnitudeOf: d)
    return (Swift.abs(fs) / d, gs / r, r * u)
  }

  /// `dlaev2`: the eigenvalues of [[a, b], [b, c]] (rt1 of larger magnitude) and the rotation (cs, sn) whose
  /// first column is rt1's eigenvector.
  static func eigen2(_ a: Double, _ b: Double, _ c: Double) -> (Double, Double, Double, Double) {
    let sm = a + c
    let df = a - c
    let adf = Swift.abs(df)
    let tb = b + b
    let ab = Swift.abs(tb)
    let (acmx, acmn) = Swift.abs(a) > Swift.abs(c) ? (a, c) : (c, a)
    let rt: Double
    if adf > ab {
      rt = adf * (1 + (ab / adf) * (ab / adf)).squareRoot()
    } else if adf < ab {
      rt = ab * (1 + (adf / ab) * (adf / ab)).squareRoot()
    } else {
      rt = ab * 2.0.squareRoot()
    }
    let rt1: Double
    let rt2: Double
    let sgn1: Int
    if sm < 0 {
      rt1 = 0.5 * (sm - rt)
      sgn1 = -1
      rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    } else if sm > 0 {
      rt1 = 0.5 * (sm + rt)
      sgn1 = 1
      rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    } else {
      rt1 = 0.5 * rt
      rt2 = -0.5 * rt
      sgn1 = 1
    }
    let cs: Double
    let sgn2: Int
    if df >= 0 {
      cs = df + rt
      sgn2 = 1
    } else {
      cs = df - rt
      sgn2 = -1
    }
    var cs1: Double
    var sn1: Double
    if Swift.abs(cs) > ab {
      let ct = -tb / cs
      sn1 = 1 / (1 + ct * ct).squareRoot()
      cs1 = ct * sn1
    } else if ab == 0 {
      cs1 = 1
      sn1 = 0
    } else {
      let tn = -cs / tb
      cs1 = 1 / (1 + tn * tn).squareRoot()
      sn1 = tn * cs1
    }
    if sgn1 == sgn2 {
      let tn = cs1
      cs1 = -sn1
      sn1 = tn
    }
    return (rt1, rt2, cs1, sn1)
  }
}
