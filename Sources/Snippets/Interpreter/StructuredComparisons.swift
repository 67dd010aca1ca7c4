import TensorCore

extension StructuredArrays {
  /// `a == b` and `a != b` of structured arrays or elements with the same field names: field by field (broadcast as
  /// NumPy broadcasts), all fields equal for `==`, any field different for `!=`. Other comparisons, and fields NumPy
  /// would have to promote between numbers and text, are refused.
  static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    guard op == .equal || op == .notEqual, case .structArray(let a) = left, case .structArray(let b) = right else {
      if op == .equal || op == .notEqual, case .structArray = left, !isStructured(right) {
        throw PythonError.type("Cannot compare structured or void to non-void arrays.")
      }
      throw refusal("comparing")
    }
    // NumPy answers a record array with a record array of bools, which this type does not hold.
    if (a.isRecord && !a.isVoid) || (b.isRecord && !b.isVoid) { throw refusal("comparing record arrays") }
    guard a.dtype.names == b.dtype.names else { throw refusal("comparing arrays with other fields") }
    var combined: Tensor? = nil
    for (x, y) in zip(a.dtype.fields, b.dtype.fields) {
      switch (x.format, y.format) {
      case (.numeric, .numeric): break
      case (.text(let p), .text(let q)) where p.isBytes == q.isBytes: break
      default: throw refusal("comparing fields of number and text types")
      }
      if !x.shape.isEmpty || !y.shape.isEmpty { throw refusal("comparing sub-array fields") }
      let part = try Operators.compare(op, try a.field(x.name), try b.field(y.name))
      let truth: Tensor
      switch part {
      case .tensor(let tensor): truth = tensor
      case .bool(let flag): truth = Tensor(shape: [], storage: .bool([flag]), isScalar: true)
      default: throw refusal("comparing these fields")
      }
      combined =
        try combined.map { (sofar) throws(PythonError) in
          try core { try Tensor.logical(op == .equal ? "logical_and" : "logical_or", sofar, truth) }
        } ?? truth
    }
    guard let combined else { throw refusal("comparing") }
    return .tensor(combined)
  }
}
