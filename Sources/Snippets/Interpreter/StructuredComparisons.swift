import TensorCore

extension StructuredArrays {
  /// `a == b` and `a != b` of structured arrays or elements with the same field names: field by field (broadcast as
  /// NumPy broadcasts), all fields equal for `==`, any field different for `!=`. Other comparisons, and fields NumPy
  /// would have to promote between numbers and text, are refused.
  static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    if op == .equal || op == .notEqual, let same = try dtypesEqual(left, right) {
      return .bool(same == (op == .equal))
    }
    guard op == .equal || op == .notEqual, case .structArray(let a) = left, case .structArray(let b) = right else {
      if op == .equal || op == .notEqual, case .structArray = left, !isStructured(right) {
        throw PythonError.type("Cannot compare structured or void to non-void arrays.")
      }
      throw refusal("comparing")
    }
    // NumPy answers a record array with a record array of bools, which this type does not hold.
    if (a.isRecord && !a.isVoid) || (b.isRecord && !b.isVoid) { throw refusal("comparing record arrays") }
    if a.dtype.isOpaqueVoid || b.dtype.isOpaqueVoid { throw opaqueVoidRefusal("comparing") }
    guard a.dtype.names == b.dtype.names else { throw refusal("comparing arrays with other fields") }
    var combined: Tensor? = nil
    for (x, y) in zip(a.dtype.fields, b.dtype.fields) {
      switch (x.format, y.format) {
      case (.numeric, .numeric), (.numeric, .bigEndian), (.bigEndian, .numeric), (.bigEndian, .bigEndian): break
      case (.text(let p), .text(let q)) where p.isBytes == q.isBytes: break
      case (.structured, _), (_, .structured): throw refusal("comparing nested structured fields")
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

extension StructuredArrays {
  /// Python's `==` between a structured dtype and another value, as NumPy's `dtype.__eq__` answers it: the other
  /// value is read as a dtype (a list of fields, `'i4,f8'`, a dict, another dtype) and the two are equal when their
  /// fields have the same names, titles, formats (byte order included), sub-array shapes and offsets in the same
  /// order, and the items the same size (`align=True` and `np.record` do not count). What is no dtype, or another
  /// kind of dtype, is unequal. Nil when neither side is a structured dtype, or the other is a structured array.
  static func dtypesEqual(_ left: Value, _ right: Value) throws(PythonError) -> Bool? {
    let (dtype, other): (StructDType, Value)
    switch (left, right) {
    case (.structArray, _), (_, .structArray): return nil
    case (.structDType(let mine), _): (dtype, other) = (mine, right)
    case (_, .structDType(let mine)): (dtype, other) = (mine, left)
    default: return nil
    }
    switch other {
    case .structDType(let theirs): return dtype.isEquivalent(to: theirs)
    case .list, .dict, .tuple, .string:
      // What NumPy cannot read as a dtype makes `==` False; what docbuild does not read (a refusal) stays refused.
      do {
        guard let theirs = try parseDType(other, subarrays: true) else { return false }
        return dtype.isEquivalent(to: theirs)
      } catch  where error.isLimit {
        throw error
      } catch {
        return false
      }
    default: return false
    }
  }
}

extension StructDType {
  /// NumPy's dtype equality of two structured dtypes: the same fields in the same order and the same item size.
  func isEquivalent(to other: StructDType) -> Bool {
    itemsize == other.itemsize && fields == other.fields
  }
}
