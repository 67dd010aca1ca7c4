import TensorCore

extension StructArray {
  /// `x.view(fields)` of a number array whose fields all have `x`'s dtype, packed one after another (NumPy's 100
  /// exercises, 73: `F.view(dtype=[('p0', F.dtype), ('p1', F.dtype)])`): the last axis shrinks by the field count and
  /// each field is a column of `x`'s memory, so writes through either show in the other. Other field lists (another
  /// dtype, gaps, sub-arrays) are refused by name.
  static func viewing(_ tensor: Tensor, as dtypeValue: Value) throws(PythonError) -> StructArray {
    guard let dtype = try StructuredArrays.parseArrayDType(dtypeValue) else {
      throw StructuredArrays.refusal("this view of a number array")
    }
    if dtype.isOpaqueVoid { return try viewingBytes(tensor, as: dtype) }
    let width = tensor.dtype.itemsize
    let fieldCount = dtype.fields.count
    let packed =
      fieldCount > 0 && dtype.itemsize == width * fieldCount
      && dtype.fields.enumerated().allSatisfy { index, field in
        field.format == .numeric(tensor.dtype) && field.shape.isEmpty && field.offset == index * width
      }
    guard packed else {
      throw StructuredArrays.refusal(
        "a view of a \(tensor.dtype.rawValue) array as fields that are not all \(tensor.dtype.rawValue), packed")
    }
    if tensor.isScalar { throw StructuredArrays.refusal("a view of a NumPy scalar as fields") }
    guard let last = tensor.shape.last else {
      if fieldCount == 1 { throw StructuredArrays.refusal("a view of a 0-d array as fields") }
      throw PythonError.value("Changing the dtype of a 0d array is only supported if the itemsize is unchanged")
    }
    let shape = try viewShape(tensor, last: last, grouping: fieldCount)
    let grouped = try core { try tensor.reshape(Array(tensor.shape.dropLast()) + [last / fieldCount, fieldCount]) }
    var columns: [String: FieldColumn] = [:]
    for (index, field) in dtype.fields.enumerated() {
      let column = try core { try grouped.index([.ellipsis, .int(index)]).copy() }
      columns[field.name] = .owning(column)
    }
    let made = StructArray(columns: columns, shape: shape, dtype: dtype)
    guard let view = StructArray(viewingColumnsOf: tensor, like: made) else {
      throw StructuredArrays.refusal("a view of this number array (not C-contiguous) as fields")
    }
    return view
  }
}

extension StructuredArrays {
  /// `np.unique(a)` of a structured array, as NumPy's `_unique1d` computes it: the flattened elements sorted field by
  /// field (stably, when indices are asked for, as NumPy's mergesort), each run of equal elements kept once, with the
  /// first index, the inverse and the counts asked for. Fields holding NaN or -0.0 are refused: NumPy's unstable sort
  /// decides which of the equal elements it keeps.
  static func unique(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(
      ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan", "sorted"], required: 1)
    guard case .structArray(let array) = bound.value("ar"), !array.isVoid else {
      throw refusal("np.unique of this value")
    }
    if let axis = bound["axis"], !axis.isNone { throw refusal("np.unique with axis=") }
    if let sortedValue = bound["sorted"], !(try sortedValue.truthValue()) { throw refusal("np.unique(sorted=False)") }
    let wantsIndex = try bound["return_index"]?.truthValue() ?? false
    let wantsInverse = try bound["return_inverse"]?.truthValue() ?? false
    let wantsCounts = try bound["return_counts"]?.truthValue() ?? false
    if array.dtype.isOpaqueVoid {
      return try uniqueVoid(array, index: wantsIndex, inverse: wantsInverse, counts: wantsCounts)
    }
    if array.dtype.hasSubarrayFields { throw refusal("np.unique of an array with sub-array fields") }
    let flat = try array.raveled().copied()
    var equalities: [(Int, Int) -> Bool] = []
    for name in flat.dtype.names {
      switch try flat.field(name) {
      case .textArray(let text):
        let items = text.elements
        equalities.append { items[$0] == items[$1] }
      case .tensor(let tensor):
        switch tensor.storage {
        case .int64(let values): equalities.append { values[$0] == values[$1] }
        case .bool(let values): equalities.append { values[$0] == values[$1] }
        case .float64(let values):
          if values.contains(where: { $0.isNaN || ($0 == 0 && $0.sign == .minus) }) {
            throw refusal("np.unique of a float field holding NaN or -0.0")
          }
          equalities.append { values[$0] == values[$1] }
        case .complex128: throw refusal("np.unique of an array with complex fields")
        }
      default: throw refusal("np.unique of this field")
      }
    }
    let order = try sortOrder(flat, order: nil)
    var firsts: [Int] = []  // positions in `order` where a run of equal elements starts
    for (rank, element) in order.enumerated() {
      if rank == 0 || !equalities.allSatisfy({ $0(order[rank - 1], element) }) { firsts.append(rank) }
    }
    return try uniqueResults(
      flat, order: order, firsts: firsts, shape: array.shape, index: wantsIndex, inverse: wantsInverse,
      counts: wantsCounts)
  }
}

extension StructuredArrays {
  /// `np.unique`'s results from the elements' sorted order and where each run of equal elements starts in it: the
  /// first element of each run, and as asked its position, every element's run (in the array's shape) and the runs'
  /// lengths.
  static func uniqueResults(
    _ flat: StructArray, order: [Int], firsts: [Int], shape: [Int], index wantsIndex: Bool, inverse wantsInverse: Bool,
    counts wantsCounts: Bool
  ) throws(PythonError) -> Value {
    let picked = try index(flat, .list(ValueList(firsts.map { .int(order[$0]) })))
    guard wantsIndex || wantsInverse || wantsCounts else { return picked }
    var results: [Value] = [picked]
    func intArray(_ values: [Int], shape: [Int]) -> Value {
      .tensor(Tensor(shape: shape, storage: .int64(values.map { Int64($0) })))
    }
    if wantsIndex { results.append(intArray(firsts.map { order[$0] }, shape: [firsts.count])) }
    if wantsInverse {
      var inverse = [Int](repeating: 0, count: order.count)
      var group = -1
      for (rank, element) in order.enumerated() {
        if group + 1 < firsts.count && firsts[group + 1] == rank { group += 1 }
        inverse[element] = group
      }
      results.append(intArray(inverse, shape: shape))
    }
    if wantsCounts {
      let ends = Array(firsts.dropFirst()) + [order.count]
      results.append(intArray(zip(firsts, ends).map { $1 - $0 }, shape: [firsts.count]))
    }
    return .tuple(ValueList(results))
  }
}

extension StructArray {
  /// The shape of a view of `tensor` whose items each take `group` of its elements, by NumPy's rules for a larger
  /// item size: the last axis (of extent `last`) steps one element at a time (or has one element), and `group`
  /// divides it.
  static func viewShape(_ tensor: Tensor, last: Int, grouping group: Int) throws(PythonError) -> [Int] {
    if group > 1 && last != 1 && tensor.geometry.strides.last != 1 {
      throw PythonError.value("To change to a dtype of a different size, the last axis must be contiguous")
    }
    guard last % group == 0 else {
      throw PythonError.value(
        "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of "
          + "the array.")
    }
    return Array(tensor.shape.dropLast()) + [last / group]
  }
}
