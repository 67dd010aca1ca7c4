import TensorCore

/// The attributes and functions that describe NumPy's memory: `.base`, `.flags`, `.strides`, `.flat`, `a.view()`,
/// `a.resize()`, `np.shares_memory` and `np.may_share_memory`.
enum ArrayViewAttributes {
  /// Attribute names answered here.
  static let names: NameSet = ["base", "flags", "strides", "flat"]
  /// `np.` functions answered here.
  static let functions: NameSet = ["shares_memory", "may_share_memory", "isfortran"]
  /// The flags NumPy's `flags` object prints, in its order.
  static let flagNames = ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"]

  /// `array.name` for the memory attributes.
  static func attribute(_ name: String, of tensor: Tensor) throws(PythonError) -> Value {
    if StructuredArrays.isFieldView(tensor) { throw StructuredArrays.refusal("a.\(name) of a field") }
    if name != "flat" { try RecfunctionViewLinks.current?.checkDescribed(tensor, "a.\(name)") }
    // The flags need the order of two axes of extent above 1; the strides that, or the place of an axis of extent 1.
    if name == "strides" || name == "flags", let origin = tensor.layoutUnknownOrigin,
      tensor.shape.filter({ $0 > 1 }).count > 1 || (name == "strides" && tensor.shape.contains(1))
    {
      throw PythonError.limit(
        "a.\(name) of an array that \(origin) made from a transposed or strided array is not supported: docbuild "
          + "does not follow the memory order NumPy gives that result")
    }
    switch name {
    case "base":
      if tensor.geometry.isStrideTrickView { throw StrideTricks.baseRefusal() }
      guard !tensor.isScalar, let base = tensor.baseArray() else { return .none }
      return .tensor(base)
    case "strides":
      let geometry = tensor.geometry
      if tensor.isScalar || geometry.positions != nil { return .intTuple([]) }
      if geometry.hasUnfollowedStrides {
        throw PythonError.limit(
          "a.strides of this view is not supported: NumPy gives a reshaped empty array strides of its own, keeps "
            + "an empty view's strides through further views, and steps a diagonal's axis of extent 1 over the two "
            + "axes it joins, which docbuild does not follow here")
      }
      if tensor.size == 0, let strides = emptyStrides(tensor) { return .intTuple(strides) }
      let itemsize = tensor.dtype.itemsize * (geometry.part == .whole ? 1 : 2)
      return .intTuple(geometry.strides.map { $0 * itemsize })
    case "flat":
      // NumPy's flat iterator reads and writes the array in row-major order; here it is a 1-d view of it, marked as
      // the iterator (FlatIterator.swift says where it is not an array).
      if tensor.isScalar { return .tensor(try core { try tensor.reshape([1]) }) }
      tensor.ensureRoot()
      var flat = try core { try tensor.flatten() }
      flat.lineage = tensor.lineage
      let geometry = tensor.geometry
      var view = ArrayView(offset: 0, strides: [1], part: geometry.part).inheriting(from: geometry)
      let knowsOrder = !tensor.hasUnknownLayout
      view.flatIterator = FlatIteratorState(
        iteratesView: tensor.view != nil, shape: tensor.shape,
        wrapsAtEnd: tensor.ndim < 3 ? false : knowsOrder ? !tensor.isCContiguous : nil)
      if tensor.isCContiguous, let first = tensor.rootPositions().first {
        view.offset = first
      } else if tensor.size > 0 {
        view.positions = tensor.rootPositions()
      }
      return .tensor(flat.asView(view))
    default:
      return .rendered(flagsText(tensor))
    }
  }

  /// NumPy's strides of an empty array where they are not its geometry's: NumPy allocates no memory for a new empty
  /// array and gives it strides of 0 (`PyArray_NewFromDescr_int`), which its slices, transposes and indexed views
  /// keep (each a multiple of them); nil for a view of memory that is not empty (`a[:0]`), whose strides are its
  /// geometry's.
  private static func emptyStrides(_ tensor: Tensor) -> [Int]? {
    if tensor.isView, let root = tensor.lineage.root, root.shape.reduce(1, *) > 0 { return nil }
    return [Int](repeating: 0, count: tensor.ndim)
  }

  /// The flags object as NumPy prints it (its `repr` and `str` are the same lines).
  static func flagsText(_ tensor: Tensor) -> String {
    // An empty array is contiguous both ways (`_UpdateContiguousFlags`), whatever its strides; a NumPy scalar is
    // never writeable.
    let isEmpty = tensor.size == 0
    let values = [
      isEmpty || tensor.isCContiguous, isEmpty || tensor.isFContiguous, tensor.ownsData,
      !tensor.isScalar && tensor.isWriteable, true, false,
    ]
    let isOwnerOfScalar = tensor.isScalar
    let warnsOnWrite = tensor.geometry.warnsOnWrite
    return zip(flagNames, values).map { name, value in
      // NumPy's view from np.broadcast_arrays is writeable with a warning (docbuild keeps it unwritten).
      if name == "WRITEABLE" && warnsOnWrite { return "  WRITEABLE : True  (with WARN_ON_WRITE=True)" }
      let shown = isOwnerOfScalar && name == "OWNDATA" ? true : value
      return "  \(name) : \(shown ? "True" : "False")"
    }.joined(separator: "\n") + "\n"
  }

  /// `a.flags['C_CONTIGUOUS']` and `a.flags.c_contiguous`, read from the flags text; nil when `text` is not one.
  static func flag(_ key: String, in text: String, attribute: Bool) throws(PythonError) -> Value? {
    guard text.hasPrefix("  C_CONTIGUOUS : ") else { return nil }
    let short: [String: String] = ["C": "C_CONTIGUOUS", "F": "F_CONTIGUOUS", "O": "OWNDATA", "W": "WRITEABLE"]
    let name = attribute ? key.uppercased() : (short[key] ?? key)
    for line in text.split(separator: "\n") where line.hasPrefix("  \(name) : ") {
      // `WRITEABLE : True  (with WARN_ON_WRITE=True)` is True.
      return .bool(line.dropFirst(name.count + 5).hasPrefix("True"))
    }
    if attribute { throw PythonError("AttributeError", "'numpy.flagsobj' object has no attribute '\(key)'") }
    throw PythonError("KeyError", "Unknown flag")
  }

  /// `np.shares_memory(a, b)` (exact: some element of one is an element of the other) and `np.may_share_memory(a, b)`
  /// (NumPy's bounds test: the spans of memory overlap).
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    if name == "isfortran" {
      // NumPy's `a.flags.fnc`: Fortran-contiguous and not C-contiguous (a 1-d array is both).
      let value = try call.bind(["a"], required: 1).value("a")
      guard case .tensor(let a) = value else {
        throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute 'flags'")
      }
      guard case .rendered = try attribute("flags", of: a) else { return .bool(false) }
      return .bool(a.isFContiguous && !a.isCContiguous)
    }
    let bound = try call.bind(["a", "b", "max_work"], required: 2)
    for case .tensor(let operand) in [bound.value("a"), bound.value("b")] {
      try RecfunctionViewLinks.current?.checkDescribed(operand, "np.\(name)")
    }
    guard case .tensor(let a) = bound.value("a"), case .tensor(let b) = bound.value("b"), !a.isScalar, !b.isScalar,
      a.sharesLineage(with: b), a.size > 0, b.size > 0
    else { return .bool(false) }
    let first = a.rootPositions()
    let second = b.rootPositions()
    if name == "may_share_memory" {
      return .bool(first.min()! <= second.max()! && second.min()! <= first.max()!)
    }
    let partA = a.geometry.part
    let partB = b.geometry.part
    if partA != partB && partA != .whole && partB != .whole { return .bool(false) }
    let seen = Set(first)
    return .bool(second.contains { seen.contains($0) })
  }
}

extension Interpreter {
  /// `a.resize(new_shape)`: NumPy's in-place resize of an array that owns its memory and has no views, filled with
  /// zeros where it grows; returns None.
  mutating func resizeArray(_ array: Tensor, _ call: CallArguments) throws(PythonError) -> Value {
    try recfunctionLinks.checkDescribed(array, "a.resize")
    if array.ownsData && StructuredArrays.isFieldView(array) {
      // NumPy refuses it too (the structured view references the array), in words that name its base chain.
      throw StructuredArrays.refusal("a.resize of an array whose memory a structured array views")
    }
    var arguments = call
    // NumPy's C int converter reads refcheck: only an int or a bool (and NumPy's ints) pass.
    let refcheckValue = arguments.keywords.first { $0.name == "refcheck" }?.value
    switch refcheckValue {
    case nil, .int?, .bool?: break
    case .bigInt?: throw PythonError("OverflowError", "Python int too large to convert to C long")
    case let other? where other.isIntegerNumber || other.isBoolNumber: break
    case let other?: throw PythonError.type("'\(other.typeName)' object cannot be interpreted as an integer")
    }
    let refcheck = try refcheckValue?.truthValue() ?? true
    arguments.keywords.removeAll { $0.name == "refcheck" }
    try arguments.rejectKeywords()
    // `a.resize(None)` changes nothing.
    if arguments.positional.count == 1, case .none = arguments.positional[0] { return .none }
    if arguments.positional.count == 1 {
      switch arguments.positional[0] {
      case .bool, .float:
        throw PythonError.type(
          "expected a sequence of integers or a single integer, got '\(arguments.positional[0].repr)'")
      case .bigInt: throw PythonError.value("Maximum allowed dimension exceeded")
      default: break
      }
    }
    let shape: [Int]
    if arguments.positional.count == 1 {
      shape = try arguments.positional[0].toShape()
    } else {
      shape = try arguments.positional.map { (value) throws(PythonError) in try value.toInt() }
    }
    if shape.contains(where: { $0 < 0 }) {
      throw PythonError.value("negative dimensions not allowed")
    }
    if !array.ownsData { throw PythonError.value("cannot resize this array: it does not own its data") }
    // NumPy resizes the memory, so the elements kept are the first ones in that memory's order, and gives the new
    // shape Fortran's strides when the array was Fortran- but not C-contiguous (`_array_fill_strides`), else C's.
    let isFortran =
      array.ndim > 1 && !array.hasUnknownLayout && array.isFContiguous && !array.isCContiguous
    if array.ndim > 1 && (array.memoryAxes != nil || array.hasUnknownLayout) && !isFortran
      && (array.hasUnknownLayout || !array.isCContiguous)
    {
      throw PythonError.limit(
        "a.resize of an array NumPy keeps in another memory order than C's or Fortran's (a transpose's result) is "
          + "not supported in snippets: resize a C-ordered copy (np.ascontiguousarray(a))")
    }
    let count = shape.reduce(1, *)
    if isFortran {
      return try resizeFortranArray(array, to: shape, refcheck: refcheck)
    }
    if count == array.size {
      // The same memory in a new shape: NumPy checks nothing, and the views keep reading the same elements.
      var reshaped = try core { try array.reshape(shape) }
      reshaped.lineage = array.lineage
      if var root = array.lineage.root {
        root.shape = shape
        array.lineage.root = root
      }
      try transformEverywhere { $0.isSameObject(as: array) ? reshaped : nil }
      return .none
    }
    let holders = reachableTensors().filter { $0.sharesLineage(with: array) }
    let views = holders.contains { !$0.isSameObject(as: array) }
    if views && !refcheck {
      var error = PythonError(
        "NotImplementedError", "resize(refcheck=False) with views of the array leaves them reading freed memory")
      error.isLimit = true
      throw error
    }
    if refcheck && (views || holders.count > 1) {
      throw PythonError.value(
        "cannot resize an array that references or is referenced\nby another object in this way.\n"
          + "Use the np.resize function to get a new resized copy or\n set refcheck=False to disable this check")
    }
    let resized = try core { () throws -> Tensor in
      let flat = try array.reshape([-1])
      if count <= array.size {
        return try flat.index([.slice(start: 0, stop: count, step: 1)]).copy().reshape(shape)
      }
      let zeros = try Tensor.zeros([count - array.size], dtype: array.dtype)
      return try Tensor.concatenate([flat, zeros], axis: 0).reshape(shape)
    }
    array.lineage.root = nil  // no view is left: the resized memory starts a new root when one is taken
    var owner = resized
    owner.lineage = array.lineage
    try transformEverywhere { $0.isSameObject(as: array) ? owner : nil }
    return .none
  }
}

extension Interpreter {
  /// `a.resize(new_shape)` of a Fortran-ordered array (Fortran- but not C-contiguous): NumPy keeps its memory, read in
  /// Fortran order, cuts it or extends it with zeros, and lays the new shape over it with Fortran strides. With the
  /// same number of elements NumPy checks no references and its views keep their old geometry, which is refused
  /// here when the array has views.
  private mutating func resizeFortranArray(_ array: Tensor, to shape: [Int], refcheck: Bool) throws(PythonError)
    -> Value
  {
    let holders = reachableTensors().filter { $0.sharesLineage(with: array) }
    let views = holders.contains { !$0.isSameObject(as: array) }
    let count = shape.reduce(1, *)
    if views && (count == array.size || !refcheck) {
      throw PythonError.limit(
        "a.resize of a Fortran-ordered array with views of it is not supported in snippets: the views keep reading "
          + "its old memory")
    }
    if count != array.size && refcheck && (views || holders.count > 1) {
      throw PythonError.value(
        "cannot resize an array that references or is referenced\nby another object in this way.\n"
          + "Use the np.resize function to get a new resized copy or\n set refcheck=False to disable this check")
    }
    let resized = try core { () throws -> Tensor in
      // The memory in order: the array transposed is C-ordered over it.
      let flat = try array.transpose(Array((0..<array.ndim).reversed())).reshape([-1])
      let kept =
        count <= array.size
        ? try flat.index([.slice(start: 0, stop: count, step: 1)])
        : try Tensor.concatenate([flat, try Tensor.zeros([count - array.size], dtype: array.dtype)], axis: 0)
      return try kept.reshape(shape.reversed()).transpose(Array((0..<shape.count).reversed())).copy()
    }
    var owner = resized.asNewArray()
    owner.memoryAxes = shape.count > 1 ? Array((0..<shape.count).reversed()) : nil
    array.lineage.root = nil  // no view is left: the resized memory starts a new root when one is taken
    owner.lineage = array.lineage
    try transformEverywhere { $0.isSameObject(as: array) ? owner : nil }
    return .none
  }
}
