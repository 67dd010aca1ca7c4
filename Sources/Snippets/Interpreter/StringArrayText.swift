import TensorCore

/// NumPy's repr and str of string arrays, their elements and their dtypes.
extension TextArray {
  /// `repr(x)`: `array(['hello', 'world!'], dtype='<U6')`, or nil past `limit` bytes.
  func reprText(limit: Int = .max) -> String? {
    let prefix = "array("
    let lineWidth = PrintOptions.active.lineWidth
    var extras: [String] = []
    let body: String
    if count == 0 {
      body = "[]"
      if shape != [0] { extras.append("shape=" + pythonShapeRepr(shape)) }
    } else {
      guard let text = arrayText(separator: ", ", prefix: prefix, lineWidth: lineWidth - 1, limit: limit) else {
        return nil
      }
      body = text
      if FormattedArrayText.summarises(count) { extras.append("shape=" + pythonShapeRepr(shape)) }
    }
    extras.append("dtype=" + Value.quote(dtype.str))
    return FormattedArrayText.closed(
      head: prefix + body + ",", extras: extras, prefixWidth: prefix.count, lineWidth: lineWidth)
  }

  /// `str(x)`: `['hello' 'world!']`; a 0-d array prints its element's str.
  func strText(limit: Int = .max) -> String? {
    if shape.isEmpty { return elements.first.map { elementStr($0) } }
    if count == 0 { return "[]" }
    return arrayText(separator: " ", prefix: "", lineWidth: PrintOptions.active.lineWidth, limit: limit)
  }

  private func arrayText(separator: String, prefix: String, lineWidth: Int, limit: Int) -> String? {
    let items = storage.items
    let places = flatPositions
    let isBytes = dtype.isBytes
    return FormattedArrayText.render(
      shape: shape, separator: separator, prefix: prefix, lineWidth: lineWidth, limit: limit
    ) { index in
      isBytes ? Value.bytesRepr(items[places[index]]) : Value.quote(items[places[index]])
    }
  }

  /// An element's str (`hello`; a bytes element prints as its repr, as Python's `str(b'hi')` does).
  private func elementStr(_ text: String) -> String { dtype.isBytes ? Value.bytesRepr(text) : text }
}

extension Value {
  /// `repr(np.str_('hi'))`: `np.str_('hi')`; `np.bytes_(b'hi')` for bytes.
  static func textScalarRepr(_ text: String, isBytes: Bool) -> String {
    isBytes ? "np.bytes_(\(bytesRepr(text)))" : "np.str_(\(quote(text)))"
  }

  /// Python's repr of bytes (each unicode scalar of `text` one byte): `b'abc'`, `b"it's"`, `b'\x00\xff'`.
  static func bytesRepr(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var result = "b" + String(quote)
    let hex = Array("0123456789abcdef")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if Character(scalar) == quote {
          result += "\\\(quote)"
        } else if scalar.value < 0x20 || scalar.value >= 0x7F {
          let byte = Int(scalar.value & 0xFF)
          result += "\\x" + String(hex[byte >> 4]) + String(hex[byte & 15])
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + String(quote)
  }
}

extension StringArrays {
  /// `dtype.name` and the other attributes of a string dtype.
  static func dtypeAttribute(_ name: String, of dtype: TextDType) -> Value? {
    switch name {
    case "itemsize": .int(dtype.itemsize)
    case "kind", "char": .string(dtype.kind)
    case "str": .string(dtype.str)
    case "name": .string(dtype.name)
    case "type": .function(dtype.isBytes ? "numpy.bytes_" : "numpy.str_")
    case "ndim": .int(0)
    case "shape": .intTuple([])
    case "names", "fields": Value.none
    case "byteorder": dtype.isBigEndian ? .string(">") : ByteOrder.mark(itemsize: 4, appliesToText: dtype.isBytes)
    case "isnative": .bool(!dtype.isBigEndian)
    case "newbyteorder": .method(.textDType(dtype), name)
    case "descr": try? .makeList([try .makeTuple([.string(""), .string(dtype.str)])])
    default: nil
    }
  }
}
