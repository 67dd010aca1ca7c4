import TensorCore

/// The `math` functions docbuild ports from glibc (erf, erfc, cbrt, exp2) and from CPython itself (gamma, lgamma,
/// hypot, dist, fsum), each over 10^5 arguments spread by the golden-ratio sequence as numpy_bench.py's
/// `libm_benchmarks` spreads them, per call; the peer is CPython's `math` function called on the same arguments in a
/// list comprehension (so it includes CPython's call overhead, which a snippet's call pays too).
func libmWorkloads() -> [(name: String, key: String, seconds: Double)] {
  let count = 100_000
  func spread(_ low: Double, _ high: Double, offset: Double = 0) -> [Double] {
    (0..<count).map { i in
      let t = Double(i) * 0.6180339887498949 + offset
      return low + (high - low) * (t - t.rounded(.down))
    }
  }
  var sink = 0.0
  func perCall(_ body: () -> Double) -> Double {
    cpuSecondsPerIteration(iterations: 3) { sink += body() } / Double(count)
  }
  let unary: [(String, Double, Double, (Double) -> Double)] = [
    ("erf", -5, 5, GlibcMath.erf), ("erfc", -5, 27, GlibcMath.erfc), ("cbrt", -100, 100, GlibcMath.cbrt),
    ("exp2", -1000, 1000, GlibcMath.exp2), ("gamma", -20, 170, { (try? CPythonMath.gamma($0)) ?? 0 }),
    ("lgamma", -20, 1000, { (try? CPythonMath.lgamma($0)) ?? 0 }),
  ]
  var results: [(name: String, key: String, seconds: Double)] = []
  for (name, low, high, function) in unary {
    let x = spread(low, high)
    results.append(("math.\(name), per call", "libm_" + name, perCall { x.reduce(0) { $0 + function($1) } }))
  }
  let a = spread(-100, 100)
  let b = spread(-100, 100, offset: 0.3)
  let c = spread(-100, 100, offset: 0.6)
  results.append(
    (
      "math.hypot(x, y, z), per call", "libm_hypot3",
      perCall { a.indices.reduce(0) { $0 + CPythonMath.hypot([a[$1], b[$1], c[$1]]) } }
    ))
  results.append(
    (
      "math.dist(2-d points), per call", "libm_dist2",
      perCall { a.indices.reduce(0) { $0 + CPythonMath.dist([a[$1], b[$1]], [c[$1], a[$1]]) } }
    ))
  results.append(
    (
      "math.fsum(3 values), per call", "libm_fsum3",
      perCall { a.indices.reduce(0) { $0 + ((try? CPythonMath.fsum([a[$1], b[$1], c[$1]])) ?? 0) } }
    ))
  if sink == 42 { print(sink) }
  return results
}
