import TensorCore

/// NumPy's repr and str of structured arrays and their elements.
extension StructArray {
  /// Each printed element's text, `('Alice', 25, 55. )`: every field formatted by its own formatter fitted to the
  /// printed elements of that field (NumPy's `StructuredVoidFormat`).
  private func elementFormatter() throws(PythonError) -> (Int) -> String {
    let printed = Tensor.printedIndices(shape: shape)
    var parts: [(Int) -> String] = []
    for entry in dtype.fields {
      switch try field(entry.name) {
      case .tensor(let tensor):
        parts.append(tensor.fieldFormatter(printedIndices: printed))
      case .textArray(let text):
        let items = text.elements
        let isBytes = text.dtype.isBytes
        parts.append { isBytes ? Value.bytesRepr(items[$0]) : Value.quote(items[$0]) }
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
    extras.append("dtype=" + (isRecord ? dtype.plainText : dtype.text))
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

  /// An element's text: floats as Python's str of the NumPy scalar (NumPy 2's `float_kind=str` for `np.void`), the
  /// other fields as a 0-d array prints them.
  private func voidText() throws(PythonError) -> String {
    var texts: [String] = []
    for entry in dtype.fields {
      switch try field(entry.name) {
      case .tensor(let tensor) where tensor.dtype.isFloat:
        texts.append(
          pythonFloatRepr(tensor.doubles[0], float32: tensor.dtype == .float32, float16: tensor.dtype == .float16))
      case .tensor(let tensor):
        texts.append(tensor.fieldFormatter(printedIndices: [0], isZeroDimensional: true)(0))
      case .textScalar(let text, let isBytes):
        texts.append(isBytes ? Value.bytesRepr(text) : Value.quote(text))
      default: throw StructuredArrays.refusal("printing this field")
      }
    }
    return "(" + texts.joined(separator: ", ") + (texts.count == 1 ? ",)" : ")")
  }
}
