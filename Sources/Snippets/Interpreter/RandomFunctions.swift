import TensorCore

extension Interpreter {
  /// `np.random.seed(n)`, `np.random.rand(d0, …)`, `np.random.randn(d0, …)` on the chapter's global generator.
  mutating func callRandom(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    if name == "numpy.random.seed" {
      let bound = try call.bind(["seed"])
      guard let seed = bound["seed"] else {
        throw PythonError.value(
          "np.random.seed() needs an int in snippets, so that every build prints the same numbers")
      }
      let value = try seed.toInt()
      try core { try random.seed(value) }
      return .none
    }
    try call.rejectKeywords()
    var shape: [Int] = []
    for dimension in call.positional { shape.append(try dimension.toInt()) }
    if shape.isEmpty {
      return .float(name == "numpy.random.rand" ? random.rand() : random.randn())
    }
    try checkElementCount(shape)
    let tensor = try core {
      name == "numpy.random.rand" ? try random.rand(shape: shape) : try random.randn(shape: shape)
    }
    return .tensor(tensor)
  }

  /// Refuses shapes over the element limit before anything is allocated (negative sizes are the core's error).
  private func checkElementCount(_ shape: [Int]) throws(PythonError) {
    guard !shape.contains(where: { $0 <= 0 }) else { return }
    var count = 1
    for extent in shape {
      let (product, overflowed) = count.multipliedReportingOverflow(by: extent)
      if overflowed || product > maxElementCount {
        throw PythonError(
          "MemoryError",
          "Unable to allocate an array with shape \(pythonShapeRepr(shape)): a value may hold at most \(maxElementCount) elements"
        )
      }
      count = product
    }
  }
}
