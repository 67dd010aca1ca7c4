import TensorCore

/// `order=` of `a.ravel`, `a.flatten`, `a.reshape` and `a.copy` (and of `np.ravel`, `np.reshape`, `np.copy`), and
/// `np.asfortranarray`. docbuild holds elements row-major, so Fortran order is composed of what it already follows
/// exactly: `a.ravel('F')` is `a.T.ravel()` and `a.reshape(s, order='F')` is `a.T.reshape(s[::-1]).T` in NumPy too,
/// views and copies included, since a C-order walk of `a.T` is an F-order walk of `a` (a copy's base is NumPy's
/// Fortran-ordered copy of `a`, the same memory). A Fortran
/// copy is a C copy whose memory order is recorded as Fortran's (`Tensor.memoryAxes`).
extension Interpreter {
  /// True when `array.name(…)` may give an order: `order=`, or the one positional argument of `ravel`, `flatten`
  /// and `copy` (checked before anything else is looked at, for the commoner calls without it).
  static func mayTakeMemoryOrder(_ name: String, _ call: CallArguments) -> Bool {
    guard !call.keywords.isEmpty || call.positional.count == 1 else { return false }
    switch name {
    case "reshape": return !call.keywords.isEmpty
    case "ravel", "flatten", "copy": return true
    default: return false
    }
  }

  /// The result of `array.name(…)` with an `order` other than C's; nil when the call reads C order or has no
  /// `order` (the plain method then runs, with its own argument errors).
  mutating func callInMemoryOrder(_ name: String, on array: Tensor, _ call: CallArguments) throws(PythonError)
    -> Value?
  {
    var plain = call
    plain.positionalTexts = []
    let given: Value
    if let slot = plain.keywords.firstIndex(where: { $0.name == "order" }) {
      given = plain.keywords.remove(at: slot).value
    } else if name != "reshape", plain.positional.count == 1 {
      given = plain.positional.removeFirst()
    } else {
      return nil
    }
    var order = try NumpyFunctions.creationOrder(given)
    if name == "reshape" && order == "K" { throw PythonError.value("order 'K' is not permitted for reshaping") }
    if order == "A" || order == "K" { order = try Self.settledOrder(order, of: array, for: name) }
    let receiver = Value.tensor(array)
    switch order {
    case "C":
      return try callValue(.method(receiver, name), plain)
    case "K" where name == "copy":
      // NumPy's `np.copy` keeps the array's memory order, as `a.copy(order='K')` does.
      return try callValue(
        .function("numpy.copy"),
        CallArguments(function: "copy", positional: [receiver], keywords: [], positionalTexts: []))
    case "K":
      // `ravel` and `flatten` of an array whose axes, sorted by stride, walk its memory: NumPy reads it in that
      // order, as the C order of the array transposed to it (a view where that is contiguous, a copy elsewhere).
      guard let axes = Self.memoryWalk(array) else {
        throw PythonError.limit(
          "\(name)(order='K') of an array with negative, zero or equal strides is not supported in snippets: NumPy "
            + "walks its memory in an order docbuild does not follow; give order='C' or order='F'")
      }
      let permutation = CallArguments(
        function: "transpose", positional: [.intTuple(axes)], keywords: [], positionalTexts: [])
      return try callValue(.method(try callValue(.method(receiver, "transpose"), permutation), name), plain)
    default:
      break
    }
    switch name {
    case "ravel", "flatten":
      if array.ndim <= 1 { return try callValue(.method(receiver, name), plain) }
      return try callValue(.method(try transposed(array), name), plain)
    case "copy":
      guard case .tensor(var copied) = try callValue(.method(receiver, name), plain), copied.view == nil else {
        return nil
      }
      if copied.ndim > 1 { copied.memoryAxes = Array((0..<copied.ndim).reversed()) }
      return .tensor(copied)
    default:
      // NumPy's own error for a shape that does not fit names the shape as given, so it is checked in C order first.
      let shape = try Methods.shapeArguments(plain) ?? []
      let resolved = try core { try array.reshape(shape) }.shape
      let reversed = CallArguments(
        function: "reshape", positional: [.intTuple(resolved.reversed())], keywords: [], positionalTexts: [])
      guard case .tensor(let inner) = try callValue(.method(try transposed(array), "reshape"), reversed) else {
        return nil
      }
      let reshaped = try transposed(inner)
      // Where the reshape copies, NumPy's copy is `array` in Fortran order, the same memory as the C-order copy of
      // `array.T` made here; its `.base` is described so.
      if case .tensor(let view) = reshaped, array.ndim >= 2, !view.sharesLineage(with: array) {
        view.describeRootAsFortranCopy()
      }
      // A reshape of an empty array gets strides of its own (`ArrayView.hasUnfollowedStrides`).
      guard array.size == 0, case .tensor(let view) = reshaped, var geometry = view.view else { return reshaped }
      geometry.hasUnfollowedStrides = true
      return .tensor(view.asView(geometry))
    }
  }

  /// `np.ravel(a, order)`, `np.reshape(a, shape, order)` and `np.copy(a, order)` with an order other than their
  /// default, as NumPy's Python runs them: the method of `np.asarray(a)`; nil for every other call.
  mutating func callFunctionInMemoryOrder(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    let method: String
    let orderPosition: Int
    switch name {
    case "numpy.ravel": (method, orderPosition) = ("ravel", 1)
    case "numpy.reshape": (method, orderPosition) = ("reshape", 2)
    case "numpy.copy": (method, orderPosition) = ("copy", 1)
    case "numpy.asfortranarray": return try fortranArray(call)
    default: return nil
    }
    guard let first = call.positional.first, call.positional.count <= orderPosition + 1 else { return nil }
    var rest = call
    rest.positional.removeFirst()
    rest.positionalTexts = []
    rest.function = method
    let order: Value
    if let slot = rest.keywords.firstIndex(where: { $0.name == "order" }) {
      order = rest.keywords.remove(at: slot).value
    } else if rest.positional.count == orderPosition {
      order = rest.positional.removeLast()
    } else {
      return nil
    }
    // np.copy's default is 'K' (the array's own order), the others' 'C'.
    if order.isNone || ((try? NumpyFunctions.creationOrder(order)) == (method == "copy" ? "K" : "C")) {
      // The function's own default: the call without it.
      var plain = call
      plain.positionalTexts = []
      if let slot = plain.keywords.firstIndex(where: { $0.name == "order" }) {
        plain.keywords.remove(at: slot)
      } else {
        plain.positional.removeLast()
      }
      return try callValue(.function(name), plain)
    }
    guard rest.keywords.allSatisfy({ $0.name == "shape" }) else { return nil }
    if let slot = rest.keywords.firstIndex(where: { $0.name == "shape" }) {
      rest.positional.append(rest.keywords.remove(at: slot).value)
    }
    let array: Tensor
    if case .tensor(let given) = first {
      array = given
    } else {
      guard
        case .tensor(let made) = try callValue(
          .function("numpy.asarray"),
          CallArguments(function: "asarray", positional: [first], keywords: [], positionalTexts: []))
      else { return nil }
      array = made
    }
    rest.keywords.append((name: "order", value: order))
    return try callInMemoryOrder(method, on: array, rest)
  }

  /// `np.asfortranarray(a, dtype=None)`: `a` itself when it is Fortran-contiguous in the dtype asked for, else a new
  /// Fortran-ordered array of at least one dimension.
  private mutating func fortranArray(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "dtype"], required: 1)
    let given = bound.value("a")
    var dtype: DType?
    if let given = bound["dtype"], !given.isNone { dtype = try Self.fortranDType(given, of: bound.value("a")) }
    if case .tensor(let array) = given, array.ndim > 0 {
      if let origin = array.layoutUnknownOrigin {
        throw PythonError.limit(
          "np.asfortranarray of this array is not supported in snippets: it was computed by \(origin), whose memory "
            + "order docbuild does not know, so it cannot tell whether NumPy copies it")
      }
      if array.isFContiguous && (dtype == nil || dtype == array.dtype) { return given }
    }
    var arguments = CallArguments(function: "array", positional: [given], keywords: [], positionalTexts: [])
    if let dtype { arguments.keywords = [(name: "dtype", value: .dtype(dtype))] }
    guard case .tensor(var made) = try callValue(.function("numpy.array"), arguments) else {
      throw PythonError.limit("np.asfortranarray of this value is not supported in snippets: give it a numeric array")
    }
    made = made.asNewArray()
    if made.ndim == 0 {
      var shaped = try core { try made.reshape([1]) }.asNewArray()
      shaped.isScalar = false
      // A view of the 0-d array itself when NumPy need not copy it, else of the 0-d array it made.
      if case .tensor(let array) = given, !array.isScalar, dtype == nil || dtype == array.dtype {
        return .tensor(ViewTracking.oneAxisView(shaped, of: array))
      }
      return .tensor(ViewTracking.oneAxisView(shaped, of: nil))
    }
    made.isScalar = false
    made.memoryAxes = made.ndim > 1 ? Array((0..<made.ndim).reversed()) : nil
    return .tensor(made)
  }

  /// `np.asfortranarray`'s `dtype=`: NumPy's copy of an int64 or uint64 array keeps its `'l'` or `'L'` when a C long
  /// long (`'q'`) is asked for, as the dtypes are equivalent; a view of it or a cast from another dtype is a `'q'`
  /// array, refused (`Value.cLongLongSpelling`).
  private static func fortranDType(_ given: Value, of source: Value) throws(PythonError) -> DType {
    guard given.cLongLongSpelling != nil, case .tensor(let array) = source, array.ndim > 0, !array.isFContiguous,
      !array.hasUnknownLayout, try given.toDTypeIgnoringCLongLong() == array.dtype
    else { return try given.toDType() }
    return array.dtype
  }

  /// `array.T` with NumPy's view of it.
  private mutating func transposed(_ array: Tensor) throws(PythonError) -> Value {
    try attributeView("T", .tensor(array), try Attributes.get("T", of: .tensor(array)))
  }

  /// 'A' and 'K' as the order they read for `array`: Fortran's for an array Fortran- but not C-contiguous ('A'),
  /// or Fortran-contiguous ('K'); C's for a C-contiguous one; 'K' still for an array contiguous in neither order,
  /// whose memory NumPy walks in the order of its strides.
  private static func settledOrder(_ order: String, of array: Tensor, for name: String) throws(PythonError) -> String {
    if array.ndim <= 1 { return "C" }
    if let origin = array.layoutUnknownOrigin {
      throw PythonError.limit(
        "\(name)(order='\(order)') of this array is not supported in snippets: it was computed by \(origin), whose "
          + "memory order docbuild does not know; give order='C' or order='F'")
    }
    let (isC, isF) = array.contiguity
    if order == "A" { return isF && !isC ? "F" : "C" }
    if isC { return "C" }
    if isF { return "F" }
    return "K"
  }

  /// The axes of `array` from the largest stride to the smallest (axes of extent 1 first, where they change
  /// nothing), when every other axis has a positive stride and no two are equal; nil otherwise.
  private static func memoryWalk(_ array: Tensor) -> [Int]? {
    let geometry = array.geometry
    guard geometry.part == .whole, geometry.strides.count == array.ndim else { return nil }
    let moving = array.shape.indices.filter { array.shape[$0] > 1 }
    let strides = moving.map { geometry.strides[$0] }
    guard strides.allSatisfy({ $0 > 0 }), Set(strides).count == strides.count else { return nil }
    let fixed = array.shape.indices.filter { array.shape[$0] <= 1 }
    return fixed + moving.sorted { geometry.strides[$0] > geometry.strides[$1] }
  }
}
