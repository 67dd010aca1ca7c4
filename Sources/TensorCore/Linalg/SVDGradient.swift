extension Decomposition {
  /// autograd's `grad_svd` for one output of `np.linalg.svd(a, full_matrices=False)` (`part` 0 is U, 1 is S, 2 is Vh)
  /// or, with `part` nil, for `np.linalg.svd(a, compute_uv=False)`; the other outputs' gradients are zero, as autograd
  /// passes them. With u, s, v = Vhᵀ of the reduced SVD, k = min(m, n), F[i][j] = 1 / (s[j]² − s[i]² + δᵢⱼ):
  /// t = (F∘(uᵀḡᵤ − ḡᵤᵀu))·s[j] + δᵢⱼ ḡₛ[i] + s[i]·(F∘(vᵀḡᵥ − ḡᵥᵀv)), r = u t vᵀ, plus (u/s) ḡᵥᵀ (I − v vᵀ) when
  /// m < n or (I − u uᵀ) ḡᵤ (v/s)ᵀ when m > n; without vectors, r = (u·ḡₛ) vᵀ. Element-wise steps are autograd's, in
  /// its order; the matrix products sum in order (OpenBLAS's last bits may differ, below the printed digits), and a
  /// result entry at rounding-noise level, where autograd shows its own noise, is refused.
  static func svdVJP(_ g: Tensor, _ a: Tensor, part: Int?) throws -> Tensor {
    let (m, n) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1])
    let k = Swift.min(m, n)
    let count = a.size / Swift.max(m * n, 1)
    let uAll = try Decomposition.svd(full: false, part: 0).evaluate([a]).doubles
    let sAll = try Decomposition.svd(full: false, part: 1).evaluate([a]).doubles
    let vhAll = try Decomposition.svd(full: false, part: 2).evaluate([a]).doubles
    let upstream = g.asDoubles.doubles
    try ResourceMeter.chargeMultiplyAdds(count * Swift.max(m, n) * Swift.max(m, n) * Swift.max(m, n) * 8)
    /// The row-major product of the row-major p×q `x` and q×r `y`.
    func product(_ x: [Double], _ y: [Double], _ p: Int, _ q: Int, _ r: Int) -> [Double] {
      var result = [Double](repeating: 0, count: p * r)
      for i in 0..<p {
        for j in 0..<r {
          var sum = 0.0
          for l in 0..<q { sum += x[i * q + l] * y[l * r + j] }
          result[i * r + j] = sum
        }
      }
      return result
    }
    /// The row-major transpose of the row-major p×q `x`.
    func transposed(_ x: [Double], _ p: Int, _ q: Int) -> [Double] {
      var result = [Double](repeating: 0, count: p * q)
      for i in 0..<p { for j in 0..<q { result[j * p + i] = x[i * q + j] } }
      return result
    }
    var result: [Double] = []
    result.reserveCapacity(a.size)
    for index in 0..<count {
      let u = Array(uAll[(index * m * k)..<((index + 1) * m * k)])  // m×k
      let s = Array(sAll[(index * k)..<((index + 1) * k)])
      let vh = Array(vhAll[(index * k * n)..<((index + 1) * k * n)])  // k×n
      let v = transposed(vh, k, n)  // n×k
      var gradient: [Double]
      guard let part else {
        // autograd: _dot(u * g[..., newaxis, :], T(v)).
        let gs = Array(upstream[(index * k)..<((index + 1) * k)])
        var scaled = u
        for i in 0..<m { for j in 0..<k { scaled[i * k + j] = u[i * k + j] * gs[j] } }
        gradient = product(scaled, vh, m, k, n)
        try Self.refuseGradientNoise(gradient)
        result += gradient
        continue
      }
      var gu = [Double](repeating: 0, count: m * k)
      var gs = [Double](repeating: 0, count: k)
      var gv = [Double](repeating: 0, count: n * k)
      switch part {
      case 0: gu = Array(upstream[(index * m * k)..<((index + 1) * m * k)])
      case 1: gs = Array(upstream[(index * k)..<((index + 1) * k)])
      default: gv = transposed(Array(upstream[(index * k * n)..<((index + 1) * k * n)]), k, n)
      }
      let utgu = product(transposed(u, m, k), gu, k, m, k)
      let vtgv = product(transposed(v, n, k), gv, k, n, k)
      var t = [Double](repeating: 0, count: k * k)
      for i in 0..<k {
        for j in 0..<k {
          let identity: Double = i == j ? 1 : 0
          let f = 1 / (s[j] * s[j] - s[i] * s[i] + identity)
          var entry = (f * (utgu[i * k + j] - utgu[j * k + i])) * s[j]
          entry = entry + identity * gs[i]
          entry = entry + s[i] * (f * (vtgv[i * k + j] - vtgv[j * k + i]))
          t[i * k + j] = entry
        }
      }
      gradient = product(product(u, t, m, k, k), transposed(v, n, k), m, k, n)
      if m < n {
        // + (u / s) ḡᵥᵀ (I − v vᵀ)
        var uOverS = u
        for i in 0..<m { for j in 0..<k { uOverS[i * k + j] = u[i * k + j] / s[j] } }
        var complement = product(v, transposed(v, n, k), n, k, n)
        for i in 0..<n { for j in 0..<n { complement[i * n + j] = (i == j ? 1 : 0) - complement[i * n + j] } }
        let extra = product(product(uOverS, transposed(gv, n, k), m, k, n), complement, m, n, n)
        for i in gradient.indices { gradient[i] = gradient[i] + extra[i] }
      } else if m > n {
        // + (I − u uᵀ) ḡᵤ (v / s)ᵀ
        var vOverS = v
        for i in 0..<n { for j in 0..<k { vOverS[i * k + j] = v[i * k + j] / s[j] } }
        var complement = product(u, transposed(u, m, k), m, k, m)
        for i in 0..<m { for j in 0..<m { complement[i * m + j] = (i == j ? 1 : 0) - complement[i * m + j] } }
        let extra = product(product(complement, gu, m, m, k), transposed(vOverS, n, k), m, k, n)
        for i in gradient.indices { gradient[i] = gradient[i] + extra[i] }
      }
      try Self.refuseGradientNoise(gradient)
      result += gradient
    }
    return Tensor(shape: a.shape, storage: .float64(result), isScalar: false, node: nil)
  }

  /// autograd prints its rounding noise where a gradient entry is zero in exact arithmetic; docbuild's differs.
  private static func refuseGradientNoise(_ gradient: [Double]) throws {
    let largest = gradient.reduce(0) { Swift.max($0, Swift.abs($1)) }
    if let noise = gradient.first(where: { $0 != 0 && Swift.abs($0) <= largest * 1e-11 }) {
      throw TensorError(
        "NotImplementedError",
        "the gradient of np.linalg.svd here holds an entry at rounding-noise level (\(noise)), where autograd shows "
          + "its own rounding noise, which docbuild does not reproduce", isLimit: true)
    }
  }
}
