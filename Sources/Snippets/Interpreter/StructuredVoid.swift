import TensorCore

/// NumPy's unstructured void arrays (`x.view(np.dtype((np.void, n)))`), as NumPy's 100 exercises make one to find
/// an array's unique rows (`np.unique(T, return_index=True)`): each element is `n` raw bytes of `x`'s memory. They
/// print, give their shape, index by element and slice, and take `np.unique`; the rest is refused by name.
extension StructArray {
  /// The methods an unstructured void array answers here (each a copy or view of whole elements).
  static let opaqueVoidMethods: Set<String> = ["copy", "ravel", "flatten", "reshape"]

  /// `x.view(np.dtype((np.void, n)))` of a number array: each element the bytes of `n / itemsize` consecutive
  /// elements of `x`'s last axis, as NumPy's view reads the memory. The bytes are copied here; the interpreter links
  /// the two so that a write into either is refused while both are alive (`RecfunctionViewLinks`).
  static func viewingBytes(_ tensor: Tensor, as dtype: StructDType) throws(PythonError) -> StructArray {
    let width = tensor.dtype.itemsize
    guard dtype.itemsize % width == 0 else {
      throw StructuredArrays.opaqueVoidRefusal(
        "a view as void elements that split a \(tensor.dtype.rawValue) element")
    }
    if tensor.dtype.isComplex { throw StructuredArrays.opaqueVoidRefusal("a view of a complex array") }
    let group = dtype.itemsize / width
    guard let last = tensor.shape.last, !tensor.isScalar else {
      throw StructuredArrays.opaqueVoidRefusal("a view of a 0-d array or NumPy scalar")
    }
    let shape = try viewShape(tensor, last: last, grouping: group)
    let bytes = ElementBytes.encode(tensor)
    let count = shape.reduce(1, *)
    try WorkMeter.charge(bytes.count)
    var elements: [String] = []
    elements.reserveCapacity(count)
    for index in 0..<count {
      let part = bytes[(index * dtype.itemsize)..<((index + 1) * dtype.itemsize)]
      elements.append(String(String.UnicodeScalarView(part.map { Unicode.Scalar($0) })))
    }
    guard case .text(let textType) = dtype.fields[0].format else { throw StructuredArrays.refusal("this void") }
    return StructArray(columns: ["": .text(TextStorage(elements), textType)], shape: shape, dtype: dtype)
  }
}

extension StructuredArrays {
  /// The refusal of `what` on an unstructured void array.
  static func opaqueVoidRefusal(_ what: String) -> PythonError {
    PythonError.limit(
      "\(what) of a NumPy void array (dtype 'V…') is not supported in snippets: they have views of number arrays, "
        + "printing, shape, element and slice indexing, reshape, ravel, copy and np.unique")
  }

  /// True when an argument of `call` is an unstructured void array or dtype.
  static func involvesOpaqueVoid(_ call: CallArguments) -> Bool {
    func opaque(_ value: Value) -> Bool {
      switch value {
      case .structArray(let array): array.dtype.isOpaqueVoid
      case .structDType(let dtype): dtype.isOpaqueVoid
      case .list(let items), .tuple(let items): items.contains { opaque($0) }
      default: false
      }
    }
    return call.positional.contains(where: opaque) || call.keywords.contains { opaque($0.value) }
  }

  /// `np.unique` of a void array: the elements' bytes compared as unsigned bytes one after another (NumPy's
  /// `memcmp`), sorted stably (NumPy's mergesort when indices are asked for; equal elements are the same bytes, so
  /// the order among them shows only in the indices).
  static func uniqueVoid(
    _ array: StructArray, index wantsIndex: Bool, inverse wantsInverse: Bool, counts wantsCounts: Bool
  ) throws(PythonError) -> Value {
    let flat = try array.raveled().copied()
    guard case .textArray(let text) = try flat.field("") else { throw opaqueVoidRefusal("np.unique") }
    let keys = text.elements.map { $0.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
    try WorkMeter.charge(keys.count * 20)
    let order = (0..<keys.count).sorted { a, b in
      keys[a].lexicographicallyPrecedes(keys[b]) || (keys[a] == keys[b] && a < b)
    }
    var firsts: [Int] = []
    for (rank, element) in order.enumerated() where rank == 0 || keys[order[rank - 1]] != keys[element] {
      firsts.append(rank)
    }
    return try uniqueResults(
      flat, order: order, firsts: firsts, shape: array.shape, index: wantsIndex, inverse: wantsInverse,
      counts: wantsCounts)
  }
}
