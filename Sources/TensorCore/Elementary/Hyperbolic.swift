private typealias T = ElementaryTables
private typealias DD = DoubleDouble

extension Elementary {
  /// The hyperbolic tangent.
  public static func tanh(_ x: Double) -> Double {
    let a = Swift.abs(x)
    // tanh(22) = 1 - 2^-62 rounds to 1; below 2^-27 the cubic term is under a quarter ulp.
    if !(a < 22) { return a.isNaN ? x : (x < 0 ? -1 : 1) }
    if a < 0x1p-27 { return x }
    if a >= 0x1p-5, let fast = tanhFast(a) { return x < 0 ? -fast : fast }
    let t = tanhSlow(a)
    return x < 0 ? -t : t
  }

  /// tanh a for 2^-27 <= a < 22 by the double-double path alone (what `tanh` falls back to).
  static func tanhSlow(_ a: Double) -> Double {
    // tanh a = E / (E + 2) with E = e^(2a) - 1, no cancellation anywhere.
    let (eh, el) = expm1DD(2 * a)
    let (dh, dl) = DD.add(eh, el, 2, 0)
    let (qh, ql) = DD.divide(eh, el, dh, dl)
    return qh + ql
  }

  /// The hyperbolic sine.
  public static func sinh(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if !(a < 40) { return a.isNaN ? x : signed(halfExp(a), negative: x < 0) }
    if a < 0x1p-26 { return x }
    if a >= 0x1p-4, let fast = hyperbolicFast(a, sine: true) { return signed(fast, negative: x < 0) }
    return signed(sinhSlow(a), negative: x < 0)
  }

  /// sinh a for 2^-26 <= a < 40 by the double-double path alone (what `sinh` falls back to).
  static func sinhSlow(_ a: Double) -> Double {
    // sinh a = (E + E / (E + 1)) / 2 with E = e^a - 1.
    let (eh, el) = expm1DD(a)
    let (dh, dl) = DD.add(eh, el, 1, 0)
    let (qh, ql) = DD.divide(eh, el, dh, dl)
    let (sh, sl) = DD.add(eh, el, qh, ql)
    return 0.5 * (sh + sl)
  }

  /// The hyperbolic cosine.
  public static func cosh(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if !(a < 40) { return a.isNaN ? a : halfExp(a) }
    if a < 0x1p-26 { return 1 }
    if let fast = hyperbolicFast(a, sine: false) { return fast }
    return coshSlow(a)
  }

  /// cosh a for 2^-26 <= a < 40 by the double-double path alone (what `cosh` falls back to).
  static func coshSlow(_ a: Double) -> Double {
    // cosh a = 1 + E^2 / (2 (E + 1)) with E = e^a - 1.
    let (eh, el) = expm1DD(a)
    let (nh, nl) = DD.multiply(eh, el, eh, el)
    let (dh, dl) = DD.add(eh, el, 1, 0)
    let (qh, ql) = DD.divide(nh, nl, 2 * dh, 2 * dl)
    let (ch, cl) = DD.add(1, 0, qh, ql)
    return ch + cl
  }

  /// The inverse hyperbolic sine.
  public static func asinh(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if !(a < 0x1p32) {
      if !a.isFinite { return x }
      // sqrt(a^2 + 1) = a to working precision: asinh a = log(2a).
      let (lh, ll) = logDD(a)
      let (s, e) = DD.add(lh, ll, T.ln2DDHi, T.ln2DDLo)
      return signed(s + e, negative: x < 0)
    }
    if a < 0x1p-26 { return x }
    // asinh a = log1p(a + a^2 / (1 + sqrt(1 + a^2))).
    let (sh, sl) = DD.twoProduct(a, a)
    let (uh, ul) = DD.add(1, 0, sh, sl)
    let (rh, rl) = DD.squareRoot(uh, ul)
    let (dh, dl) = DD.add(1, 0, rh, rl)
    let (qh, ql) = DD.divide(sh, sl, dh, dl)
    let (wh, wl) = DD.add(a, 0, qh, ql)
    let (h, l) = log1pDD(wh, wl)
    return signed(h + l, negative: x < 0)
  }

  /// The inverse hyperbolic cosine: NaN below 1.
  public static func acosh(_ x: Double) -> Double {
    if !(x > 1) { return x == 1 ? 0 : domainError(x) }
    if !(x < 0x1p32) {
      if x.isInfinite { return x }
      let (lh, ll) = logDD(x)
      let (s, e) = DD.add(lh, ll, T.ln2DDHi, T.ln2DDLo)
      return s + e
    }
    // acosh x = log1p(t + sqrt(t (t + 2))) with t = x - 1, exact near 1 where it matters.
    let (th, tl) = DD.twoSum(x, -1)
    let (uh, ul) = DD.add(th, tl, 2, 0)
    let (ph, pl) = DD.multiply(th, tl, uh, ul)
    let (rh, rl) = DD.squareRoot(ph, pl)
    let (wh, wl) = DD.add(th, tl, rh, rl)
    let (h, l) = log1pDD(wh, wl)
    return h + l
  }

  /// The inverse hyperbolic tangent: ±inf at ±1, NaN beyond.
  public static func atanh(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if !(a < 1) {
      if a == 1 { return x < 0 ? -.infinity : .infinity }
      return domainError(x)
    }
    if a < 0x1p-27 { return x }
    // atanh a = log1p(2a / (1 - a)) / 2.
    let (dh, dl) = DD.twoSum(1, -a)
    let (qh, ql) = DD.divide(2 * a, 0, dh, dl)
    let (h, l) = log1pDD(qh, ql)
    return signed(0.5 * (h + l), negative: x < 0)
  }

  /// tanh a correctly rounded for 2^-5 <= a < 22, or nil when the fast evaluation cannot decide the rounding.
  ///
  /// tanh a = (e - 1) / (e + 1) with e = e^(2a) from `expFastParts` (relative error d <= 2^-63; the sums and the
  /// quotient after it are exact to 2^-100): the quotient's derivative in e is 2 / (e + 1)^2, so it is off by at most
  /// 2e d / (e + 1)^2 <= d / 2 = 2^-64, absolute. The test allows 2^-63 absolute (below 2^-5 the cancellation in
  /// e - 1 would leave most inputs undecided).
  @inline(__always)
  static func tanhFast(_ a: Double) -> Double? {
    let (th, lo, k) = expFastParts(2 * a)
    let scale = DD.power2(k)
    // th + lo is not normalised (lo reaches 2^-8 th): renormalise before dividing.
    let (eh, el) = DD.fastTwoSum(th * scale, lo * scale)
    let (nh, ne) = DD.twoSum(eh, -1)
    let (dh, de) = DD.twoSum(eh, 1)
    let (qh, ql) = DD.divide(nh, ne + el, dh, de + el)
    let bound = 0x1p-63
    let result = qh + (ql + bound)
    guard result == qh + (ql - bound) else { return nil }
    return result
  }

  /// sinh a (for 2^-4 <= a < 40) or cosh a (for a < 40) correctly rounded, or nil when the fast evaluation cannot
  /// decide the rounding.
  ///
  /// (e -+ 1/e) / 2 with e = e^a from `expFastParts` (relative error 2^-63) and 1/e by one Newton step (exact
  /// residual); both carry e's relative error with opposite signs, so the sum or difference is off by at most
  /// 2^-63 (e + 1/e), absolute; the tail's sums round at 2^-105 (e + 1/e). The test allows 2^-62 (e + 1/e): for cosh
  /// (never below 1) that is relative; for sinh a = (e - 1/e) / 2, it grows relative to the result as a shrinks,
  /// so below 2^-4 most inputs would fall back.
  @inline(__always)
  static func hyperbolicFast(_ a: Double, sine: Bool) -> Double? {
    let (th, lo, k) = expFastParts(a)
    let scale = DD.power2(k)
    let (eh, el) = DD.fastTwoSum(th * scale, lo * scale)
    let rh = 1 / eh
    let (p, pe) = DD.twoProduct(rh, eh)
    let rl = (((1 - p) - pe) - rh * el) * rh
    let (s, se) = DD.twoSum(eh, sine ? -rh : rh)
    let tail = se + (el + (sine ? -rl : rl))
    let bound = (eh + rh) * 0x1p-62
    let result = s + (tail + bound)
    guard result == s + (tail - bound) else { return nil }
    return 0.5 * result
  }

  /// e^a / 2 for a >= 40, overflowing to infinity.
  private static func halfExp(_ a: Double) -> Double {
    if a < 708, let fast = expFast(a) { return 0.5 * fast }
    if !(a < 711) { return .infinity }
    let (hi, lo, k) = expCore(a, 0)
    return DD.scaledRound(hi, lo, k - 1)
  }

  /// v, negated when `negative`.
  @inline(__always)
  static func signed(_ v: Double, negative: Bool) -> Double { negative ? -v : v }
}
