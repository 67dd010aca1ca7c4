/// NumPy's Poisson sampler for the modern Generator (`random_poisson`): multiplication of uniforms below a mean of
/// 10, Hörmann's PTRS transformed rejection from 10 up.
extension BitSource {
  /// A Poisson(lam) draw; `lam >= 0` and not too large are the caller's checks.
  mutating func poisson(_ lam: Double) -> Int64 {
    if lam >= 10 { return poissonPTRS(lam) }
    if lam == 0 { return 0 }
    let limit = GlibcMath.exp(-lam)
    var count: Int64 = 0
    var product = 1.0
    while true {
      product *= nextDouble()
      if product > limit { count += 1 } else { return count }
    }
  }

  private mutating func poissonPTRS(_ lam: Double) -> Int64 {
    let slam = lam.squareRoot()
    let loglam = GlibcMath.log(lam)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invalpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = nextDouble() - 0.5
      let v = nextDouble()
      let us = 0.5 - abs(u)
      let k = ((2 * a / us + b) * u + lam + 0.43).rounded(.down)
      if us >= 0.07 && v <= vr { return Int64(k) }
      if k < 0 || (us < 0.013 && v > us) { continue }
      if GlibcMath.log(v) + GlibcMath.log(invalpha) - GlibcMath.log(a / (us * us) + b)
        <= -lam + k * loglam - logGamma(k + 1)
      {
        return Int64(k)
      }
    }
  }
}

/// NumPy's `random_loggam`: log Γ(x) by Stirling's series with its ten coefficients as NumPy writes them (the last
/// is -174611/125400 cut to 15 digits, so the decimals below, not the exact fractions, give NumPy's bits).
func logGamma(_ x: Double) -> Double {
  let coefficients: [Double] = [
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
    8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
    1.796443723688307e-01, -1.39243221690590e+00,
  ]
  if x == 1 || x == 2 { return 0 }
  let shift = x < 7 ? Int64(7 - x) : 0
  var x0 = x + Double(shift)
  let x2 = (1 / x0) * (1 / x0)
  let logTwoPi = 1.8378770664093453e+00
  var series = coefficients[9]
  for index in stride(from: 8, through: 0, by: -1) {
    series *= x2
    series += coefficients[index]
  }
  var result = series / x0 + 0.5 * logTwoPi + (x0 - 0.5) * GlibcMath.log(x0) - x0
  if x < 7 {
    for _ in 0..<shift {
      result -= GlibcMath.log(x0 - 1)
      x0 -= 1
    }
  }
  return result
}
