import TensorCore

extension Interpreter {
  /// `array[index] = value`: NumPy's in-place write, seen through every name, list and dict holding the array and
  /// through every view of its memory; refused where NumPy refuses it (a read-only view) and where autograd does.
  @discardableResult
  mutating func assignItem(_ array: Tensor, _ index: Value, _ value: Value) throws(PythonError) -> Tensor {
    let index = index.unwrappingBuiltinSubclasses
    var value = value.unwrappingBuiltinSubclasses
    // NumPy writes an np.matrix's elements as those of the 2-D array it views (a 1×1 matrix into one element is its
    // "setting an array element with a sequence", as for any 2-D array).
    if case .object(let object) = value, object.type.isNumpyMatrix, let viewed = object.array {
      value = .tensor(viewed)
    }
    if array.isScalar {
      // A traced scalar (`grad(f)(8.4)`) is autograd's ArrayBox too.
      let isTraced = derivativeInput.map { array.dependsOn($0) } ?? false
      throw PythonError.type(
        "'\(isTraced ? "ArrayBox" : Value.tensor(array).typeName)' object does not support item assignment")
    }
    if array.isFlatIterator { try FlatIterator.checkIndex(index) }
    // NumPy's subscript assignment tests the destination's writeable flag before it reads the index or the value
    // (`array_assign_subscript`).
    if !array.isFlatIterator, derivativeInput == nil, !array.isWriteable {
      try array.requireWriteable("assignment destination is read-only")
    }
    let items = try Indexing.indexItems(index)
    do {
      return try assignItem(array, items, value)
    } catch {
      // NumPy prepares the index before it converts the value: too many indices, a boolean index of the wrong
      // shape and an int out of range are its IndexError first (the index arrays' values are read after the
      // conversion).
      let isBasic = items.allSatisfy { item in
        switch item {
        case .indices, .mask: false
        default: true
        }
      }
      // (A flat iterator's write reads its index itself, with NumPy's flatiter errors.)
      guard !array.isFlatIterator, error.type != "IndexError", !error.isLimit, derivativeInput == nil else {
        throw error
      }
      if isBasic {
        _ = try core { try array.index(items) }
      } else {
        try core { try array.checkPreparedIndex(items) }
      }
      throw error
    }
  }

  /// `assignItem(_:_:_:)` with the index read.
  private mutating func assignItem(_ array: Tensor, _ items: [IndexItem], _ value: Value) throws(PythonError)
    -> Tensor
  {
    guard array.isFlatIterator, Self.namesOneElement(array.shape, items) else {
      return try writeItem(array, items, value)
    }
    // `a.flat[i] = value`: NumPy's flat iterator stores one element by the dtype's own conversion (`PyArray_Pack`, a
    // signed integer reading a NumPy scalar through int() and its range check), after its writeable check, and
    // words every failure of the conversion as one ValueError.
    try array.requireWriteable("underlying array is read-only")
    do {
      if case .tensor(let scalar) = value, scalar.isScalar {
        try core { try Tensor.checkStoredScalar(scalar, as: array.dtype) }
      }
      return try writeItem(array, items, value)
    } catch  where !error.isLimit {
      throw PythonError.value("Error setting single item of array.")
    }
  }

  /// `assignItem`'s write itself.
  private mutating func writeItem(_ array: Tensor, _ items: [IndexItem], _ value: Value) throws(PythonError)
    -> Tensor
  {
    FlatIterator.restart(array)  // a write into NumPy's flat iterator starts its iteration again
    var source: Tensor
    switch value {
    case .list, .tuple, .range, .tensor:
      if case .tensor(let scalar) = value, !array.isFlatIterator,
        !items.contains(where: { if case .indices = $0 { true } else if case .mask = $0 { true } else { false } })
      {
        // A NumPy scalar written through a basic index into a signed integer array goes through int() and the
        // dtype's range check (NumPy's setitem); a fancy or mask index casts it.
        try core { try Tensor.checkStoredScalar(scalar, as: array.dtype) }
      }
      if let element = try Self.elementWriteOfSequence(array, items, value) {
        source = element
      } else if case .tensor(let tensor) = value {
        source = tensor
      } else {
        // A flat iterator's write takes the value's elements in order, however deeply they nest.
        if !array.isFlatIterator { try Self.checkListDepth(array.shape, items, value) }
        if case .list = value {
          // NumPy converts a list to the array's dtype first, so a Python int out of its range is an OverflowError.
          let nested = try value.toNested()
          source = try core { try Tensor.array(nested, dtype: array.dtype) }
        } else if case .tuple = value, array.dtype.isNarrow {
          let nested = try value.toNested()
          source = try core { try Tensor.array(nested, dtype: array.dtype) }
        } else {
          source = try value.toTensor()
        }
      }
    case .float(let double) where array.dtype.isInteger && !double.isFinite:
      // Python's float → int conversion of a scalar, as NumPy's setitem does it.
      throw double.isNaN
        ? PythonError.value("cannot convert float NaN to integer")
        : PythonError("OverflowError", "cannot convert float infinity to integer")
    case .string(let text) where array.dtype != .bool, .textScalar(let text, isBytes: false) where array.dtype != .bool:
      // NumPy's setitem reads a str as Python's int() or float() does (`a[i] = '5'`, `a[i] = np.str_('2.5')`), then
      // stores that number with its own checks.
      if array.dtype.isComplex {
        throw NumpyArrays.unsupported("a str written into a complex array is not supported in snippets")
      }
      let call = CallArguments(
        function: array.dtype.isInteger ? "int" : "float", positional: [.string(text)], keywords: [],
        positionalTexts: [])
      let number = array.dtype.isInteger ? try PythonBuiltins.int(call) : try PythonBuiltins.float(call)
      return try assignItem(array, items, number)
    case .bigInt(let big) where array.dtype.isInexact:
      // A float or complex array takes a Python int of any size as the nearest float.
      guard let double = big.double else { throw PythonError("OverflowError", "int too large to convert to float") }
      source = try Value.float(double).toTensor()
    case .bigInt where array.dtype.isInteger && array.dtype != .uint64:
      throw PythonError("OverflowError", "Python int too large to convert to C long")
    case .complex(let number) where array.dtype == .bool:
      // NumPy stores a complex number into a bool array as its truth value.
      source = try Value.bool(number.real != 0 || number.imag != 0).toTensor()
    default:
      source = try value.toTensor()
    }
    if let input = derivativeInput {
      if array.dependsOn(input) { throw PythonError.type("'ArrayBox' object does not support item assignment") }
      if source.dependsOn(input) { throw PythonError.value("setting an array element with a sequence.") }
    }
    if array.isFlatIterator {
      // NumPy's flatiter repeats the value's elements over the selection (`a.flat[:4] = [1, 2]`).
      try array.requireWriteable("underlying array is read-only")
      let selected: Tensor
      do throws(PythonError) {
        selected = try core { try array.index(items) }
      } catch {
        throw FlatIterator.boundsError(error, size: array.size)
      }
      guard let repeated = try FlatIterator.cycled(source, over: selected) else { return array }
      source = repeated
      if !selected.isScalar, case .tensor = value, source.dtype != array.dtype {
        // Into several elements NumPy makes the value an array of the iterator's dtype, casting it unsafely
        // (`a.flat[1:] = np.int16(30000)` wraps into int8).
        let given = source
        source = try core { try given.astype(array.dtype) }
      }
    }
    try array.requireWriteable("assignment destination is read-only")
    // A write into part of a stride-trick view whose elements share memory is exact when that part does not: each
    // memory position is written once, and its other elements show the value written (StrideTricks.swift).
    if array.geometry.isStrideTrickView, StrideTricks.aliasesItself(array) {
      aliasedPartialWrite = StrideTricks.partIsDistinct(array, items)
    }
    defer { aliasedPartialWrite = false }
    var updated: Tensor
    do throws(PythonError) {
      updated = try core { try array.assigning(items, source) }
    } catch {
      throw array.isFlatIterator ? FlatIterator.boundsError(error, size: array.size) : error
    }
    // A write through a view is recorded on its base (ViewTracking); a write into an array itself is marked, so that
    // a gradient through it is refused rather than silently missing.
    if array.view == nil { updated = updated.markingAssignment(over: array, value: source) }
    let result = try replaceEverywhere(array, with: updated)
    if !uninitializedMemory.isEmpty { uninitializedMemory.noteWrite(array, items) }
    return result
  }
}

extension Interpreter {
  /// `container[index] op= operand`: Python's get, operate, set. For an array whose item is an array (a slice, a
  /// fancy or masked selection), NumPy's in-place ufunc keeps the dtype with `same_kind` casting, and the write is
  /// buffered: a repeated index is updated once (`np.add.at` accumulates). A NumPy scalar item rebinds, so its result
  /// is cast back by assignment, as in NumPy.
  mutating func assignItemInPlace(
    _ container: Value, _ index: Value, _ op: BinaryOperator, _ expression: Expression
  ) throws(PythonError) {
    if case .structArray(let array) = container { return try assignStructuredInPlace(array, index, op, expression) }
    let current = try Indexing.index(container, with: index)
    let walks = arrayWrites
    if case .tensor(let array) = current, !array.isScalar, !Self.isTensor(container) {
      // `views[0] += 1`: NumPy's in-place update of the array the list or dict holds, seen through its views.
      let operand = try evaluate(expression)
      try checkHeldArrays(since: walks, [container, current], at: expression)
      let result = try inPlaceResult(current, op, operand)
      try Indexing.setItem(container, index, result)
      return
    }
    let operand = try evaluate(expression)
    try checkHeldArrays(since: walks, [container, current], at: expression)
    if case .list(let list) = current, op == .add || op == .multiply {
      // A list item's `+=` changes that list itself before the item is set back.
      if op == .add {
        try list.append(contentsOf: try iterate(operand))
      } else if case .list(let repeated) = try Operators.binary(.multiply, current, operand) {
        try list.replace(with: repeated.items)
      }
      try assignItem(container, index, current)
      return
    }
    if case .tensor(let selected) = current, !selected.isScalar, Operators.wrapsAsObject(operand) {
      throw Operators.objectOutputCastError(Self.ufuncName(op), into: selected)
    }
    var result: Value
    do {
      result = try Operators.binary(op, current, operand)
    } catch {
      if case .tensor(let selected) = current, !selected.isScalar, error.type == "ValueError" {
        // The in-place ufunc's type and casting errors come before any shape error.
        if let first = Self.inPlaceTypeError(
          selected, operand, ufunc: Self.ufuncName(op),
          { a, b throws(PythonError) in try Operators.binary(op.dtypeTwin, a, b) })
        {
          throw first
        }
        if op == .matrixMultiply, let matmul = Self.inPlaceMatmulError(selected, operand, result: nil) { throw matmul }
        if error.message.hasPrefix("operands could not be broadcast together with shapes ") {
          // An in-place ufunc names its output operand too.
          throw PythonError.value(error.message + Self.compactShape(selected.shape) + " ")
        }
      }
      // An element (a NumPy scalar) with a value NumPy wraps as an object array fails in its object loop's operator.
      if Operators.meetsObjectLoop(current, operand) { throw error }
      throw Self.augmentedOperatorError(error, op)
    }
    if case .tensor(let selected) = current, !selected.isScalar, case .tensor(let updated) = result {
      // NumPy's `same_kind` casting of the in-place result: int64 into int8 is allowed (it wraps), float32 into
      // bool is not.
      if updated.dtype != selected.dtype, !DType.canCast(updated.dtype, to: selected.dtype, casting: "same_kind") {
        throw PythonError.ufuncOutputCast(Self.ufuncName(op), from: updated.dtype, to: selected.dtype)
      }
      if updated.shape != selected.shape {
        if op == .matrixMultiply, let matmul = Self.inPlaceMatmulError(selected, operand, result: updated) {
          throw matmul
        }
        throw PythonError.value(
          "non-broadcastable output operand with shape \(Self.compactShape(selected.shape)) doesn't match the "
            + "broadcast shape \(Self.compactShape(updated.shape))")
      }
      result = .tensor(updated)
    }
    try assignItem(container, index, result)
  }

  /// `assignItem` for any container: arrays here, lists and dicts through `Indexing.setItem`.
  private mutating func assignItem(_ container: Value, _ index: Value, _ value: Value) throws(PythonError) {
    if case .tensor(let array) = container {
      try assignItem(array, index, value)
    } else if case .rawArray(let raw) = container, Self.isArrayDTypeView(container) {
      try assignThroughDTypeView(raw, index, value)
    } else {
      try Indexing.setItem(container, index, value)
    }
  }

  private static func isTensor(_ value: Value) -> Bool {
    if case .tensor = value { return true }
    return false
  }

  /// A shape as NumPy's C code writes it in its in-place and broadcasting messages: `(2,3)`, `(3,)`.
  static func compactShape(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
  }

  /// The shape `shapes` broadcast to, or NumPy's ValueError for operands that do not broadcast, listing every shape
  /// as its ufunc machinery does (`np.vectorize`'s and `np.frompyfunc`'s calls raise it).
  static func broadcastShape(of shapes: [[Int]]) throws(PythonError) -> [Int] {
    do {
      return try core { try Tensor.broadcastShapes(shapes) }
    } catch {
      throw PythonError.value(
        "operands could not be broadcast together with shapes \(shapes.map(compactShape).joined(separator: " ")) ")
    }
  }

  /// The ufunc NumPy runs for an arithmetic operator, as its casting and type errors name it.
  static func ufuncName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: "add"
    case .subtract: "subtract"
    case .multiply: "multiply"
    case .divide: "divide"
    case .power: "power"
    case .matrixMultiply: "matmul"
    case .floorDivide: "floor_divide"
    case .modulo: "remainder"
    }
  }

  /// The ufunc NumPy runs for a comparison operator (`<` is `less`); nil for `in` and `is`, which are Python's.
  static func ufuncName(_ op: ComparisonOperator) -> String? {
    switch op {
    case .equal: "equal"
    case .notEqual: "not_equal"
    case .less: "less"
    case .lessOrEqual: "less_equal"
    case .greater: "greater"
    case .greaterOrEqual: "greater_equal"
    case .in, .notIn, .is, .isNot: nil
    }
  }
}
