/// NumPy's hypergeometric sampler for the Generator (`random_hypergeometric`): drawing the sample one item at a time
/// for small samples, Stadlober's ratio-of-uniforms method (HRUA) otherwise.
extension RandomGenerator {
  /// `hypergeometric(ngood, nbad, nsample, size)` with int parameters: NumPy's checks in its order (the 10^9 bound,
  /// the sample's size, then each parameter not negative), then int64 draws.
  public mutating func hypergeometric(good: Int, bad: Int, sample: Int, size: [Int]?) throws -> Tensor {
    if good >= 1_000_000_000 || bad >= 1_000_000_000 {
      throw RandomError.rejected("ValueError: both ngood and nbad must be less than 1000000000")
    }
    if good + bad < sample { throw RandomError.rejected("ValueError: ngood + nbad < nsample") }
    for (value, name) in [(good, "ngood"), (bad, "nbad"), (sample, "nsample")] where value < 0 {
      throw RandomError.rejected("ValueError: \(name) < 0")
    }
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(bits.hypergeometric(Int64(good), Int64(bad), Int64(sample))) }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }
}

extension BitSource {
  /// One draw; the parameters are checked (not negative, sample at most good + bad).
  mutating func hypergeometric(_ good: Int64, _ bad: Int64, _ sample: Int64) -> Int64 {
    if sample >= 10 && sample <= good + bad - 10 { return hypergeometricHRUA(good, bad, sample) }
    return hypergeometricBySampling(good, bad, sample)
  }

  /// Draws the smaller of the sample and its complement item by item (`random_interval` over what is left),
  /// stopping once no good or no bad items remain.
  private mutating func hypergeometricBySampling(_ good: Int64, _ bad: Int64, _ sample: Int64) -> Int64 {
    let total = good + bad
    let complement = sample > total / 2
    var left = complement ? total - sample : sample
    var remainingTotal = total
    var remainingGood = good
    while left > 0 && remainingGood > 0 && remainingTotal > remainingGood {
      remainingTotal -= 1
      if Int64(interval(UInt64(remainingTotal))) < remainingGood { remainingGood -= 1 }
      left -= 1
    }
    if remainingTotal == remainingGood { remainingGood -= left }
    return complement ? remainingGood : good - remainingGood
  }

  // The variable names follow Stadlober's "Algorithm HRUA" (1989), as NumPy's do, so the steps can be read against it.
  private mutating func hypergeometricHRUA(_ good: Int64, _ bad: Int64, _ sample: Int64) -> Int64 {
    let d1 = 1.7155277699214135
    let d2 = 0.8989161620588988
    let popsize = good + bad
    let n = min(sample, popsize - sample)
    let small = min(good, bad)
    let large = max(good, bad)
    let p = Double(small) / Double(popsize)
    let q = Double(large) / Double(popsize)
    let mu = Double(n) * p
    let a = mu + 0.5
    let variance = Double(popsize - n) * Double(n) * p * q / Double(popsize - 1)
    let c = (variance + 0.5).squareRoot()
    let h = d1 * c + d2
    let m = Int64((Double(n + 1) * Double(small + 1) / Double(popsize + 2)).rounded(.down))
    let g =
      Self.logFactorial(m) + Self.logFactorial(small - m) + Self.logFactorial(n - m)
      + Self.logFactorial(large - n + m)
    let b = min(Double(min(n, small) + 1), (a + 16 * c).rounded(.down))
    var k: Int64
    while true {
      let u = nextDouble()
      let v = nextDouble()
      let x = a + h * (v - 0.5) / u
      if x < 0.0 || x >= b { continue }
      k = Int64(x.rounded(.down))
      let gp =
        Self.logFactorial(k) + Self.logFactorial(small - k) + Self.logFactorial(n - k)
        + Self.logFactorial(large - n + k)
      let t = g - gp
      if u * (4.0 - u) - 3.0 <= t { break }
      if u * (u - t) >= 1 { continue }
      if 2.0 * GlibcMath.log(u) <= t { break }
    }
    if good > bad { k = n - k }
    if n < sample { k = good - k }
    return k
  }

  /// NumPy's `logfactorial`: log(k!) from its table below 126, else the Stirling series to the 1/k^3 term.
  static func logFactorial(_ k: Int64) -> Double {
    if k < Int64(logFactorials.count) { return logFactorials[Int(k)] }
    let kd = Double(k)
    return (kd + 0.5) * GlibcMath.log(kd) - kd + (0.9189385332046728 + (1.0 / kd) * (1 / 12.0 - 1 / (360.0 * kd * kd)))
  }
}

/// log(k!) for k = 0 to 125, NumPy's table (`logfactorial.c`) digit for digit.
private let logFactorials: [Double] = [
  0, 0, 0.69314718055994529, 1.791759469228055, 3.1780538303479458, 4.7874917427820458, 6.5792512120101012,
  8.5251613610654147, 10.604602902745251, 12.801827480081469, 15.104412573075516, 17.502307845873887,
  19.987214495661885, 22.552163853123425, 25.19122118273868, 27.89927138384089, 30.671860106080672,
  33.505073450136891, 36.395445208033053, 39.339884187199495, 42.335616460753485, 45.380138898476908,
  48.471181351835227, 51.606675567764377, 54.784729398112319, 58.003605222980518, 61.261701761002001,
  64.557538627006338, 67.88974313718154, 71.257038967168015, 74.658236348830158, 78.092223553315307,
  81.557959456115043, 85.054467017581516, 88.580827542197682, 92.136175603687093, 95.719694542143202,
  99.330612454787428, 102.96819861451381, 106.63176026064346, 110.32063971475739, 114.03421178146171,
  117.77188139974507, 121.53308151543864, 125.3172711493569, 129.12393363912722, 132.95257503561632,
  136.80272263732635, 140.67392364823425, 144.5657439463449, 148.47776695177302, 152.40959258449735,
  156.3608363030788, 160.3311282166309, 164.32011226319517, 168.32744544842765, 172.35279713916279,
  176.39584840699735, 180.45629141754378, 184.53382886144948, 188.6281734236716, 192.7390472878449,
  196.86618167289001, 201.00931639928152, 205.1681994826412, 209.34258675253685, 213.53224149456327,
  217.73693411395422, 221.95644181913033, 226.1905483237276, 230.43904356577696, 234.70172344281826,
  238.97838956183432, 243.26884900298271, 247.57291409618688, 251.89040220972319, 256.22113555000954,
  260.56494097186322, 264.92164979855278, 269.29109765101981, 273.67312428569369, 278.06757344036612,
  282.4742926876304, 286.89313329542699, 291.32395009427029, 295.76660135076065, 300.22094864701415,
  304.68685676566872, 309.1641935801469, 313.65282994987905, 318.1526396202093, 322.66349912672615,
  327.1852877037752, 331.71788719692847, 336.26118197919845, 340.81505887079902, 345.37940706226686,
  349.95411804077025, 354.53908551944079, 359.1342053695754, 363.73937555556347, 368.35449607240474,
  372.97946888568902, 377.61419787391867, 382.25858877306001, 386.91254912321756, 391.57598821732961,
  396.24881705179155, 400.93094827891576, 405.6222961611449, 410.32277652693733, 415.03230672824964,
  419.75080559954472, 424.47819341825709, 429.21439186665157, 433.95932399501481, 438.71291418612117,
  443.47508812091894, 448.24577274538461, 453.02489623849613, 457.81238798127816, 462.60817852687489,
  467.4121995716082, 472.22438392698058, 477.04466549258564, 481.87297922988796,
]
