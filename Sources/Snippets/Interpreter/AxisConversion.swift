import TensorCore

/// Axis arguments read as NumPy reads them: converted to a C int first (a Python int no C int holds is refused, as
/// NumPy's error there depends on the function), then normalised against the array's dimensions by TensorCore's one
/// normaliser (`AxisArguments.normalize`, NumPy's `normalize_axis_index`), whose AxisError is NumPy's text.
enum AxisConversion {
  /// `axis` in `0..<ndim` (a negative one counted from the end), or NumPy's AxisError led by `argument: ` where
  /// NumPy names the argument (`np.average`'s `axis`, `np.swapaxes`' `axis2`).
  static func normalized(_ axis: Int, ndim: Int, argument: String? = nil) throws(PythonError) -> Int {
    try core { try AxisArguments.normalize(axis, ndim: ndim, argument: argument) }
  }

  /// The axis of a reduction docbuild computes over one axis or all (`np.median`, the quantiles): None, an axis, or
  /// a tuple or list checked as NumPy's `_ureduce` checks it (`normalize_axis_tuple`) and holding one axis or every
  /// one (nil: all); another tuple is refused, naming `function`.
  static func oneOrAll(_ value: Value?, ndim: Int, function: String) throws(PythonError) -> Int? {
    switch value {
    case nil, .none?: return nil
    case .tuple?, .list?:
      let axes = try core { try AxisArguments.normalizeTuple(try AxisConversion.axes(value!), ndim: ndim) }
      if axes.count == 1 { return axes[0] }
      if axes.count == ndim { return nil }
      throw NumpyArrays.unsupported(
        "\(function) over a tuple of some of the axes is not supported in snippets (one axis, all or None is)")
    case let given?: return try given.toAxis()
    }
  }

  /// An axis or a list, tuple or 1-d array of axes (`np.roll`'s, `np.gradient`'s), each read by `Value.toAxis`.
  static func axes(_ value: Value) throws(PythonError) -> [Int] {
    switch value {
    case .tuple(let items), .list(let items):
      var axes: [Int] = []
      for item in items { axes.append(try item.toAxis()) }
      return axes
    case .tensor(let tensor) where tensor.ndim == 1: return try value.toShape()
    default: return [try value.toAxis()]
    }
  }

  /// The refusal of `-2**31` as the axis of `function`: NumPy's C converter for it reads that value as `axis=None`
  /// (its `NPY_RAVEL_AXIS`), where other functions raise their AxisError.
  static func ravelMarkerRefusal(_ function: String) -> PythonError {
    PythonError.limit(
      "axis=-2147483648 in \(function) is not supported in snippets: NumPy reads it as axis=None there "
        + "(NPY_RAVEL_AXIS); write axis=None")
  }
}

extension Value {
  /// An axis argument as an int (`__index__`, as `toInt`); a Python int beyond 64 bits is refused as NumPy's
  /// conversion to a C int fails on it in words that depend on the function. (An int within 64 bits but beyond a
  /// C int is refused by the normaliser.)
  func toAxis() throws(PythonError) -> Int {
    if case .bigInt(let value) = self { throw PythonError(TensorError.axisBeyondCInt(value.decimal())) }
    if isHighUnsigned, let value = try? indexInteger() {
      throw PythonError(TensorError.axisBeyondCInt(value.decimal()))
    }
    return try toInt()
  }

  /// An axis argument of a function whose NumPy converter reads `-2**31` as `axis=None` (`np.take`, `np.cumsum`,
  /// `np.argmax`, `np.concatenate`, …): as `toAxis`, with that value refused.
  func toAxis(readAsNoneBy function: String) throws(PythonError) -> Int {
    let axis = try toAxis()
    if axis == Int(Int32.min) { throw AxisConversion.ravelMarkerRefusal(function) }
    return axis
  }
}
