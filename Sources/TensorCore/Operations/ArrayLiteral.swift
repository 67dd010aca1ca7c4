/// `np.array(...)`: the shape of nested lists (with NumPy's error for ragged ones), the dtype NumPy infers, and the
/// elements in row-major order.
extension Tensor {
  /// `np.array(value, dtype=...)`: a new array; lists must be rectangular. Float arrays built from tracked float
  /// values (`np.array([a.sum(), b.sum()])`, `np.array(x)`) stay connected to them for autodiff; anything else is a
  /// new leaf.
  public static func array(_ value: NestedValue, dtype: DType? = nil) throws -> Tensor {
    if case .tensor(let tensor) = value { return try copied(tensor, dtype: dtype) }
    return try literal(value, dtype: dtype).detoured(from: detourCarriers(value))
  }

  /// The values inside `value` that lie off the graph's float64 path but on a detour from it (float32 or complex
  /// values computed from tracked ones): an array made from them keeps that path (see `detoured(from:)`).
  private static func detourCarriers(_ value: NestedValue) -> [Tensor] {
    switch value {
    case .scalar: []
    case .list(let items): items.flatMap(detourCarriers)
    case .tensor(let tensor): tensor.dtype != .float64 && tensor.node != nil ? [tensor] : []
    }
  }

  /// `np.array` of nested lists.
  private static func literal(_ value: NestedValue, dtype: DType?) throws -> Tensor {
    var narrowLeaves: (type: DType, others: DType?)?
    let value = try dtype.map { try packed(value, as: $0) } ?? value
    let (shape, leaves, tensors) = try flatten(value, narrowLeaves: &narrowLeaves)
    let count = try Shape.checkedCount(shape)
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    if !tensors.isEmpty {
      let target = dtype ?? tensors.reduce(DType.bool) { DType.promoted($0, $1.dtype) }
      if target == .float64 && tensors.contains(where: { $0.dtype == .float64 && $0.node != nil }) {
        return try record(.stack(shape), tensors)
      }
      if target == .float16 { try tensors.forEach(NarrowEvaluation.refuseFloat16Gradient) }
      let parts = try tensors.map { try $0.checkedConversion(to: target) }
      return Tensor(shape: shape, storage: joined(parts, as: target.storageClass)).tagged(target)
    }
    var inferred = leaves.isEmpty ? DType.float64 : leaves.reduce(DType.bool) { DType.promoted($0, $1.dtype) }
    // NumPy scalars keep their dtype; Python numbers beside them count as int64, float64 or bool (a bool beside a
    // uint8 leaves it uint8).
    if let narrowLeaves {
      inferred = narrowLeaves.others.map { DType.promoted($0, narrowLeaves.type) } ?? narrowLeaves.type
    }
    let target = dtype ?? inferred
    if !target.isComplex, leaves.contains(where: { $0.dtype.isComplex }) {
      throw TensorError.type(
        target.isFloat
          ? "float() argument must be a string or a real number, not 'complex'"
          : "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
    }
    let storage: Storage
    switch target.storageClass {
    case .complex128: storage = .complex128(leaves.map(\.complexValue))
    case .float64: storage = .float64(leaves.map(\.doubleValue))
    case .bool: storage = .bool(leaves.map { $0.doubleValue != 0 })
    default:
      storage = .int64(try leaves.map { try integerElement($0, of: target) })
    }
    return Tensor(shape: shape, storage: storage).converted(as: target)
  }

  /// The items of a list given to `np.array` with a dtype, each as NumPy's `PyArray_Pack` stores it, in order (the
  /// first that fails raises): a Python number through the dtype's setitem (`integerElement`'s range check; a complex
  /// one into a real dtype is float()'s TypeError); an array, or a NumPy scalar of another type, cast as `astype`
  /// casts (wrapping integers: `np.array([np.int64(300)], dtype=np.uint8)` is 44), except that a signed integer
  /// dtype takes every NumPy scalar as a known scalar type, through Python's `int()` and its range check
  /// (`np.array([np.int64(300)], dtype=np.int8)` is NumPy's OverflowError, a 0-d array there is cast).
  private static func packed(_ value: NestedValue, as target: DType) throws -> NestedValue {
    switch value {
    case .list(let items): return .list(try items.map { try packed($0, as: target) })
    case .scalar(let number):
      if target.isInteger || target.isFloat, case .complex = number {
        throw TensorError.type(
          target.isFloat
            ? "float() argument must be a string or a real number, not 'complex'"
            : "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
      }
      if target.isInteger { _ = try integerElement(number, of: target) }
      return value
    case .tensor(let tensor):
      guard tensor.dtype != target else { return value }
      guard tensor.ndim == 0, tensor.isScalar, target.isInteger, !target.isUnsigned else {
        return .tensor(try tensor.checkedConversion(to: target))
      }
      // Python's int() of the NumPy scalar, then the dtype's range check.
      let number: Scalar
      switch tensor.storage {
      case .bool(let flags): number = .int(flags[0] ? 1 : 0)
      case .int64(let values):
        if tensor.dtype == .uint64 && values[0] < 0 {
          throw TensorError("OverflowError", "Python int too large to convert to C long")
        }
        number = .int(values[0])
      case .float64(let values): number = .double(values[0])
      case .complex128(let values): number = .double(values[0].real)
      }
      _ = try integerElement(number, of: target)
      return .scalar(number)
    }
  }

  /// Throws NumPy's error for storing the NumPy scalar `item` into an array of `target` (`a[i] = s`, `a[:] = s`,
  /// `a.fill(s)`): a signed integer dtype reads a NumPy scalar of another type through int() and its range check
  /// (`PyArray_Pack`, see `packed`), where other dtypes (and 0-d arrays) cast it.
  public static func checkStoredScalar(_ item: Tensor, as target: DType) throws {
    guard item.isScalar, item.ndim == 0, item.dtype != target, target.isInteger, !target.isUnsigned else { return }
    _ = try packed(.tensor(item), as: target)
  }

  /// A number of a list as an element of an integer dtype, as NumPy 2 stores it: a float through Python's `int()`
  /// (NaN and infinities are its errors), then into a C long (an unsigned one for uint64), then checked against the
  /// dtype's range; NumPy refuses a number outside it instead of wrapping it.
  private static func integerElement(_ leaf: Scalar, of target: DType) throws -> Int64 {
    var value: Int64
    switch leaf {
    case .double(let x):
      if x.isNaN { throw TensorError.value("cannot convert float NaN to integer") }
      if x.isInfinite { throw TensorError("OverflowError", "cannot convert float infinity to integer") }
      let whole = x.rounded(.towardZero)
      if whole >= -9.223372036854775808e18 && whole < 9.223372036854775808e18 {
        value = Int64(whole)
      } else if target == .uint64, whole >= 0, whole < 18_446_744_073_709_551_616.0 {
        return Int64(bitPattern: UInt64(whole))
      } else {
        throw TensorError("OverflowError", "Python int too large to convert to C long")
      }
    default: value = leaf.int64Value
    }
    if target.isNarrow || target == .uint64, !target.holds(value) {
      throw TensorError("OverflowError", "Python integer \(value) out of bounds for \(target.rawValue)")
    }
    return value
  }

  /// A new array with `tensor`'s elements (an array, never a NumPy scalar), converted to `dtype` if given.
  private static func copied(_ tensor: Tensor, dtype: DType?) throws -> Tensor {
    let target = dtype ?? tensor.dtype
    try ResourceMeter.chargeAllocation(elements: tensor.size, itemSize: target.itemSize)
    if target == .float64 && tensor.dtype == .float64 && tensor.node != nil {
      return try record(.stack(tensor.shape), NodeInputs(tensor))
    }
    if target == .float16 { try NarrowEvaluation.refuseFloat16Gradient(tensor) }
    try NarrowEvaluation.refuseIntegerCastGradient(tensor, to: target)
    let converted = try tensor.checkedConversion(to: target)
    return Tensor(shape: tensor.shape, storage: converted.storage).tagged(target).detoured(from: [tensor])
  }

  /// The elements of several same-shaped arrays, one after another, as `dtype`.
  static func joined(_ tensors: [Tensor], as dtype: DType) -> Storage {
    switch dtype.storageClass {
    case .float64: .float64(tensors.flatMap { $0.converted(as: dtype).doubles })
    case .bool: .bool(tensors.flatMap(\.bools))
    case .complex128: .complex128(tensors.flatMap { $0.converted(as: dtype).complexes })
    default: .int64(tensors.flatMap { $0.converted(as: dtype).int64s })
    }
  }

  /// Walks the nesting level by level: the shape, and either the numbers or the same-shaped arrays at the bottom.
  private static func flatten(
    _ value: NestedValue, narrowLeaves: inout (type: DType, others: DType?)?
  ) throws -> ([Int], [Scalar], [Tensor]) {
    var shape: [Int] = []
    var level = [value]
    // The dtype of the leaves that are not NumPy scalars of a narrow dtype (nil: none yet).
    var others: DType?
    func meet(_ dtype: DType) { others = others.map { DType.promoted($0, dtype) } ?? dtype }
    while true {
      // A NumPy scalar of a narrow dtype becomes a number below, but its dtype still takes part in the inference.
      for element in level {
        switch element {
        case .tensor(let tensor) where tensor.ndim == 0 && tensor.dtype.isNarrow:
          narrowLeaves = (narrowLeaves.map { DType.promoted($0.type, tensor.dtype) } ?? tensor.dtype, nil)
        case .tensor(let tensor) where tensor.ndim == 0: meet(tensor.dtype)
        case .scalar(let number): meet(number.dtype)
        default: break
        }
      }
      if narrowLeaves != nil { narrowLeaves?.others = others }
      level = normalized(level)
      let numbers = level.compactMap(\.number)
      if numbers.count == level.count { return (shape, numbers, []) }
      let arrays = level.compactMap(\.array)
      if arrays.count == level.count {
        guard arrays.allSatisfy({ $0.shape == arrays[0].shape }) else { throw ragged(shape) }
        return (shape + arrays[0].shape, [], arrays)
      }
      let lists = level.compactMap(\.items)
      guard lists.count == level.count, lists.allSatisfy({ $0.count == lists[0].count }) else { throw ragged(shape) }
      shape.append(lists[0].count)
      if shape.count > Shape.maxDimensions { _ = try Shape.checkedCount(shape) }
      level = lists.flatMap { $0 }
      if level.isEmpty { return (shape, [], []) }
    }
  }

  /// One level of nesting with 0-d arrays read as numbers and, where lists and arrays mix, arrays split into lists.
  /// A level of numbers and 0-d arrays where some array is tracked keeps them all as arrays, so the result can stay
  /// connected to the graph.
  private static func normalized(_ level: [NestedValue]) -> [NestedValue] {
    let hasList = level.contains { $0.items != nil }
    // A uint64 from 2**63 up has no Python-number form here (`item()` gives its bit pattern, a negative Int64), so a
    // level holding one keeps its numbers as 0-d arrays too, and NumPy's promotion of their dtypes decides.
    let holdsHighUnsigned = level.contains { element in
      element.array.map { $0.ndim == 0 && $0.dtype == .uint64 && $0.int64s[0] < 0 } ?? false
    }
    if !hasList
      && (holdsHighUnsigned
        || level.contains(where: { $0.array.map { $0.dtype == .float64 && $0.node != nil } ?? false }))
    {
      return level.map { element in element.number.map { .tensor(Tensor(scalar: $0, isScalar: false)) } ?? element }
    }
    return level.map { element in
      guard let tensor = element.array else { return element }
      if tensor.ndim == 0, let number = try? tensor.item() { return .scalar(number) }
      guard hasList else { return element }
      let rows = (0..<tensor.shape[0]).compactMap { try? tensor.index([.int($0)]) }
      return .list(rows.map { NestedValue.tensor($0) })
    }
  }

  /// NumPy's error for lists whose lengths or depths differ below the first `shape.count` axes.
  private static func ragged(_ shape: [Int]) -> TensorError {
    TensorError.value(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
        + "\(shape.count) dimensions. The detected shape was \(Shape.python(shape)) + inhomogeneous part.")
  }
}

extension NestedValue {
  /// The number, if this is one.
  var number: Scalar? { if case .scalar(let value) = self { value } else { nil } }
  /// The array, if this is one.
  var array: Tensor? { if case .tensor(let value) = self { value } else { nil } }
  /// The list's items, if this is a list.
  var items: [NestedValue]? { if case .list(let value) = self { value } else { nil } }
}

extension Tensor {
  /// `np.array` of a flat list of Python floats, or of ints and floats (each int as the double nearest it): what
  /// `array` makes of it, without the nested value and the walk that infers its shape and dtype.
  public static func array(doubles: [Double]) throws -> Tensor {
    let count = try Shape.checkedCount([doubles.count])
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    return Tensor(shape: [count], storage: .float64(doubles))
  }

  /// `np.array` of a flat list of Python ints: an int64 array, as `array` makes it.
  public static func array(integers: [Int64]) throws -> Tensor {
    let count = try Shape.checkedCount([integers.count])
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    return Tensor(shape: [count], storage: .int64(integers))
  }
}
