import Foundation
import TensorCore

/// float16 workloads, as numpy_bench.py's `half_benchmarks` times them: `+`, `sum`, `astype(np.float16)` and `tanh`
/// over 10^6 halves, and the small-array overhead of `+` on a (2,3) float16 array.
func halfWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let count = 1_000_000
  // The same values as numpy_bench.py: sin(i * 0.7 + 31) and sin(i * 0.3 + 32), each rounded to half.
  let wideA = Tensor(shape: [count], storage: .float64((0..<count).map { sin(Double($0) * 0.7 + 31) }))
  let wideB = Tensor(shape: [count], storage: .float64((0..<count).map { sin(Double($0) * 0.3 + 32) }))
  let a = try wideA.astype(.float16)
  let b = try wideB.astype(.float16)
  let tanhInput = try decidedHalves(wideA, by: { try $0.tanh() })
  let small = try Tensor(shape: [2, 3], storage: .float64([0.5, 1.5, 2.5, 3.5, 4.5, 5.5])).astype(.float16)
  return [
    ("a + b, 10^6 float16", "half_add", try secondsPerIteration(iterations: 10) { _ = try a + b }),
    ("a.sum(), 10^6 float16", "half_sum", try secondsPerIteration(iterations: 10) { _ = try a.sum() }),
    (
      "astype(np.float16), 10^6 float64", "half_astype",
      try secondsPerIteration(iterations: 10) { _ = try wideA.astype(.float16) }
    ),
    ("np.tanh, 10^6 float16", "half_tanh", try secondsPerIteration(iterations: 5) { _ = try tanhInput.tanh() }),
    (
      "(2,3) float16 + (2,3) float16", "small_half_add",
      try secondsPerIteration(iterations: 100_000) { _ = try small + small }
    ),
  ]
}

/// `values` rounded to half, with each half whose result `function` refuses (a float16 result NumPy's float32 kernels
/// may round either way on different machines) replaced by 0, so the row times the computation rather than the
/// refusal. NumPy's side keeps every value: its float16 loops take the same time whatever the value.
private func decidedHalves(_ values: Tensor, by function: (Tensor) throws -> Tensor) throws -> Tensor {
  guard case .float64(let wide) = values.storage else { return try values.astype(.float16) }
  var decided: [UInt16: Bool] = [:]
  let kept = try wide.map { value -> Double in
    let half = Float16(value)
    if decided[half.bitPattern] == nil {
      let single = try Tensor(shape: [1], storage: .float64([Double(half)])).astype(.float16)
      decided[half.bitPattern] = (try? function(single)) != nil
    }
    return decided[half.bitPattern]! ? Double(half) : 0
  }
  return try Tensor(shape: values.shape, storage: .float64(kept)).astype(.float16)
}
