import TensorCore

/// `np.mgrid[...]` and `np.ogrid[...]`: over integer slices, one `arange` per slice, spread over a dense grid
/// (stacked, `mgrid`) or left as broadcastable open axes (`ogrid`), int64 as NumPy gives for int steps; with a float
/// or complex part (`np.mgrid[0:1:5j]`), NumPy's float64 grid arithmetic (`numberGrid`).
enum NumpyMoreGrids {
  /// The two objects, as `np.` members.
  static let names: Set<String> = ["mgrid", "ogrid"]
  /// The two objects as values name themselves.
  static let qualifiedNames: Set<String> = ["numpy.mgrid", "numpy.ogrid"]

  /// `np.mgrid[...]` or `np.ogrid[...]` from its index expression, each slice part evaluated once: integer slices go
  /// to `index(_:_:)`; a float or complex bound or step (`np.mgrid[-1:1:5j]`), which the language's integer slices
  /// cannot hold, takes NumPy 2.4's `nd_grid.__getitem__` arithmetic on the parts' values (`numberGrid`).
  static func index(
    _ name: String, expression: Expression, evaluate: (Expression) throws(PythonError) -> Value
  ) throws(PythonError) -> Value {
    var items = [expression]
    var isTuple = false
    if case .tuple(let list) = expression.kind {
      items = list
      isTuple = true
    }
    var parts: [[Value?]] = []
    var holdsOtherNumbers = false
    for item in items {
      guard case .slice(let start, let stop, let step) = item.kind else {
        return try index(name, try evaluate(expression))
      }
      var part: [Value?] = []
      for component in [start, stop, step] {
        guard let component else {
          part.append(nil)
          continue
        }
        let value = try evaluate(component)
        switch value {
        case .none: part.append(nil)
        case .int: part.append(value)
        default:
          part.append(value)
          holdsOtherNumbers = true
        }
      }
      parts.append(part)
    }
    if holdsOtherNumbers { return try numberGrid(name, parts, isTuple: isTuple) }
    var slices: [Value] = []
    for part in parts {
      func int(_ value: Value?) -> Int? {
        if case .int(let number) = value { return number }
        return nil
      }
      slices.append(.slice(int(part[0]), int(part[1]), int(part[2])))
    }
    return try index(name, isTuple ? try .makeTuple(slices) : slices[0])
  }

  /// A slice part as NumPy's grid arithmetic reads it: an int or float (a bool is refused), or a complex step.
  private enum Part {
    case int(Int)
    case float(Double)
    case complex(Complex)

    var double: Double {
      switch self {
      case .int(let number): Double(number)
      case .float(let number): number
      case .complex(let z): z.real
      }
    }
  }

  private static func refusal(_ what: String) -> PythonError {
    .limit(
      "np.mgrid and np.ogrid with \(what) are not supported in snippets: use np.linspace for the points and "
        + "np.meshgrid(..., indexing='ij') for the grid")
  }

  private static func part(_ value: Value?, isStep: Bool) throws(PythonError) -> Part? {
    switch value {
    case nil: return nil
    case .int(let number): return .int(number)
    case .float(let number): return .float(number)
    case .complex(let z) where isStep: return .complex(z)
    case .tensor(let tensor) where tensor.isScalar && tensor.dtype == .float64:
      return .float(tensor.doubles[0])
    default: throw refusal("slice parts other than ints, floats and a complex step")
    }
  }

  /// `b - a` as Python computes it for two ints or floats, then as a float.
  private static func difference(_ b: Part, _ a: Part) -> Double {
    if case .int(let y) = b, case .int(let x) = a { return Double(y - x) }
    return b.double - a.double
  }

  /// NumPy's `nd_grid.__getitem__` when a part is a float or a complex step: a complex step's magnitude, truncated,
  /// counts the points from start to stop inclusive (its step `(stop - start) / (n - 1)`); a float step counts
  /// `ceil((stop - start) / step)` points. Each axis is `index * step + start` in float64, two roundings as NumPy's
  /// two ufuncs; one slice alone is NumPy's `arange(start, stop, step)` for a float step.
  private static func numberGrid(_ name: String, _ parts: [[Value?]], isTuple: Bool) throws(PythonError) -> Value {
    let isOpen = name.hasSuffix("ogrid")
    var sizes: [Int] = []
    var steps: [Double] = []
    var starts: [Double] = []
    for part in parts {
      let start = try Self.part(part[0], isStep: false) ?? .int(0)
      let stop = try Self.part(part[1], isStep: false)
      let step = try Self.part(part[2], isStep: true) ?? .int(1)
      if case .complex = step {
        // A complex step counts points by its magnitude (below): no division.
      } else if step.double == 0 {
        // NumPy divides this slice's `stop - start` by its step: Python's division raises (its float division's
        // words when a part is a float); a NumPy scalar's gives inf (and its own errors later), which is refused.
        if part.contains(where: { if case .tensor? = $0 { true } else { false } }) {
          throw refusal("a zero step beside a NumPy scalar")
        }
        let isInteger = [start, stop ?? .int(0), step].allSatisfy { if case .int = $0 { true } else { false } }
        throw PythonError("ZeroDivisionError", isInteger ? "division by zero" : "float division by zero")
      }
      if case .complex(let z) = step {
        guard let stop else { throw refusal("a complex step and no stop") }
        let magnitude = GlibcMath.hypot(z.real, z.imag)
        guard magnitude.isFinite, magnitude < Double(maxElementCount) + 1 else {
          throw refusal("a complex step this large")
        }
        let count = Int(magnitude)
        sizes.append(count)
        steps.append(count == 1 ? 1 : difference(stop, start) / Double(count - 1))
      } else {
        guard let stop else { throw refusal("a float step and no stop") }
        if !isTuple {
          // One slice: NumPy's arange(start, stop, step).
          func scalar(_ part: Part) -> Scalar {
            if case .int(let number) = part { return .int(Int64(number)) }
            return .double(part.double)
          }
          return .tensor(try core { try Tensor.arange(scalar(start), scalar(stop), step: scalar(step)) })
        }
        if step.double == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
        let exact = (difference(stop, start) / (step.double * 1.0)).rounded(.up)
        guard exact.isFinite, exact >= 0, exact <= Double(maxElementCount) else {
          throw refusal("a point count below zero or this large")
        }
        sizes.append(Int(exact))
        steps.append(step.double)
      }
      starts.append(start.double)
    }
    var total = 1
    for size in sizes {
      let (product, overflowed) = total.multipliedReportingOverflow(by: Swift.max(size, 1))
      guard !overflowed, product <= maxElementCount else {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      total = product
    }
    func axis(_ k: Int) -> [Double] { (0..<sizes[k]).map { Double($0) * steps[k] + starts[k] } }
    if !isTuple { return .tensor(Tensor(shape: [sizes[0]], storage: .float64(axis(0)))) }
    let count = sizes.count
    if isOpen {
      var axes: [Value] = []
      for k in 0..<count {
        var shape = [Int](repeating: 1, count: count)
        shape[k] = sizes[k]
        axes.append(.tensor(Tensor(shape: shape, storage: .float64(axis(k)))))
      }
      return try .makeTuple(axes)
    }
    // Dense: axis k of the result varies along dimension k of the grid.
    let gridSize = sizes.reduce(1, *)
    try WorkMeter.charge(gridSize * count)
    var values: [Double] = []
    values.reserveCapacity(gridSize * count)
    for k in 0..<count {
      let points = axis(k)
      let inner = sizes[(k + 1)...].reduce(1, *)
      let outer = sizes[..<k].reduce(1, *)
      for _ in 0..<outer {
        for point in points { values.append(contentsOf: repeatElement(point, count: inner)) }
      }
    }
    return .tensor(Tensor(shape: [count] + sizes, storage: .float64(values)))
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
