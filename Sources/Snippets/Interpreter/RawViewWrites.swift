import TensorCore

extension Interpreter {
  /// True for `arr.view(other dtype)` of an ordinary array, whose writes go to that array's memory.
  static func isArrayDTypeView(_ value: Value) -> Bool {
    guard case .rawArray(let raw) = value, case .array = raw.source else { return false }
    return true
  }

  /// `y[index] = value` where `y = x.view(dtype)` of an ordinary array `x` (NumPy's exercise 54: `Y =
  /// Z.view(np.int32); Y[:] = Z`): the written elements' bytes replace those of `x`'s memory, and `x` and all of its
  /// views see the new elements, as in NumPy, where the two share one buffer.
  mutating func assignThroughDTypeView(
    _ raw: RawArray, _ index: Value, _ value: Value, readOnly message: String = "assignment destination is read-only"
  ) throws(PythonError) {
    guard case .array(let lineage, let rootType) = raw.source, let root = lineage.root else {
      return try RawArrays.assign(raw, index, value)
    }
    guard raw.isWriteable else { throw PythonError.value(message) }
    var value = value
    if case .string = value, raw.dtype.dtype != .bool {
      // Python's int() or float() of the text, as NumPy's setitem converts a str, then that number written.
      if raw.dtype.dtype.isComplex {
        throw NumpyArrays.unsupported("a str written into a complex array is not supported in snippets")
      }
      let call = CallArguments(
        function: raw.dtype.dtype.isInteger ? "int" : "float", positional: [value], keywords: [], positionalTexts: [])
      value = raw.dtype.dtype.isInteger ? try PythonBuiltins.int(call) : try PythonBuiltins.float(call)
    }
    let items = try Indexing.indexItems(index)
    let current = try raw.values()
    // One element named by integers takes a sequence as NumPy's scalar conversion does (`v[0] = [1]` into an int64
    // view is int()'s TypeError), not broadcast as into a view.
    let packed = try Self.elementWriteOfSequence(current, items, value)
    let source: Tensor
    if let packed { source = packed } else { source = try value.toTensor() }
    let updated = try core { try current.assigning(items, source) }
    let marks = Tensor(shape: raw.shape, storage: .bool([Bool](repeating: false, count: raw.size)))
    let written = try core { try marks.assigning(items, Tensor(true)) }
    guard case .bool(let mask) = written.storage else { return }
    // The new elements in the view's dtype and byte order, laid over the memory's current bytes.
    let cast = updated.dtype == raw.dtype.dtype ? updated : try core { try updated.astype(raw.dtype.dtype) }
    var encoded = ElementBytes.encode(cast)
    if raw.dtype.isSwapped { ElementBytes.swap(&encoded, raw.dtype.dtype) }
    var memory = raw.bytes()
    let itemsize = raw.dtype.dtype.itemsize
    for (position, offset) in raw.offsets.enumerated() where mask[position] {
      for k in 0..<itemsize { memory[offset + k] = encoded[position * itemsize + k] }
    }
    // The memory read back as the array's own elements. A float16 or float32 signalling NaN would come back quieted
    // (docbuild holds such numbers as doubles), so bytes that make one are refused rather than shown changed.
    if ElementBytes.hasSignalingNaN(memory, rootType) {
      throw PythonError.limit(
        "this write through a view as another dtype makes a signalling NaN of the \(rootType.rawValue) array it "
          + "views, which docbuild cannot hold unchanged: write to a copy (arr.view(dtype).copy()) instead")
    }
    let count = root.shape.reduce(1, *)
    let rootItemsize = rootType.itemsize
    let elements = try ElementBytes.decode(
      memory, offsets: (0..<count).map { $0 * rootItemsize }, dtype: rootType, swapped: false, shape: [count])
    // The whole memory, as one flat view of it, takes the new elements: every holder of the array sees them.
    let whole = elements.asView(ArrayView(offset: 0, strides: [1]), of: lineage)
    try replaceEverywhere(whole, with: elements)
  }
}
