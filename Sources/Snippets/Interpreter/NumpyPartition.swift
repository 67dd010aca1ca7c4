import TensorCore

/// `np.partition`, `np.argpartition`, `a.partition(kth)` (in place) and `a.argpartition(kth)`, with the element
/// order NumPy prints (TensorCore's `partitioned`, which refuses the orders it cannot reproduce).
enum NumpyPartition {
  /// `np.partition(a, kth, axis=-1, kind='introselect', order=None)` and `np.argpartition`.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "kth", "axis", "kind", "order"], required: 2)
    let array = try bound.value("a").toTensor()
    return .tensor(try partition(name, array, bound))
  }

  /// `a.partition(...)`'s new values and `a.argpartition(...)`'s result: the function with the array first.
  static func method(_ name: String, on array: Tensor, _ call: CallArguments) throws(PythonError) -> Tensor {
    let bound = try call.bind(["kth", "axis", "kind", "order"], required: 1)
    return try partition(name, array, bound)
  }

  private static func partition(_ name: String, _ array: Tensor, _ bound: BoundArguments) throws(PythonError)
    -> Tensor
  {
    // NumPy's method converts its arguments in order: the axis's type before the kind (`axis=(0, 1),
    // kind='stable'` is the axis's TypeError).
    let axisValue = bound.values["axis"] ?? .int(-1)
    // argpartition's converter reads -2**31 as axis=None; partition's raises its AxisError.
    let axis: Int? =
      axisValue.isNone
      ? nil : name == "argpartition" ? try axisValue.toAxis(readAsNoneBy: "np.argpartition") : try axisValue.toAxis()
    if let kind = bound["kind"] {
      guard case .string(let text) = kind, text == "introselect" else {
        let shown = if case .string(let text) = kind { text } else { kind.repr }
        throw PythonError.value("select kind must be 'introselect' (got '\(shown)')")
      }
    }
    if bound["order"] != nil {
      throw NumpyArrays.unsupported("np.\(name)'s order= is for structured arrays, which it does not take here")
    }
    let kth = try kthList(bound.value("kth"))
    // argpartition views a 0-d array as one element (NumPy's `PyArray_CheckAxis`); partition does not.
    let source = name == "argpartition" && array.ndim == 0 ? try core { try array.reshape([1]) } : array
    return try core { try source.partitioned(kth: kth, axis: axis, indices: name == "argpartition") }
  }

  /// NumPy's `kth`: an integer or a sequence of integers, never booleans.
  private static func kthList(_ value: Value) throws(PythonError) -> [Int] {
    switch value {
    case .bool: throw PythonError.value("Booleans unacceptable as partition index")
    case .int: return [try value.toInt()]
    case .float: throw PythonError.type("Partition index must be integer")
    default: break
    }
    let kth = try value.toTensor()
    if kth.ndim > 1 {
      throw PythonError.value(
        "setting an array element with a sequence. The requested array would exceed the maximum number of "
          + "dimension of 1.")
    }
    if kth.dtype == .bool { throw PythonError.value("Booleans unacceptable as partition index") }
    guard kth.dtype.isInteger else { throw PythonError.type("Partition index must be integer") }
    // NumPy casts kth to intp, so a uint64 kth from 2**63 wraps to a negative one, as its bit pattern reads here.
    if case .int64(let values) = kth.storage { return values.map { Int($0) } }
    return try kth.exactInts()
  }
}
