import TensorCore

/// NumPy's repr and str of structured arrays and their elements.
extension StructArray {
  /// Each printed element's text, `('Alice', 25, 55. )`: every field formatted by its own formatter fitted to the
  /// printed elements of that field (NumPy's `StructuredVoidFormat`).
  private func elementFormatter() throws(PythonError) -> (Int) -> String {
    if dtype.isOpaqueVoid {
      guard case .textArray(let text) = try field("") else { throw StructuredArrays.refusal("printing this void") }
      let items = text.elements
      return { Self.voidBytesText(items[$0]) }
    }
    try refuseSummarisedSubarrays()
    let printed = Tensor.printedIndices(shape: shape)
    var parts: [(Int) -> String] = []
    for entry in dtype.fields {
      switch try field(entry.name) {
      case .tensor(let tensor) where !entry.shape.isEmpty:
        // NumPy's SubArrayFormat: the field's formatter fitted to every printed element's values, each sub-array
        // in nested brackets.
        let size = entry.shape.reduce(1, *)
        let values = tensor.fieldFormatter(
          printedIndices: printed.flatMap { element in (0..<size).map { element * size + $0 } })
        parts.append { Self.subarrayText(entry.shape, start: $0 * size, values) }
      case .tensor(let tensor):
        parts.append(tensor.fieldFormatter(printedIndices: printed))
      case .textArray(let text):
        let items = text.elements
        let isBytes = text.dtype.isBytes
        parts.append { isBytes ? Value.bytesRepr(items[$0]) : Value.quote(items[$0]) }
      case .structArray(let inner):
        // A nested structure prints as a tuple inside the element's, its fields fitted to the printed elements.
        parts.append(try inner.elementFormatter())
      default: throw StructuredArrays.refusal("printing this field")
      }
    }
    return { index in
      let texts = parts.map { $0(index) }
      return "(" + texts.joined(separator: ", ") + (texts.count == 1 ? ",)" : ")")
    }
  }

  /// `repr(a)`: `array([('Alice', 25, 55. ), ...], dtype=[...])`, `rec.array(...)`, `np.void(...)`; nil past `limit`.
  func reprText(limit: Int = .max) throws(PythonError) -> String? {
    if isVoid && dtype.isOpaqueVoid { return "np.void(" + (try voidText()) + ")" }
    if isVoid {
      return (dtype.isRecord ? "np.record(" : "np.void(") + (try voidText()) + ", dtype=" + dtype.plainText + ")"
    }
    let prefix = isRecord ? "rec.array(" : "array("
    let lineWidth = PrintOptions.active.lineWidth
    var extras: [String] = []
    let body: String
    if count == 0 && shape != [0] {
      body = "[]"
      extras.append("shape=" + pythonShapeRepr(shape))
    } else if count == 0 {
      body = "[]"
    } else {
      let element = try elementFormatter()
      guard
        let text = FormattedArrayText.render(
          shape: shape, separator: ", ", prefix: prefix, lineWidth: lineWidth - 1, limit: limit, element: element)
      else { return nil }
      body = text
      if FormattedArrayText.summarises(count) { extras.append("shape=" + pythonShapeRepr(shape)) }
    }
    extras.append("dtype=" + (dtype.isOpaqueVoid ? "'|V\(dtype.itemsize)'" : isRecord ? dtype.plainText : dtype.text))
    let head = prefix + body + ","
    let tail = extras.joined(separator: ", ") + ")"
    if isRecord { return head + "\n" + String(repeating: " ", count: prefix.count) + tail }
    let lastLine = head.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let spacer =
      lastLine.unicodeScalars.count + tail.unicodeScalars.count + 1 > lineWidth
      ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return head + spacer + tail
  }

  /// `str(a)`: `[('Alice', 25, 55. ) ('Bob', 45, 85.5)]`; an element prints `('Alice', 25, 55.0)`.
  func strText(limit: Int = .max) throws(PythonError) -> String? {
    if isVoid { return try voidText() }
    if count == 0 { return "[]" }
    return FormattedArrayText.render(
      shape: shape, separator: " ", prefix: "", lineWidth: PrintOptions.active.lineWidth, limit: limit,
      element: try elementFormatter())
  }

  /// An unstructured void element as NumPy prints it: every byte as `\xNN` in capitals, `b'\x41\x0A'`.
  static func voidBytesText(_ element: String) -> String {
    let hex = Array("0123456789ABCDEF")
    var text = "b'"
    for scalar in element.unicodeScalars {
      let byte = Int(scalar.value)
      text += "\\x" + String(hex[byte >> 4]) + String(hex[byte & 15])
    }
    return text + "'"
  }

  /// NumPy's `SubArrayFormat` summarises a sub-array of more values than the print threshold (`[0., 0., ..., 0.]`),
  /// which this text does not do: refused.
  private func refuseSummarisedSubarrays() throws(PythonError) {
    guard let threshold = PrintOptions.active.threshold else { return }
    if dtype.fields.contains(where: { $0.shape.reduce(1, *) > threshold }) {
      throw StructuredArrays.refusal("printing a sub-array field of more values than the print threshold")
    }
  }

  /// A sub-array's text as NumPy's `SubArrayFormat` writes it: `[a, b]`, nested by axis, the values from
  /// `value(flat index)` starting at `start`. (Sub-arrays past NumPy's summarising threshold are refused when made.)
  static func subarrayText(_ shape: [Int], start: Int, _ value: (Int) -> String) -> String {
    guard let first = shape.first else { return value(start) }
    let inner = Array(shape.dropFirst())
    let step = inner.reduce(1, *)
    return "[" + (0..<first).map { subarrayText(inner, start: start + $0 * step, value) }.joined(separator: ", ") + "]"
  }

  /// An element's text: floats as Python's str of the NumPy scalar (NumPy 2's `float_kind=str` for `np.void`), the
  /// other fields as a 0-d array prints them.
  private func voidText() throws(PythonError) -> String {
    if dtype.isOpaqueVoid {
      guard case .textScalar(let text, _) = try field("") else { throw StructuredArrays.refusal("printing this void") }
      return Self.voidBytesText(text)
    }
    try refuseSummarisedSubarrays()
    var texts: [String] = []
    for entry in dtype.fields {
      switch try field(entry.name) {
      case .tensor(let tensor) where !entry.shape.isEmpty && tensor.dtype.isFloat:
        let float32 = tensor.dtype == .float32
        let float16 = tensor.dtype == .float16
        let values = tensor.doubles
        texts.append(
          Self.subarrayText(entry.shape, start: 0) { pythonFloatRepr(values[$0], float32: float32, float16: float16) })
      case .tensor(let tensor) where !entry.shape.isEmpty:
        let values = tensor.fieldFormatter(printedIndices: Array(0..<tensor.size))
        texts.append(Self.subarrayText(entry.shape, start: 0, values))
      case .tensor(let tensor) where tensor.dtype.isFloat:
        texts.append(
          pythonFloatRepr(tensor.doubles[0], float32: tensor.dtype == .float32, float16: tensor.dtype == .float16))
      case .tensor(let tensor):
        texts.append(tensor.fieldFormatter(printedIndices: [0], isZeroDimensional: true)(0))
      case .textScalar(let text, let isBytes):
        texts.append(isBytes ? Value.bytesRepr(text) : Value.quote(text))
      case .structArray(let inner) where inner.isVoid:
        texts.append(try inner.voidText())
      default: throw StructuredArrays.refusal("printing this field")
      }
    }
    return "(" + texts.joined(separator: ", ") + (texts.count == 1 ? ",)" : ")")
  }
}
