import TensorCore

/// The rules of NumPy's functions that make new arrays: zeros, ones, arange, linspace, array.
extension EverydayRules {
  /// `np.zeros(shape)` (or ones) of an int or a tuple of ints, float64: `NumpyFunctions.call`'s `Tensor.zeros` of the
  /// shape `toCreationShape` reads (no dtype or order given, so no date, text, structured or object array is made).
  static func filled(_ arguments: borrowing EverydayArguments, ones: Bool) throws(PythonError) -> Value? {
    // `toCreationShape` of an int or a tuple of ints is those ints.
    let extents: [Int]
    switch arguments[0] {
    // One or two extents as the shared lists (`np.zeros((10, 10))` allocated and freed its shape's list each call).
    case .int(let extent)?: extents = SharedIntLists.single(extent)
    case .tuple(let items)? where items.count == 2:
      guard case .int(let rows) = items[0], case .int(let columns) = items[1] else { return nil }
      extents = SharedIntLists.pair(rows, columns)
    case .tuple(let items)?:
      var ints: [Int] = []
      ints.reserveCapacity(items.count)
      for item in items {
        guard case .int(let extent) = item else { return nil }
        ints.append(extent)
      }
      extents = ints
    default: return nil
    }
    return .tensor(try core { ones ? try Tensor.ones(extents) : try Tensor.zeros(extents) })
  }

  /// `np.arange(stop)`, `np.arange(start, stop)`, `np.arange(start, stop, step)` of Python ints, the step not 0:
  /// `NumpyFunctions.arange`'s `Tensor.arange` of the three as int scalars (`np.arange(n)` starts at 0). The rule
  /// takes them by position only, so those given are the first.
  static func range(_ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard case .int(let first)? = arguments[0] else { return nil }
    var ends: [Int] = [first]
    for slot in 1...2 {
      switch arguments[slot] {
      case nil: continue
      case .int(let number)?: ends.append(number)
      default: return nil
      }
    }
    let (start, stop) = ends.count == 1 ? (0, ends[0]) : (ends[0], ends[1])
    let step = ends.count == 3 ? ends[2] : 1
    guard step != 0 else { return nil }
    return .tensor(
      try core { try Tensor.arange(.int(Int64(start)), .int(Int64(stop)), step: .int(Int64(step)), dtype: nil) })
  }

  /// `np.linspace(start, stop, num, endpoint)` of Python numbers, an int count and a bool endpoint: `NumpyFunctions`'
  /// `Tensor.linspace` of the ends as doubles (float64 ends, no dtype, no retstep).
  static func spaced(_ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard let start = arguments[0].flatMap(pythonDouble), let stop = arguments[1].flatMap(pythonDouble) else {
      return nil
    }
    var count = 50
    switch arguments[2] {
    case nil: break
    case .int(let number)?: count = number
    default: return nil
    }
    var endpoint = true
    switch arguments[3] {
    case nil: break
    case .bool(let flag)?: endpoint = flag
    default: return nil
    }
    let line = try core { try Tensor.linspace(start, stop, num: count, endpoint: endpoint) }
    // NumPy's line is a view of the `arange` it scaled in place, where there is a step (`linspaceView`).
    if (endpoint ? count - 1 : count) <= 0 { return .tensor(line) }
    return .tensor(IntermediateViews.view(line, ofNew: line.shape))
  }

  /// A Python int or float as a double (`BoundArguments.double`), nil for anything else.
  static func pythonDouble(_ value: Value) -> Double? {
    switch value {
    case .int(let number): Double(number)
    case .float(let number): number
    default: nil
    }
  }

  /// `np.array([x, y, ...])` of a flat list of Python ints and floats: `NumpyFunctions`' `Tensor.array` of the list as
  /// `toNested` reads it (no dtype, so no date, text, structured or object array is made).
  static func literal(_ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard case .list(let items)? = arguments[0], !items.isEmpty else { return nil }
    // `toNested` reads ints as int64 scalars and floats as doubles; `Tensor.array` infers int64 for ints alone and
    // float64 for any float, each int then its double.
    var integers: [Int64] = []
    var doubles: [Double] = []
    doubles.reserveCapacity(items.count)
    for item in items {
      switch item {
      case .int(let number):
        integers.append(Int64(number))
        doubles.append(Double(number))
      case .float(let number): doubles.append(number)
      default: return nil
      }
    }
    if integers.count == items.count { return .tensor(try core { try Tensor.array(integers: integers) }) }
    return .tensor(try core { try Tensor.array(doubles: doubles) })
  }
}
