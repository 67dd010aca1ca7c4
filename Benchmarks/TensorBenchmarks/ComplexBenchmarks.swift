import TensorCore

/// The complex128 functions NumPy takes from glibc (GlibcComplex.swift), as numpy_bench.py's `complex_benchmarks`
/// times them: each over 10^5 values whose parts are spread over [-5, 5] by the golden-ratio sequence, plus np.prod
/// and np.cumprod, all through the tensor operations a chapter runs.
func complexWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let count = 100_000
  func spread(_ offset: Double) -> [Double] {
    (0..<count).map { i in
      let t = Double(i) * 0.6180339887498949 + offset
      return -5 + 10 * (t - t.rounded(.down))
    }
  }
  let real = spread(0)
  let imag = spread(0.5)
  let z = Tensor(shape: [count], storage: .complex128((0..<count).map { Complex(real[$0], imag[$0]) }))
  // Factors near the unit circle, so that the products neither overflow nor underflow.
  let unit = Tensor(
    shape: [count], storage: .complex128((0..<count).map { Complex(1 + real[$0] * 1e-3, imag[$0] * 1e-3) }))
  let functions: [(String, (Tensor) throws -> Tensor)] = [
    ("exp", { try $0.exp() }), ("sqrt", { try $0.sqrt() }), ("sin", { try $0.apply(.sin) }),
    ("cos", { try $0.apply(.cos) }), ("tan", { try $0.apply(.tan) }), ("sinh", { try $0.apply(.sinh) }),
    ("cosh", { try $0.apply(.cosh) }), ("tanh", { try $0.tanh() }), ("exp2", { try $0.apply(.exp2) }),
    ("expm1", { try $0.apply(.expm1) }),
  ]
  var results: [(name: String, key: String, seconds: Double)] = []
  for (name, function) in functions {
    let seconds = try cpuSecondsPerIteration(iterations: 5) { _ = try function(z) }
    results.append(("np.\(name) of 10^5 complex128", "complex_" + name, seconds))
  }
  results.append(
    (
      "np.prod of 10^5 complex128", "complex_prod",
      try cpuSecondsPerIteration(iterations: 5) { _ = try unit.product() }
    ))
  results.append(
    (
      "np.cumprod of 10^5 complex128", "complex_cumprod",
      try cpuSecondsPerIteration(iterations: 5) { _ = try unit.cumulativeProduct(axis: 0) }
    ))
  return results
}
