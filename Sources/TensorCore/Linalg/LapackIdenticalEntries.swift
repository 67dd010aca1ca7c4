/// What docbuild knows of LAPACK's (OpenBLAS's) own numbers while it follows `dgeqr2`'s or `dgebd2`'s reflections
/// of a matrix: which entries it holds bit for bit as LAPACK does, and which are zero in every implementation.
///
/// An entry stays identical when every operation that made it is one correctly rounded IEEE operation on identical
/// operands (a product, a quotient, `dlapy2`'s fixed sequence), or a sum whose every partial sum is exact whatever
/// order OpenBLAS's kernels add in (exact products on a common binary grid, small enough that no partial sum
/// rounds). The sign of a zero counts: OpenBLAS's `dgemv` starts a sum from +0, and a zero update may turn a -0 into
/// +0 or leave it (`dlarf` trims, `dger` may skip), so a -0 touched by one is no longer known. A reflector over
/// identical entries decides its sign exactly as LAPACK's, however near zero its leading entry (a structural zero
/// among integers, for one). An entry is zero everywhere when each of its terms has a factor that is: then no
/// summation order leaves rounding noise in it; a reflector whose tail is zero here but not zero everywhere
/// (entries that cancelled) may be a reflection in LAPACK's arithmetic and the identity in docbuild's.
struct LapackIdenticalEntries {
  /// One flag per entry of the column-major work matrix: bit for bit LAPACK's.
  var identical: [Bool]
  /// One flag per entry: zero (of either sign) in every implementation.
  var zeroEverywhere: [Bool]

  /// Flags for `matrix`: all identical when it holds the caller's own numbers; otherwise only its zeros are known
  /// (zero everywhere; identical too when `zerosIdentical`, as explicit zeros are).
  init(_ matrix: [Double], callersNumbers: Bool, zerosIdentical: Bool = false) {
    identical = matrix.map { callersNumbers || (zerosIdentical && $0 == 0) }
    zeroEverywhere = matrix.map { $0 == 0 }
  }

  /// The flags of the transposed matrix, these being a row-major `rows` × `columns` matrix's (so also a column-major
  /// matrix's turned row-major, or the reverse).
  func transposed(rows: Int, columns: Int) -> LapackIdenticalEntries {
    var identical = [Bool](repeating: false, count: rows * columns)
    var zeroEverywhere = identical
    for i in 0..<rows {
      for j in 0..<columns {
        identical[j * rows + i] = self.identical[i * columns + j]
        zeroEverywhere[j * rows + i] = self.zeroEverywhere[i * columns + j]
      }
    }
    return LapackIdenticalEntries(identical: identical, zeroEverywhere: zeroEverywhere)
  }

  /// Flags given entry by entry.
  init(identical: [Bool], zeroEverywhere: [Bool]) {
    self.identical = identical
    self.zeroEverywhere = zeroEverywhere
  }

  /// True when every entry at `indices` is identical.
  func all(_ indices: [Int]) -> Bool { indices.allSatisfy { identical[$0] } }

  /// True when the entries at `indices` are zero in docbuild's arithmetic but not known to be in LAPACK's, where
  /// they may be rounding noise.
  func cancelled(_ a: [Double], _ indices: [Int]) -> Bool {
    indices.allSatisfy { a[$0] == 0 } && !indices.allSatisfy { identical[$0] || zeroEverywhere[$0] }
  }

  /// The flags after `dlarfg` on the entries at `indices` (α first, then x) of `a`, read before it runs: β, τ and
  /// v are identical when α and x are and x has at most one nonzero entry (`dnrm2` of one number is its magnitude
  /// in every implementation; of more, OpenBLAS sums in its own order); a zero of x stays a zero of v. Returns
  /// whether τ (and v's nonzero entries) are identical.
  mutating func generate(_ a: [Double], _ indices: [Int]) -> Bool {
    let tail = indices.dropFirst()
    guard tail.contains(where: { a[$0] != 0 }) else { return all(indices) }  // τ = 0: nothing changes
    let same = all(indices) && tail.filter({ a[$0] != 0 }).count <= 1
    identical[indices[0]] = same
    zeroEverywhere[indices[0]] = false
    for index in tail where !(a[index] == 0 && identical[index]) { identical[index] = same }
    return same
  }

  /// The flags after `dlarf` applies H = I - τ v vᵀ (v at `vector`, its first entry taken as 1) to each target
  /// vector (entries at the same positions as v's), computed from `a` before the reflection runs.
  mutating func reflect(_ a: [Double], vector: [Int], tau: Double, tauIdentical: Bool, targets: [[Int]]) {
    let v = Reflector(
      values: [1.0] + vector.dropFirst().map { a[$0] }, identical: [true] + vector.dropFirst().map { identical[$0] },
      zeroEverywhere: [false] + vector.dropFirst().map { zeroEverywhere[$0] }, tau: tau, tauIdentical: tauIdentical)
    reflect(a, by: v, targets: targets)
  }

  /// A reflector's v (its first entry 1) and τ with what is known of them.
  struct Reflector {
    var values: [Double]
    var identical: [Bool]
    var zeroEverywhere: [Bool]
    var tau: Double
    var tauIdentical: Bool

    /// True when v's entry `k` is zero in every implementation.
    func isZero(_ k: Int) -> Bool { zeroEverywhere[k] || (identical[k] && values[k] == 0) }
  }

  /// True when entry `index` of `values` is zero in every implementation.
  func isZero(_ index: Int, _ values: [Double]) -> Bool {
    zeroEverywhere[index] || (identical[index] && values[index] == 0)
  }

  /// The flags after H = I - τ v vᵀ is applied to each target vector of `c` (read before the reflection runs).
  /// `asDlarf` when docbuild's reflection does as `dlarf` does: it leaves alone the entries past v's last nonzero
  /// one and the targets past the last one with a nonzero entry there, and starts each sum from +0.
  mutating func reflect(_ c: [Double], by v: Reflector, targets: [[Int]], asDlarf: Bool = false) {
    guard v.tau != 0 else { return }
    var used = v.values.count
    var targets = targets
    if asDlarf {
      while used > 1 && v.values[used - 1] == 0 { used -= 1 }
      while let last = targets.last, last.prefix(used).allSatisfy({ c[$0] == 0 }) { targets.removeLast() }
    }
    for target in targets.map({ Array($0.prefix(used)) }) {
      var terms: [Double] = []
      var same = v.tauIdentical
      var wZero = true
      var w = asDlarf ? 0.0 : -0.0
      for k in 0..<target.count {
        let product = v.values[k] * c[target[k]]
        if (-product).addingProduct(v.values[k], c[target[k]]) != 0 { same = false }
        same = same && v.identical[k] && identical[target[k]]
        wZero = wZero && (v.isZero(k) || isZero(target[k], c))
        terms.append(product)
        w += product
      }
      // OpenBLAS's dgemv starts from +0; docbuild's sum in dgebd2's reflections starts from the first term, so -0
      // terms alone leave it -0.
      let allNegativeZeros = terms.allSatisfy { $0 == 0 && $0.sign == .minus }
      if !Self.sumIsExact(terms) || (allNegativeZeros && !asDlarf) { same = false }
      let factor = v.tau * w
      for k in 0..<target.count {
        let entry = c[target[k]]
        let update = factor * v.values[k]
        let exact = (-update).addingProduct(factor, v.values[k]) == 0
        // With w = +0, OpenBLAS's dger may skip the target or add (-τ·0)·v, which turns a -0 into +0 exactly when
        // docbuild's update (τ·0)·v is -0; any other zero update leaves the entry as it was in both.
        let touchedNegativeZero =
          entry == 0 && entry.sign == .minus && w == 0 && update == 0 && update.sign == .minus
        identical[target[k]] =
          identical[target[k]] && same && v.identical[k] && exact && !touchedNegativeZero
        zeroEverywhere[target[k]] = isZero(target[k], c) && (wZero || v.isZero(k))
      }
    }
  }

  /// What is known of Σ xᵢ yᵢ (a `dgemm` entry) from what is known of its factors: (identical, zero everywhere).
  static func dot(
    _ x: [Double], _ xKnown: [(identical: Bool, zero: Bool)], _ y: [Double], _ yKnown: [(identical: Bool, zero: Bool)]
  ) -> (identical: Bool, zero: Bool) {
    var terms: [Double] = []
    var same = true
    var zero = true
    for k in 0..<x.count {
      let product = x[k] * y[k]
      if (-product).addingProduct(x[k], y[k]) != 0 { same = false }
      same = same && xKnown[k].identical && yKnown[k].identical
      let xZero = xKnown[k].zero || (xKnown[k].identical && x[k] == 0)
      let yZero = yKnown[k].zero || (yKnown[k].identical && y[k] == 0)
      zero = zero && (xZero || yZero)
      terms.append(product)
    }
    if !sumIsExact(terms) || terms.allSatisfy({ $0 == 0 && $0.sign == .minus }) { same = false }
    return (same, zero)
  }

  /// The known pair of entry `index`.
  subscript(index: Int) -> (identical: Bool, zero: Bool) { (identical[index], zeroEverywhere[index]) }

  /// True when some entry is zero in docbuild's arithmetic without being known to be the same zero in LAPACK's,
  /// which may leave rounding noise there, or a zero of the other sign (NumPy prints either). A +0 that is zero
  /// everywhere is +0 everywhere: only zeros were added to it, and adding a zero to +0 leaves +0.
  func hasUncertainZero(_ values: [Double]) -> Bool {
    values.indices.contains {
      values[$0] == 0 && !identical[$0] && !(zeroEverywhere[$0] && values[$0].sign == .plus)
    }
  }

  /// True when the terms add up to the same number in every order: at most two are nonzero (one rounding, and
  /// addition commutes), or all are normal multiples of the finest ulp among them and their magnitudes sum to well
  /// under 2⁵² of it (no partial sum rounds).
  static func sumIsExact(_ terms: [Double]) -> Bool {
    let nonzero = terms.filter { $0 != 0 }
    guard nonzero.count > 2 else { return nonzero.allSatisfy { $0.isFinite } }
    guard nonzero.allSatisfy({ $0.isNormal }) else { return false }
    let finest = nonzero.map { $0.exponent - Double.Exponent(Double.significandBitCount) }.min()!
    let total = nonzero.reduce(0) { $0 + Swift.abs($1) }
    return total < Double(sign: .plus, exponent: finest + 51, significand: 1)
  }
}
