/// NumPy's binomial sampler for the modern Generator (`random_binomial`): inversion for small means, Kachitvichyanukul
/// and Schmeiser's BTPE otherwise, both on the smaller of p and 1 - p.
extension BitSource {
  /// A binomial(n, p) draw; `n >= 0` and `0 <= p <= 1` are the caller's checks.
  mutating func binomial(_ n: Int64, _ p: Double) -> Int64 {
    if n == 0 || p == 0 { return 0 }
    return legacyBinomial(n, p)
  }

  /// NumPy's legacy `RandomState.binomial` (`legacy_random_binomial_original`): the same samplers without the
  /// shortcut for n = 0 or p = 0, so such a draw (and one with p = 1) still takes inversion's one uniform.
  mutating func legacyBinomial(_ n: Int64, _ p: Double) -> Int64 {
    if p <= 0.5 {
      return p * Double(n) <= 30 ? binomialInversion(n, p) : binomialBTPE(n, p)
    }
    let q = 1 - p
    return n - (q * Double(n) <= 30 ? binomialInversion(n, q) : binomialBTPE(n, q))
  }

  private mutating func binomialInversion(_ n: Int64, _ p: Double) -> Int64 {
    let q = 1 - p
    let qn = GlibcMath.exp(Double(n) * GlibcMath.log(q))
    let mean = Double(n) * p
    let bound = Int64(min(Double(n), mean + 10 * (mean * q + 1).squareRoot()))
    var x: Int64 = 0
    var px = qn
    var u = nextDouble()
    while u > px {
      x += 1
      if x > bound {
        x = 0
        px = qn
        u = nextDouble()
      } else {
        u -= px
        px = (Double(n - x + 1) * p * px) / (Double(x) * q)
      }
    }
    return x
  }

  // The variable names are BTPE's own (Kachitvichyanukul & Schmeiser 1988), so the steps can be read against it.
  private mutating func binomialBTPE(_ n: Int64, _ p: Double) -> Int64 {
    let nd = Double(n)
    let r = min(p, 1 - p)
    let q = 1 - r
    let fm = nd * r + r
    let m = Int64(fm.rounded(.down))
    let md = Double(m)
    let p1 = (2.195 * (nd * r * q).squareRoot() - 4.6 * q).rounded(.down) + 0.5
    let xm = md + 0.5
    let xl = xm - p1
    let xr = xm + p1
    let c = 0.134 + 20.5 / (15.3 + md)
    var a = (fm - xl) / (fm - xl * r)
    let laml = a * (1 + a / 2)
    a = (xr - fm) / (xr * q)
    let lamr = a * (1 + a / 2)
    let p2 = p1 * (1 + 2 * c)
    let p3 = p2 + c / laml
    let p4 = p3 + c / lamr
    let nrq = nd * r * q
    while true {
      let u = nextDouble() * p4
      var v = nextDouble()
      var y: Int64
      if u <= p1 {
        y = Int64((xm - p1 * v + u).rounded(.down))
        return p > 0.5 ? n - y : y
      }
      if u <= p2 {
        let x = xl + (u - p1) / c
        v = v * c + 1 - abs(md - x + 0.5) / p1
        if v > 1 { continue }
        y = Int64(x.rounded(.down))
      } else if u <= p3 {
        let bound = (xl + GlibcMath.log(v) / laml).rounded(.down)
        if !(bound >= 0) || v == 0 { continue }
        y = Int64(bound)
        v = v * (u - p2) * laml
      } else {
        let bound = (xr - GlibcMath.log(v) / lamr).rounded(.down)
        if !(bound <= nd) || v == 0 { continue }
        y = Int64(bound)
        v = v * (u - p3) * lamr
      }
      let k = abs(y - m)
      if !(k > 20 && Double(k) < nrq / 2 - 1) {
        let s = r / q
        let aa = s * (nd + 1)
        var f = 1.0
        if m < y {
          var i = m + 1
          while i <= y {
            f *= aa / Double(i) - s
            i += 1
          }
        } else if m > y {
          var i = y + 1
          while i <= m {
            f /= aa / Double(i) - s
            i += 1
          }
        }
        if v > f { continue }
        return p > 0.5 ? n - y : y
      }
      let kd = Double(k)
      let rho = (kd / nrq) * ((kd * (kd / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5)
      let t = Double(-k * k) / (2 * nrq)
      let logV = GlibcMath.log(v)
      if logV < t - rho { return p > 0.5 ? n - y : y }
      if logV > t + rho { continue }
      let x1 = Double(y + 1)
      let f1 = md + 1
      let z = nd + 1 - md
      let w = nd - Double(y) + 1
      func stirling(_ value: Double, _ square: Double) -> Double {
        (13680 - (462 - (132 - (99 - 140 / square) / square) / square) / square) / value / 166320
      }
      let bound =
        xm * GlibcMath.log(f1 / x1) + (nd - md + 0.5) * GlibcMath.log(z / w)
        + Double(y - m) * GlibcMath.log(w * r / (x1 * q)) + stirling(f1, f1 * f1) + stirling(z, z * z)
        + stirling(x1, x1 * x1) + stirling(w, w * w)
      if logV > bound { continue }
      return p > 0.5 ? n - y : y
    }
  }
}
