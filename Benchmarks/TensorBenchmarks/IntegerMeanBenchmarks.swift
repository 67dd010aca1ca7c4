import TensorCore

/// `mean` of int64 arrays, as numpy_bench.py's `integer_mean_benchmarks` times them: NumPy sums integers converted to
/// float64, docbuild sums them as integers where that is exact, so these rows price the exactness check too.
func integerMeanWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  var results: [(name: String, key: String, seconds: Double)] = []
  for count in [1000, 100_000] {
    // np.arange(count) % 1000, as a tutorial's counts would be.
    let x = Tensor(shape: [count], storage: .int64((0..<count).map { Int64($0 % 1000) }))
    let seconds = try cpuSecondsPerIteration(iterations: Swift.max(10, 10_000_000 / count)) { _ = try x.mean() }
    results.append(("x.mean(), int64 (\(count),)", "int_mean_\(count)", seconds))
  }
  let square = Tensor(shape: [300, 300], storage: .int64((0..<90_000).map { Int64($0 % 1000) }))
  let seconds = try cpuSecondsPerIteration(iterations: 100) { _ = try square.mean(axis: .one(0)) }
  results.append(("x.mean(axis=0), int64 (300,300)", "int_mean_axis0_300", seconds))
  return results
}
