import TensorCore

/// The seventh round's new operations, as numpy_bench.py's `bitwise_benchmarks` times them: `&` and `<<` over 10^6
/// int64 values, `np.isin` of 10^6 values in 1,000, and the small-array overhead of `&` on a (2,3) int array.
func bitwiseWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let count = 1_000_000
  // The same values as numpy_bench.py: (i * 7919) % 1000003 and its reverse.
  let a = Tensor(shape: [count], storage: .int64((0..<count).map { Int64($0 * 7919 % 1_000_003) }))
  let b = Tensor(shape: [count], storage: .int64((0..<count).map { Int64(($0 * 104_729) % 65_536) }))
  let small = Tensor(shape: [2, 3], storage: .int64([5, 3, 12, 7, 1, 9]))
  var one = Tensor(1)
  one.isPythonScalar = true
  var three = Tensor(3)
  three.isPythonScalar = true
  let tests = Tensor(shape: [1000], storage: .int64((0..<1000).map { Int64($0 * 997) }))
  return [
    (
      "a & b, 10^6 int64", "bitwise_and",
      try secondsPerIteration(iterations: 10) { _ = try Tensor.bitwise(.and, a, b) }
    ),
    (
      "a << 3, 10^6 int64", "left_shift",
      try secondsPerIteration(iterations: 10) { _ = try Tensor.bitwise(.leftShift, a, three) }
    ),
    (
      "np.isin(10^6 int64, 1000 values)", "isin",
      try secondsPerIteration(iterations: 10) { _ = try Tensor.isIn(a, tests, invert: false) }
    ),
    (
      "(2,3) int64 & 1", "small_bitwise_and",
      try secondsPerIteration(iterations: 100_000) { _ = try Tensor.bitwise(.and, small, one) }
    ),
  ]
}
