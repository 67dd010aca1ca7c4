import TensorCore

/// The array methods of issue 10's sixth round: the ones that are NumPy functions with the array first
/// (`a.cumprod()`, `a.take()`, `a.swapaxes()`, `a.searchsorted()`), `a.diagonal()` and `a.compress()`, and the
/// in-place `a.fill(v)` and `a.sort()`, written as `a[...] = …` so every name holding the array sees the change.
enum NumpyEverydayMethods {
  /// The methods answered without the interpreter.
  static let methods: Set<String> = [
    "cumprod", "take", "swapaxes", "searchsorted", "diagonal", "compress", "argpartition", "trace",
  ]
  /// The methods that change the array in place.
  static let inPlace: Set<String> = ["fill", "sort", "resize", "partition", "setflags"]

  /// Calls `array.name(...)` for one of `methods`.
  static func call(_ name: String, on array: Tensor, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "argpartition":
      return .tensor(try NumpyPartition.method(name, on: array, call))
    case "diagonal":
      let bound = try call.bind(["offset", "axis1", "axis2"])
      let offset = try bound["offset"]?.toInt() ?? 0
      let first = try bound["axis1"]?.toAxis() ?? 0
      let second = try bound["axis2"]?.toAxis() ?? 1
      return .tensor(try core { try array.diagonal(offset: offset, axis1: first, axis2: second) })
    case "trace":
      // `a.trace()` is `np.trace(a)`: the sum of the main diagonal (handson-ml3's linear algebra notebook).
      let bound = try call.bind(["offset", "axis1", "axis2", "dtype", "out"])
      // NumPy's parser converts the dtype and out before the diagonal is taken.
      if let dtype = bound["dtype"] { _ = try dtype.toDType() }
      if let out = bound["out"], !NumpyArrays.isOutputArray(out) { throw PythonError.type("output must be an array") }
      if array.ndim < 2 { throw PythonError.value("diag requires an array of at least two dimensions") }
      guard array.ndim == 2 else {
        throw NumpyArrays.unsupported(
          "a.trace() of an array that is not 2-d is not supported in snippets: use a.diagonal(...).sum(-1)")
      }
      return .tensor(try trace(of: array, bound, "a.trace"))
    case "compress":
      let bound = try call.bind(["condition", "axis", "out"], required: 1)
      let axis = try bound["axis"]?.toAxis(readAsNoneBy: "np.compress")
      let condition = try NumpyEveryday.compressCondition(bound)
      return .tensor(try core { try array.compressed(condition, axis: axis) })
    default:
      var forwarded = call
      forwarded.positional = [.tensor(array)] + call.positional
      forwarded.positionalTexts = ["self"] + call.positionalTexts
      if name == "searchsorted" { return try NumpyStatistics.call(name, forwarded) ?? .none }
      return try NumpyEveryday.call(name, forwarded) ?? .none
    }
  }

  /// `np.trace(a, offset)` or `a.trace(offset)` of a 2-d array: the sum of the diagonal `offset` places above the
  /// main one (below it when negative), as NumPy sums `a.diagonal(offset)`; 0 of the sum's dtype past the edge.
  /// Other axes, a dtype and `out` are refused.
  static func trace(of array: Tensor, _ bound: BoundArguments, _ function: String) throws(PythonError) -> Tensor {
    for keyword in ["axis1", "axis2", "dtype", "out"] where bound[keyword].map({ !$0.isNone }) ?? false {
      throw NumpyArrays.unsupported(
        "\(function)(\(keyword)=…) is not supported in snippets (offset= is): use a.diagonal(...).sum(-1)")
    }
    let offset = try bound["offset"]?.toInt() ?? 0
    if offset == 0 { return try core { try array.diag().sum() } }
    return try core { try array.diagonal(offset: offset, axis1: 0, axis2: 1).sum() }
  }

  /// `np.trace` of an integer or bool array of more than two axes: the sums of its diagonals over the first two axes
  /// (`offset=` taken), with np.sum's dtype.
  static func stackedTrace(of array: Tensor, _ bound: BoundArguments) throws(PythonError) -> Tensor {
    for keyword in ["axis1", "axis2", "dtype", "out"] where bound[keyword].map({ !$0.isNone }) ?? false {
      throw NumpyArrays.unsupported(
        "np.trace(\(keyword)=…) is not supported in snippets (offset= is): use a.diagonal(...).sum(-1)")
    }
    let offset = try bound["offset"]?.toInt() ?? 0
    return try core { try array.diagonal(offset: offset, axis1: 0, axis2: 1).sum(axis: .one(-1)) }
  }
}

extension Interpreter {
  /// `array.fill(value)` and `array.sort(axis=-1, kind=None)`: the new values written with `array[...] = …`, so
  /// NumPy's dtype casting, the view checks and the update of every alias are those of item assignment.
  mutating func callInPlaceArrayMethod(_ name: String, on array: Tensor, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    if name == "resize" && flagRecords.isStandIn(array) {
      throw PythonError.limit("a.resize of an array made read-only is not supported in snippets")
    }
    if name == "resize" { return try resizeArray(array, call) }
    if name == "sort" {
      // NumPy parses the arguments (a float axis is C's int parser's error) before it checks the array.
      _ = try NoneArguments.checked(name, call, isMethod: true)
      if !array.isScalar { try array.requireWriteable("sort array is read-only") }
    }
    if name == "setflags" {
      let bound = try call.bind(["write", "align", "uic"])
      if bound["align"] != nil || bound["uic"] != nil {
        throw PythonError.limit("setflags(align=, uic=) is not supported in snippets (setflags(write=) is)")
      }
      if let write = bound["write"], !write.isNone { try setFlag(of: array, "writeable", write) }
      return .none
    }
    if name == "partition" {
      _ = try NoneArguments.checked(name, call, isMethod: true)
      // NumPy partitions the array's own memory: every name holding it sees the new order.
      let values = try NumpyPartition.method(name, on: array, call)
      try assignItem(array, .ellipsis, .tensor(values))
      return .none
    }
    try ComplexGuard.check(name, call, receiver: .tensor(array), isMethod: true)
    if name == "fill" {
      var value = try call.bind(["value"], required: 1).value("value")
      // NumPy's fill converts the value as one element is written: a sequence is refused, or for a bool array its
      // truth is stored.
      if let packed = try Self.packedSequence(value, as: array.dtype) { value = .tensor(packed) }
      if array.isScalar { return .none }
      try assignItem(array, .ellipsis, value)
      return .none
    }
    let bound = try call.bind(["axis", "kind", "order"])
    if let axis = bound.values["axis"], axis.isNone {
      throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
    }
    if bound["order"] != nil { throw NumpyArrays.unsupported("ndarray.sort's order= is for structured arrays") }
    if array.ndim == 0 {
      // NumPy names the axis it was given (an integer; a tuple is its TypeError) against dimension 0: this throws.
      _ = try AxisConversion.normalized(try bound["axis"]?.toAxis() ?? -1, ndim: 0)
    }
    var forwarded = call
    forwarded.positional = [.tensor(array)]
    forwarded.keywords = [("axis", bound["axis"] ?? .int(-1))]
    if let kind = bound["kind"] { forwarded.keywords.append(("kind", kind)) }
    let sorted = try NumpyArrays.call("sort", forwarded) ?? .none
    try assignItem(array, .ellipsis, sorted)
    return .none
  }
}
