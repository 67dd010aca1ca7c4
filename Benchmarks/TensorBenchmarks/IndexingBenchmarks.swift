import TensorCore

/// Advanced indexing and assignment, as numpy_bench.py's `indexing_benchmarks` times them: a fancy-index gather of
/// 10^6 positions, a (1000, 1000) boolean-mask assignment, and the small-array overhead (autodiff recording included)
/// of a fancy index, a masked selection and a math ufunc. The large rows are timed in wall-clock and in process CPU
/// time (`timedBothWays`).
func indexingWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let count = 1_000_000
  let values = sample([count], seed: 21)
  // The same positions as numpy_bench.py: (i * 7919) % n, a permutation with no locality.
  let positions = IndexItem.indices(shape: [count], values: (0..<count).map { $0 * 7919 % count })
  let square = sample([1000, 1000], seed: 22)
  let mask = IndexItem.mask(shape: [1000, 1000], values: square.doubles.map { $0 > 0 })
  let small = sample([2, 3], seed: 23)
  let smallRows = IndexItem.indices(shape: [3], values: [1, 0, 1])
  let smallMask = IndexItem.mask(shape: [2, 3], values: small.doubles.map { $0 > 0 })
  var results: [(name: String, key: String, seconds: Double)] = []
  results += try timedBothWays("x[idx], 10^6 of 10^6 float64", "fancy_gather", iterations: 10) {
    _ = try values.index([positions])
  }
  results += try timedBothWays("a[a > 0] = 0 on (1000,1000)", "mask_assign", iterations: 10) {
    let positive = try square.greater(Tensor(0.0))
    guard case .bool(let flags) = positive.storage else { return }
    _ = try square.assigning([.mask(shape: [1000, 1000], values: flags)], Tensor(0.0))
  }
  results += try timedBothWays("a[mask] on (1000,1000), mask given", "mask_gather", iterations: 10) {
    _ = try square.index([mask])
  }
  results.append(
    (
      "(2,3)[[1, 0, 1]], recorded", "small_fancy",
      try secondsPerIteration(iterations: 100_000) { _ = try small.index([smallRows]) }
    ))
  results.append(
    (
      "(2,3)[mask], recorded", "small_mask",
      try secondsPerIteration(iterations: 100_000) { _ = try small.index([smallMask]) }
    ))
  results.append(
    (
      "np.sin of (2,3), recorded", "small_sin",
      try secondsPerIteration(iterations: 100_000) { _ = try small.apply(.sin) }
    ))
  return results
}
