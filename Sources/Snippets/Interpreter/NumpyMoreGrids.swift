import TensorCore

/// `np.mgrid[...]` and `np.ogrid[...]` over integer slices: one `arange` per slice, spread over a dense grid
/// (stacked, `mgrid`) or left as broadcastable open axes (`ogrid`), int64 as NumPy gives for int steps. Float and
/// complex steps (`np.mgrid[0:1:5j]`) need float slice bounds, which the language's slices do not hold.
enum NumpyMoreGrids {
  /// The two objects, as `np.` members.
  static let names: Set<String> = ["mgrid", "ogrid"]
  /// The two objects as values name themselves.
  static let qualifiedNames: Set<String> = ["numpy.mgrid", "numpy.ogrid"]

  /// The index of `np.mgrid[...]`, evaluated: a float or complex slice bound or step, which NumPy takes
  /// (`np.mgrid[0:1:5j]`) but the language's integer slices cannot hold, is refused by name rather than raising the
  /// TypeError a list's slice would.
  static func evaluateIndex(_ evaluate: () throws(PythonError) -> Value) throws(PythonError) -> Value {
    do {
      return try evaluate()
    } catch  where error.type == "TypeError" && error.message.hasPrefix("slice indices must be integers") {
      var refusal = PythonError(
        "NotImplementedError",
        "np.mgrid and np.ogrid with float or complex slice bounds or steps (np.mgrid[0:1:5j]) are not supported in "
          + "snippets: use np.linspace for the points and np.meshgrid(..., indexing='ij') for the grid")
      refusal.isLimit = true
      throw refusal
    }
  }

  /// `np.mgrid[index]` or `np.ogrid[index]` (`name` is "numpy.mgrid" or "numpy.ogrid").
  static func index(_ name: String, _ index: Value) throws(PythonError) -> Value {
    let isOpen = name.hasSuffix("ogrid")
    var items: [Value] = [index]
    if case .tuple(let list) = index { items = Array(list) }
    var ranges: [Tensor] = []
    for item in items {
      guard case .slice(let start, let stop, let step) = item else {
        throw NumpyArrays.unsupported(
          "np.\(isOpen ? "ogrid" : "mgrid") takes slices in snippets (such as np.mgrid[0:3, 0:2])")
      }
      // NumPy divides by the step to count the points.
      if step == 0 { throw PythonError("ZeroDivisionError", "division by zero") }
      let range = try core {
        try Tensor.arange(.int(Int64(start ?? 0)), .int(Int64(stop ?? 0)), step: .int(Int64(step ?? 1)))
      }
      ranges.append(range)
    }
    if case .slice = index { return .tensor(ranges[0]) }
    let shape = ranges.map(\.size)
    let count = ranges.count
    var axes: [Tensor] = []
    for (k, range) in ranges.enumerated() {
      var open = [Int](repeating: 1, count: count)
      open[k] = range.size
      let spread = try core { try range.reshape(open) }
      axes.append(isOpen ? spread : try core { try spread.broadcast(to: shape).copy() })
    }
    if isOpen { return try .makeTuple(axes.map(Value.tensor)) }
    let grids = axes
    return .tensor(try core { try Tensor.stack(grids, axis: 0) })
  }
}
