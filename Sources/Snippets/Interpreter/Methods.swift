import TensorCore

/// Array methods: `x.sum(axis=0)`, `x.reshape(2, 3)`, `x.astype(np.int64)`, `x.item()`.
enum Methods {
  /// Calls `receiver.name(...)`.
  static func call(_ name: String, on receiver: Value, _ call: CallArguments) throws(PythonError) -> Value {
    if Tensor.approximateResultsMayExist, case .tensor(let array) = receiver {
      try NoiseSensitiveCalls.checkMethod(name, of: array, call.positional + call.keywords.map(\.value))
    }
    guard case .tensor = receiver, WideAxes.methods[name] != nil else {
      return try callAnsweringAxes(name, on: receiver, call)
    }
    return try WideAxes.answering(name, isMethod: true, call) { () throws(PythonError) -> Value in
      try callAnsweringAxes(name, on: receiver, call)
    }
  }

  private static func callAnsweringAxes(_ name: String, on receiver: Value, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    var call = call
    if case .tensor(let array) = receiver {
      // `_methods._clip` binds its arguments before NumPy reads the array's dtype.
      if name == "clip" { call = try NumpyArrays.clipMethodOutput(call) }
      try DTypeArguments.checkMethod(name, array, call)
      try KeywordCombinations.checkMethod(name, array, call)
    }
    guard case .tensor = receiver, !call.positional.isEmpty || !call.keywords.isEmpty else {
      return try callChecked(name, on: receiver, call)
    }
    let checked = try UnusualArguments.checked(
      name, try NoneArguments.checked(name, call, isMethod: true), isMethod: true)
    guard UnusualArguments.unusualKind(name, checked, isMethod: true) != nil else {
      return try callChecked(name, on: receiver, checked)
    }
    return try UnusualArguments.refusingUnusual(name, checked, isMethod: true) { () throws(PythonError) -> Value in
      try callChecked(name, on: receiver, checked)
    }
  }

  /// Calls `receiver.name(...)`, an array's arguments checked as NumPy reads them (`call` above).
  private static func callChecked(_ name: String, on receiver: Value, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    if call.positional.isEmpty, call.keywords.isEmpty, case .tensor(let tensor) = receiver, !tensor.dtype.isComplex,
      let reduction = axisReduction(name)
    {
      // `a.sum()` in a loop: what `reduce` computes without arguments, with no binding of absent ones.
      return .tensor(try core { try reduction(tensor, .all, false) })
    }
    if name == "indices", case .slice(let start, let stop, let step) = receiver {
      return try sliceIndices(start, stop, step, call)
    }
    try ComplexGuard.check(name, call, receiver: receiver, isMethod: true)
    if name == "conj" || name == "conjugate" {
      _ = try call.bind([])
      return try NumpyComplex.conjugate(of: receiver)
    }
    let tensor = try receiver.toTensor()
    switch name {
    case "sum", "mean":
      return try reduce(name, tensor, try call.bind(["axis", "dtype", "out", "keepdims"]))
    case "max", "min":
      return try reduce(name, tensor, try call.bind(["axis", "out", "keepdims"]))
    case "transpose" where AutogradTracing.isTraced(receiver):
      // autograd 1.9.1's box has its own method, `transpose(A, axes=None)`: the axes as one argument, by keyword too.
      if call.positional.count > 1 {
        throw PythonError.type(
          "transpose() takes from 1 to 2 positional arguments but \(call.positional.count + 1) were given")
      }
      let bound = try call.bind(["axes"])
      let axes = try bound["axes"].flatMap { (value) throws(PythonError) -> [Int]? in
        if value.isNone { return nil }
        try value.refuseBoolExtents()
        return try AxisConversion.axes(value)
      }
      return .tensor(try core { try tensor.transpose(axes) })
    case "reshape", "transpose":
      if name == "reshape", call.keywords.isEmpty {
        try (call.positional.count == 1 ? call.positional[0] : .tuple(ValueList(call.positional))).checkExtentsFit()
      }
      let shape = try shapeArguments(call)
      // `a.reshape(None)` is NumPy's view of the array in its own shape.
      return .tensor(
        try core { name == "reshape" ? try tensor.reshape(shape ?? tensor.shape) : try tensor.transpose(shape) })
    case "astype":
      let bound = try call.bind(["dtype", "order", "casting", "subok", "copy"], required: 1)
      if case .none? = bound.values["subok"] {
        throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
      }
      if bound["subok"] != nil { throw PythonError.limit("astype(subok=…) is not supported in snippets") }
      if let text = TextDType.parse(bound.value("dtype")) {
        let converted = try StringArrays.text(of: tensor, dtype: text)
        // A NumPy scalar's astype gives a NumPy scalar (np.str_, np.bytes_).
        if tensor.isScalar, let element = converted.elements.first, converted.count == 1 {
          return .textScalar(element, isBytes: text.isBytes)
        }
        return .textArray(converted)
      }
      let dtype = try bound.value("dtype").toDType()
      if let casting = bound.values["casting"] {
        try NumpyDTypes.checkCasting(casting, from: tensor.dtype, to: dtype, scalar: tensor.ndim == 0)
      }
      // The memory order asked for ('A': Fortran's for an array only Fortran-contiguous); nil for 'K', the array's own.
      var layout: String?
      if let order = bound["order"], !order.isNone, case let asked = try NumpyFunctions.creationOrder(order),
        asked != "K"
      {
        let (rowMajor, columnMajor) = tensor.contiguity
        layout = asked == "A" ? (columnMajor && !rowMajor ? "F" : "C") : asked
      }
      if let copy = bound["copy"], try !copy.truthValue(), dtype == tensor.dtype, !tensor.isScalar,
        layout.map({ $0 == "C" ? tensor.contiguity.c : tensor.contiguity.f }) ?? true
      {
        // NumPy's `astype(copy=False)` returns the array itself when nothing is cast and it is held in the order asked.
        return .tensor(tensor)
      }
      var made = try core { try tensor.astype(dtype) }
      // A new array in the order asked for (`ResultLayout.settleMethod` lays out only order='K').
      if let layout, made.ndim > 1 { made.memoryAxes = layout == "F" ? Array((0..<made.ndim).reversed()) : nil }
      return .tensor(made)
    case "item":
      try call.rejectKeywords()
      return try Interpreter.pythonScalar(of: try itemElement(tensor, call.positional))
    case "bit_count" where tensor.isScalar && tensor.dtype.isInteger:
      let owner = scalarTypeName(tensor.dtype)
      if !call.keywords.isEmpty { throw PythonError.type("\(owner).bit_count() takes no keyword arguments") }
      if !call.positional.isEmpty {
        throw PythonError.type("\(owner).bit_count() takes no arguments (\(call.positional.count) given)")
      }
      // The ones of |x| (uint64 values past Int64.max are held as their two's complement bits).
      guard case .int(let bits) = try core({ try tensor.item() }) else { return .none }
      let ones = tensor.dtype == .uint64 ? bits.nonzeroBitCount : bits.magnitude.nonzeroBitCount
      return .int(ones)
    case "hex" where tensor.isScalar && tensor.dtype == .float64:
      // Every bit shows: refused for a value computed from a decomposition, as its repr is.
      if let refusal = tensor.approximateDigitsRefusal(everyDigit: true) { throw PythonError(refusal) }
      guard case .double(let value) = try core({ try tensor.item() }) else { return .none }
      return try PythonNumbers.method(name, on: .float(value), call)
    case "is_integer", "as_integer_ratio":
      if name == "as_integer_ratio", let refusal = tensor.approximateDigitsRefusal(everyDigit: true) {
        throw PythonError(refusal)
      }
      // NumPy's scalar methods, named by their class in errors (`float32.is_integer()`, `integer.is_integer()`), and
      // computed as Python's float methods on the exactly widened value.
      let owner = tensor.dtype.isInteger ? "integer" : scalarTypeName(tensor.dtype)
      if !call.keywords.isEmpty { throw PythonError.type("\(owner).\(name)() takes no keyword arguments") }
      if !call.positional.isEmpty {
        throw PythonError.type("\(owner).\(name)() takes no arguments (\(call.positional.count) given)")
      }
      if tensor.dtype.isInteger { return .bool(true) }
      guard case .double(let value) = try core({ try tensor.item() }) else { return .none }
      return try PythonNumbers.method(
        name, on: .float(value), CallArguments(function: name, positional: [], keywords: [], positionalTexts: []))
    case "tolist":
      // NumPy's C method words its argument error so.
      let given = call.positional.count + call.keywords.count
      if given > 0 { throw PythonError.type("function takes exactly 0 arguments (\(given) given)") }
      let list = try pythonList(tensor)
      ApproximateFloats.note(list, from: tensor)
      return list
    case "copy", "flatten":
      _ = try call.bind([])
      return .tensor(try core { name == "copy" ? try tensor.copy() : try tensor.flatten() })
    case "dot":
      let other = try call.bind(["b"], required: 1).value("b").toTensor()
      return .tensor(try core { try tensor.dot(other) })
    case "squeeze":
      let axisValue = try call.bind(["axis"])["axis"]
      let axes = try axisValue.map { (value) throws(PythonError) in try AxisConversion.axes(value) }
      let isSingleAxis = axisValue.map(NumpyFunctions.isSingleAxis) ?? false
      return .tensor(try core { try tensor.squeeze(axes, isSingleAxis: isSingleAxis) })
    case "view":
      // A new array object over the same memory (the interpreter gives it the view's geometry); reinterpreting
      // the bytes as another dtype is not supported.
      let bound = try call.bind(["dtype", "type"])
      if let type = bound.values["type"] {
        // Only ndarray itself (an explicit None is no type): its subclasses (np.matrix, a snippet's own) are not
        // views snippets make.
        guard case .function("numpy.ndarray") = type else {
          if case .function(let name) = type, name.hasPrefix("numpy.") {
            throw NumpyArrays.unsupported("ndarray.view(type=\(name.dropFirst(6))) is not supported in snippets")
          }
          throw PythonError.value("Type must be a sub-type of ndarray type")
        }
      }
      if let dtype = bound["dtype"], !dtype.isNone, try dtype.toDType() != tensor.dtype {
        throw NumpyArrays.unsupported("ndarray.view(dtype) reinterprets the bytes as another dtype")
      }
      return .tensor(tensor)
    default:
      if NumpyArrays.methods.contains(name) { return try NumpyArrays.method(name, on: tensor, call) }
      if NumpyEverydayMethods.methods.contains(name) { return try NumpyEverydayMethods.call(name, on: tensor, call) }
      throw PythonError("AttributeError", "'\(receiver.typeName)' object has no attribute '\(name)'")
    }
  }

  /// The element `a.item(*args)` names: the array itself without arguments, a flat (C-order) index for one int,
  /// a full index for one tuple or one int per axis, with NumPy's errors.
  private static func itemElement(_ tensor: Tensor, _ arguments: [Value]) throws(PythonError) -> Tensor {
    if arguments.isEmpty { return tensor }
    var indices: [Value] = arguments
    var isTuple = false
    if arguments.count == 1, case .tuple = arguments[0] {
      indices = try Interpreter.iterationItems(arguments[0])
      isTuple = true
      // An empty tuple is no index at all: the array must then hold one element.
      if indices.isEmpty {
        guard tensor.size == 1 else {
          throw PythonError.value("can only convert an array of size 1 to a Python scalar")
        }
        return try core { try tensor.flatten().index([.int(0)]) }
      }
    }
    // Several indices are counted against the dimensions before any is converted.
    if isTuple || arguments.count > 1, indices.count != tensor.ndim {
      throw PythonError.value("incorrect number of indices for array")
    }
    // NumPy's C index converter, each index in order: a bool is no int, nor an int past 63 bits a C long.
    var converted: [Int] = []
    for index in indices {
      if index.isBoolNumber { throw PythonError.type("an integer is required") }
      if index.exceedsIntp { throw PythonError("OverflowError", "Python int too large to convert to C long") }
      converted.append(try index.toInt())
    }
    if arguments.count == 1 && !isTuple {
      let flat = converted[0]
      let size = tensor.size
      if flat < -size || flat >= size {
        throw PythonError("IndexError", "index \(flat) is out of bounds for size \(size)")
      }
      return try core { try tensor.flatten().index([.int(flat < 0 ? flat + size : flat)]) }
    }
    return try core { try tensor.index(converted.map { .int($0) }) }
  }

  /// Accepts `order='C'` (NumPy's default, row-major, which is how reshape reads here); refuses the other orders by
  /// name, and gives NumPy's errors for what is no order at all.
  static func requireRowMajorOrder(_ order: Value) throws(PythonError) {
    guard case .string(let text) = order else {
      if order.isNone { return }
      throw PythonError.type("order must be str, not \(order.typeName)")
    }
    switch text {
    case "C", "c": return
    case "F", "f", "A", "a", "K", "k":
      var error = PythonError(
        "NotImplementedError", "reshape(order=…) is not part of the snippet language (NumPy has it)")
      error.isLimit = true
      throw error
    default:
      throw PythonError.value("order must be one of 'C', 'F', 'A', or 'K' (got '\(text)')")
    }
  }

  /// `reshape(2, 3)`, `reshape((2, 3))` and `transpose()`: the shape as separate ints or one sequence.
  /// A Python or NumPy bool or float (NumPy scalar included), which no shape argument takes.
  private static func isNonIntegerNumber(_ value: Value) -> Bool {
    switch value {
    case .bool, .float: true
    case .tensor(let tensor): tensor.isScalar && (tensor.dtype == .bool || tensor.dtype.isFloat)
    default: false
    }
  }

  static func shapeArguments(_ call: CallArguments) throws(PythonError) -> [Int]? {
    // The methods take the shape or axes positionally only (NumPy 2.4): `a.reshape(shape=…)` is NumPy's TypeError.
    if call.function == "transpose", !call.keywords.isEmpty {
      throw PythonError.type("ndarray.transpose() takes no keyword arguments")
    }
    if call.function != "reshape", let keyword = call.keywords.first {
      throw PythonError.type("\(call.function)() got an unexpected keyword argument '\(keyword.name)'")
    }
    for (name, value) in call.keywords {
      switch name {
      case "order": try requireRowMajorOrder(value)
      case "copy":
        var error = PythonError(
          "NotImplementedError", "reshape(copy=…) is not part of the snippet language (NumPy has it)")
        error.isLimit = true
        throw error
      default: throw PythonError.type("'\(name)' is an invalid keyword argument for this function")
      }
    }
    switch call.positional.count {
    case 0:
      if call.function == "reshape" { throw PythonError.type("reshape() takes exactly 1 argument (0 given)") }
      return nil
    case 1:
      let shape = call.positional[0]
      try shape.refuseBoolExtents()
      if Self.isNonIntegerNumber(shape) || shape.repr.hasPrefix("<class ") {
        // NumPy's PyArray_IntpConverter: one number that is not an integer is neither a shape nor an extent.
        throw PythonError.type("expected a sequence of integers or a single integer, got '\(shape.repr)'")
      }
      if shape.isNone { return nil }
      return call.function == "transpose" ? try AxisConversion.axes(shape) : try shape.toShape()
    default:
      // NumPy converts the items in order: the first that is no int raises, a bool with its C converter's words.
      var shape: [Int] = []
      for value in call.positional {
        if value.isBoolNumber { throw PythonError.type("an integer is required") }
        shape.append(call.function == "transpose" ? try value.toAxis() : try value.toInt())
      }
      return shape
    }
  }

  /// What `a.name(axis, keepdims=…)` computes for an array when `name` is `sum`, `mean`, `max` or `min` and neither a
  /// dtype nor an out is given: the end of `Methods.reduce`, and what a compiled call site resolves once for the
  /// method's name (`a.sum()`, `Compiler.axisReductionCall`). Nil for any other name.
  static func axisReduction(_ name: String) -> (@Sendable (Tensor, Axes, Bool) throws -> Tensor)? {
    switch name {
    case "sum": { try $0.sum(axis: $1, keepdims: $2) }
    case "mean": { try $0.mean(axis: $1, keepdims: $2) }
    case "max": { try $0.max(axis: $1, keepdims: $2) }
    case "min": { try $0.min(axis: $1, keepdims: $2) }
    default: nil
    }
  }

  static func reduce(_ name: String, _ tensor: Tensor, _ bound: BoundArguments) throws(PythonError) -> Value {
    // A ufunc reduction converts its dtype before its out (`a.sum(1, 0, 1)` names the dtype).
    if name != "mean", let given = bound["dtype"] { _ = try given.toDType() }
    if let out = bound["out"] {
      // NumPy's ufunc reductions read `out` with their arguments, before the axes; np.mean counts its items (and
      // checks its axes) first, so its error for an `out` that is no array is left refused.
      if name != "mean", !NumpyArrays.isOutputArray(out) {
        throw PythonError.type("return arrays must be of ArrayType")
      }
      throw NumpyDTypes.unsupported("out= is not supported in snippets")
    }
    let axes = try bound["axis"]?.toAxes() ?? .all
    let keepdims = try bound.flag("keepdims")
    if let given = bound["dtype"] {
      // NumPy converts the elements to `dtype` and reduces in it: a float32 sum is float32's pairwise sum, an
      // int8 sum wraps as int8.
      let dtype = try given.toDType()
      if name == "mean" {
        // np.mean checks its axes strictly (an axis 0 or -1 of a 0-d array too), which the sums below do not.
        _ = try core { try Tensor.zeros(tensor.shape.map { _ in 1 }).mean(axis: axes) }
      }
      if dtype == .bool || dtype.isComplex || (name == "mean" && dtype.isInteger && tensor.size == 0) {
        throw NumpyDTypes.unsupported("np.\(name)(..., dtype=\(dtype.rawValue)) is not supported in snippets")
      }
      if name == "mean" && dtype == .float16 {
        // NumPy sums in float16 itself (the float32 sum is a float16 mean's without dtype=), so a sum past 65504 is
        // inf, and divides that sum by the count in float16.
        return .tensor(
          try core {
            let total = try tensor.astype(.float16).sum(axis: axes, keepdims: keepdims).inDType(.float16)
            var count = Tensor(shape: [], storage: .int64([Int64(tensor.size / Swift.max(total.size, 1))]))
            count.isPythonScalar = true
            return try total / count
          })
      }
      if name == "mean" && dtype.isInteger {
        // NumPy sums in the integer dtype (wrapping), divides by the count in float64 and casts the quotient back
        // unsafely, truncating toward zero (`_methods._mean`).
        return .tensor(
          try core {
            let total = try tensor.astype(dtype).sum(axis: axes, keepdims: keepdims).inDType(dtype)
            let count = Double(tensor.size / Swift.max(total.size, 1))
            var quotient = try (try total.astype(.float64) / Tensor(count)).astype(dtype)
            quotient.isScalar = total.isScalar
            return quotient
          })
      }
      if tensor.dtype == .float32, dtype == .float64, tensor.size > 8192 {
        // Followed as for halves into float32 (`Tensor.float32SumInFloat64`).
        return .tensor(
          try core { try tensor.float32SumInFloat64(axis: axes, keepdims: keepdims, mean: name == "mean") })
      }
      if tensor.dtype != dtype, dtype.isInexact, tensor.size > 8192, tensor.dtype != .float16 || dtype != .float32,
        !Self.sumIsExact(tensor, in: dtype)
      {
        // NumPy casts through its 8192-element buffers, summing each piece pairwise and the pieces in turn: other
        // last digits than one pairwise sum of the converted array (exact integer sums aside).
        throw NumpyDTypes.unsupported(
          "np.\(name)(..., dtype=\(dtype.rawValue)) of more than 8192 \(tensor.dtype.rawValue) values is not supported "
            + "in snippets: NumPy sums them through its 8192-element cast buffers; convert first with .astype")
      }
      return .tensor(
        try core {
          // Halves cast to float32 go through NumPy's 8192-element buffers, which docbuild follows.
          if tensor.dtype == .float16 && dtype == .float32 {
            return name == "mean"
              ? try tensor.halfMeanInFloat32(axis: axes, keepdims: keepdims)
              : try tensor.halfSumInFloat32(axis: axes, keepdims: keepdims)
          }
          let converted = try tensor.astype(dtype)
          if name == "mean" { return try converted.mean(axis: axes, keepdims: keepdims) }
          return try converted.sum(axis: axes, keepdims: keepdims).inDType(dtype)
        })
    }
    // Every caller names one of the four (`np.amax` and `np.amin` as `max` and `min`).
    guard let reduction = axisReduction(name) else { throw PythonError.limit("ndarray.\(name) is not a reduction") }
    return .tensor(try core { try reduction(tensor, axes, keepdims) })
  }
}

extension Methods {
  /// True when every partial sum of `tensor`'s elements is exact in `dtype` (float64), so any order of summation
  /// gives NumPy's: integers whose magnitudes add up to under 2**53, or halves (multiples of 2**-24) whose
  /// magnitudes add up to under 2**29.
  static func sumIsExact(_ tensor: Tensor, in dtype: DType) -> Bool {
    guard dtype == .float64 else { return false }
    if tensor.dtype.isInteger || tensor.dtype == .bool { return tensor.integerSumIsExactInFloat64 }
    guard tensor.dtype == .float16 else { return false }
    var total = 0.0
    for value in tensor.doubles {
      guard value.isFinite else { return false }
      total += Swift.abs(value)
    }
    return total < 0x1p29
  }

  /// `a.tolist()`: nested lists of Python numbers in C order, a 0-d array's one number as itself.
  static func pythonList(_ tensor: Tensor) throws(PythonError) -> Value {
    try WorkMeter.charge(tensor.size)
    let elements: [Value]
    switch tensor.storage {
    case .bool(let values): elements = values.map { .bool($0) }
    case .int64(let values): elements = values.map { .pythonInt($0, of: tensor.dtype) }
    case .float64(let values): elements = values.map { .float($0) }
    case .complex128(let values): elements = values.map { .complex($0) }
    }
    return nestedLists(elements, shape: tensor.shape)
  }

  /// `elements`, in C order, as nested lists of `shape` (what `tolist()` gives); a 0-d shape's one element as itself.
  static func nestedLists(_ elements: [Value], shape: [Int]) -> Value {
    if shape.isEmpty { return elements[0] }
    func nested(axis: Int, offset: Int, stride: Int) -> Value {
      let inner = stride / Swift.max(shape[axis], 1)
      if axis == shape.count - 1 { return .list(ValueList(Array(elements[offset..<offset + shape[axis]]))) }
      return .list(
        ValueList((0..<shape[axis]).map { nested(axis: axis + 1, offset: offset + $0 * inner, stride: inner) }))
    }
    return nested(axis: 0, offset: 0, stride: shape.reduce(1, *))
  }
}

extension Methods {
  /// `slice.indices(length)`: CPython's `PySlice_GetIndicesEx` bounds, the start and stop clamped into the sequence.
  static func sliceIndices(_ start: Int?, _ stop: Int?, _ step: Int?, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    if !call.keywords.isEmpty { throw PythonError.type("slice.indices() takes no keyword arguments") }
    guard call.positional.count == 1 else {
      throw PythonError.type("slice.indices() takes exactly one argument (\(call.positional.count) given)")
    }
    let length: Int
    switch call.positional[0] {
    case .int(let value): length = value
    case .bool(let flag): length = flag ? 1 : 0
    case .bigInt:
      throw PythonError.limit("slice.indices() of a length past 64 bits is not part of the snippet language")
    case let other: throw PythonError.type("'\(other.typeName)' object cannot be interpreted as an integer")
    }
    let stride = step ?? 1
    if stride == 0 { throw PythonError.value("slice step cannot be zero") }
    if length < 0 { throw PythonError.value("length should not be negative") }
    let lower = stride < 0 ? -1 : 0
    let upper = stride < 0 ? length - 1 : length
    func clamp(_ index: Int?, default absent: Int) -> Int {
      guard var index else { return absent }
      if index < 0 {
        index += length
        if index < lower { index = lower }
      } else if index > upper {
        index = upper
      }
      return index
    }
    return try .makeTuple([
      .int(clamp(start, default: stride < 0 ? upper : lower)), .int(clamp(stop, default: stride < 0 ? lower : upper)),
      .int(stride),
    ])
  }
}

extension Interpreter {
  /// True when `array.sum()` (or `mean`, `max`, `min`, without arguments) at a compiled call site may be computed as
  /// `Methods.callChecked` computes it at the end of the general path, whose other steps then do nothing: no
  /// derivative traces a value (autograd's refusals of attributes and of NumPy's own functions), no flag record
  /// answers for the array, it is no flat iterator (whose attributes are its own) and not complex (`ComplexGuard`),
  /// and it is held in C order (`ResultLayout.settleMethod`). The rest of the path acts on other receivers (object,
  /// date, text, structured and raw arrays), on arguments, or on view methods by name.
  ///
  /// Inlined, so that the fields are read where the caller's `inout` interpreter is: called, the interpreter was
  /// handed over as a copy of its 1,400 bytes, about 240 instructions at every `a.sum()` and `a.astype(…)`.
  @inline(__always)
  func takesFullReductionDirectly(_ array: Tensor) -> Bool {
    derivativeDepth == 0 && !tracesNumpysOwnFunctions && flagRecords.isEmpty && !array.isFlatIterator
      && !array.dtype.isComplex && ResultLayout.leavesMethodResults(of: array)
  }
}
