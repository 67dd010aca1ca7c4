import TensorCore

/// The rules of `KeywordCombinations` that follow the path NumPy's code takes through a call: the axes
/// `np.mean`, `np.var` and `np.std` count before reducing, `np.isin`'s choice between its table, loop and sorting
/// paths, and `np.linalg.norm`'s vector path.
extension KeywordCombinations {
  /// The array methods that count their axes' items first (`_methods._count_reduce_items`).
  private static let countingMethods: NameSet = ["mean", "var", "std"]

  /// NumPy's errors for `array.NAME(...)`'s arguments that it reads before the method's own converters: the axes
  /// `a.mean`, `a.var` and `a.std` count first (`checkCountedAxes`).
  static func checkMethod(_ name: String, _ array: Tensor, _ call: CallArguments) throws(PythonError) {
    guard countingMethods.contains(name), !call.keywords.contains(where: { $0.name == "where" }),
      let axis = argument("axis", 0, of: call)
    else { return }
    try checkCountedAxes(axis, ndim: array.ndim)
  }

  /// `np.isin(element, test_elements, …, invert=SEQUENCE)` as NumPy's `_in1d` reads a flat list or tuple `invert`:
  /// by truth on its table path (integers and bools, a small range of tests) and its loop path (fewer tests than
  /// `10 * len(element) ** 0.145`), where the call goes on with that bool; on its sorting path
  /// `np.concatenate((flags, [invert]))` meets a 2-d array.
  static func isinReadingInvertByTruth(_ call: CallArguments, _ invert: Value, _ refusal: PythonError)
    throws(PythonError) -> CallArguments
  {
    guard let element = try? argument("element", 0, of: call)?.toTensor(),
      let tests = try? argument("test_elements", 1, of: call)?.toTensor(),
      !element.dtype.isComplex, !tests.dtype.isComplex
    else { throw refusal }
    let kind = call.keywords.first { $0.name == "kind" }?.value ?? .none
    // An unknown kind is NumPy's ValueError before invert is read (the callee's).
    guard kind.isNone || kind.str == "sort" || kind.str == "table" else { return call }
    let isIntegral = { (array: Tensor) in array.dtype.isInteger || array.dtype == .bool }
    var byTruth = false
    if isIntegral(element) && isIntegral(tests) && (kind.isNone || kind.str == "table") {
      if tests.size == 0 {
        byTruth = true
      } else {
        let values = tests.doubles
        // (The range is Python's exact int: doubles hold it up to 2**53.)
        guard !values.contains(where: { Swift.abs($0) > 0x1p52 }) else { throw refusal }
        let range = (values.max() ?? 0) - (values.min() ?? 0)
        let dtypeMax: Double =
          tests.dtype == .bool
          ? 255
          : Double(
            sign: .plus, exponent: tests.dtype.itemsize * 8 - (tests.dtype.isUnsigned ? 0 : 1),
            significand: 1) - 1
        let isRangeSafe = range <= dtypeMax
        if isRangeSafe && (range <= Double(6 * (element.size + tests.size)) || !kind.isNone) { byTruth = true }
        if !isRangeSafe && !kind.isNone { throw refusal }
      }
    }
    if !byTruth && Double(tests.size) < 10 * GlibcMath.pow(Double(element.size), 0.145) { byTruth = true }
    guard byTruth else {
      throw PythonError.value(
        "all the input arrays must have same number of dimensions, but the array at index 0 has 1 dimension(s) and "
          + "the array at index 1 has 2 dimension(s)")
    }
    return replacing("invert", 3, with: .bool(try invert.truthValue()), in: call)
  }

  /// `np.linalg.norm`'s vector path (one axis: `axis` an int, a float `int()` truncates or a 1-tuple, or None of a
  /// 1-d array past NumPy's fast cases): a str order is "Invalid norm order" before any axis check, and the reduction
  /// it ends in reads `keepdims` with C's int parser, where the other paths read it by truth.
  static func checkVectorNorm(_ call: CallArguments) throws(PythonError) {
    guard let x = argument("x", 0, of: call) else { return }
    let ord = argument("ord", 1, of: call) ?? .none
    guard let ndim = dimensions(of: x) else { return }
    switch argument("axis", 2, of: call) ?? .none {
    case .none:
      let isFast: Bool
      switch ord {
      case .none: isFast = true
      case .string(let text): isFast = (text == "f" || text == "fro") && ndim == 2
      case .int(let number): isFast = ndim == 1 && number == 2
      case .float(let number): isFast = ndim == 1 && number == 2
      case .tensor(let number) where number.isScalar: isFast = ndim == 1 && number.doubles == [2]
      default: isFast = false
      }
      guard ndim == 1, !isFast else { return }
    case .int, .bool: break
    case .float(let number) where number.isFinite: break
    case .tensor(let number) where number.isScalar && number.dtype.isInteger: break
    case .tuple(let items) where items.count == 1: break
    default: return
    }
    if case .string(let text) = ord { throw PythonError.value("Invalid norm order '\(text)' for vectors") }
    switch ord {
    case .none, .int, .float, .bool: break
    case .tensor(let number) where number.isScalar && !number.dtype.isComplex: break
    default: return
    }
    guard
      let keepdims = call.keywords.first(where: { $0.name == "keepdims" })?.value ?? argument("keepdims", 3, of: call)
    else { return }
    switch keepdims {
    case .float: throw PythonError.type("integer argument expected, got float")
    case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C long")
    case .none, .string, .list, .tuple, .dict, .set:
      throw PythonError.type("'\(keepdims.typeName)' object cannot be interpreted as an integer")
    case .tensor(let array) where array.ndim > 0:
      throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
    case .tensor(let number) where number.isScalar:
      if number.dtype == .float64 { throw PythonError.type("integer argument expected, got float") }
      if !number.dtype.isInteger {
        throw PythonError.type("'numpy.\(number.dtype.rawValue)' object cannot be interpreted as an integer")
      }
    default: break
    }
  }

  /// NumPy's `_count_reduce_items` over `axis` (one axis or a tuple of them) of an array of `ndim` dimensions:
  /// `normalize_axis_index` reads each in turn with C's int parser, which takes a Python bool as its int (an
  /// AxisError out of range; in range the reduction's own converter refuses it later) and no float ("integer argument
  /// expected, got float", NumPy's float64 too). What it meets first is raised here; other axes are left to the
  /// callee.
  static func checkCountedAxes(_ axis: Value, ndim: Int) throws(PythonError) {
    let axes: [Value] = if case .tuple(let items) = axis { Array(items) } else { [axis] }
    for item in axes {
      if case .tensor(let number) = item, number.isScalar {
        if number.dtype == .bool {
          throw PythonError.type("'numpy.bool' object cannot be interpreted as an integer")
        }
        if number.dtype.isFloat && number.dtype != .float64 { return }
      }
      if item.isFloatNumber { throw PythonError.type("integer argument expected, got float") }
      let isIndex: Bool
      switch item {
      case .int, .bool: isIndex = true
      default: isIndex = item.isIntegerNumber
      }
      guard isIndex, let index = try? item.toInt() else { return }
      // normalize_axis_index parses a C int first.
      if Int32(exactly: index) == nil {
        throw PythonError("OverflowError", "Python int too large to convert to C int")
      }
      guard index >= -ndim && index < ndim else {
        throw PythonError("AxisError", "axis \(index) is out of bounds for array of dimension \(ndim)")
      }
    }
  }
}
