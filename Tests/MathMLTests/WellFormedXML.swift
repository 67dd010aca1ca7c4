/// A small well-formedness check for the MathML we write: balanced tags, quoted attributes, known entities.
enum WellFormedXML {
  /// Returns a description of the first problem, or `nil` when `text` is well-formed.
  static func check(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    var open: [String] = []
    var index = 0
    func isNameByte(_ byte: UInt8) -> Bool {
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x2D
    }
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "<"):
        guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return "unclosed tag at \(index)" }
        var tag = Array(bytes[(index + 1)..<end])
        let closing = tag.first == UInt8(ascii: "/")
        let selfClosing = tag.last == UInt8(ascii: "/")
        if closing { tag.removeFirst() }
        if selfClosing { tag.removeLast() }
        let name = String(decoding: tag.prefix(while: isNameByte), as: UTF8.self)
        if name.isEmpty { return "tag without a name at \(index)" }
        let attributes = String(decoding: tag.dropFirst(name.utf8.count), as: UTF8.self)
        if let problem = checkAttributes(attributes) { return "\(problem) in <\(name)> at \(index)" }
        if closing {
          guard open.popLast() == name else { return "</\(name)> closes the wrong element at \(index)" }
        } else if !selfClosing {
          open.append(name)
        }
        index = end + 1
      case UInt8(ascii: ">"):
        return "raw '>' at \(index)"
      case UInt8(ascii: "&"):
        let rest = String(decoding: bytes[index...].prefix(12), as: UTF8.self)
        let named = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(where: rest.hasPrefix)
        let hex = rest.dropFirst(3).prefix(while: \.isHexDigit)
        let numeric = rest.hasPrefix("&#x") && !hex.isEmpty && rest.dropFirst(3 + hex.count).hasPrefix(";")
        let digits = rest.dropFirst(2).prefix(while: \.isNumber)
        let decimal = rest.hasPrefix("&#") && !digits.isEmpty && rest.dropFirst(2 + digits.count).hasPrefix(";")
        guard named || numeric || decimal else { return "bad entity at \(index)" }
        index += 1
      default:
        index += 1
      }
    }
    return open.isEmpty ? nil : "unclosed <\(open.last ?? "")>"
  }

  /// Attributes must be ` name="value"` pairs with no `<`, `&` or `"` inside values.
  private static func checkAttributes(_ text: String) -> String? {
    var rest = Substring(text)
    while !rest.isEmpty {
      guard rest.hasPrefix(" ") else { return "bad attribute syntax" }
      rest = rest.dropFirst()
      guard let equals = rest.firstIndex(of: "="), rest[rest.index(after: equals)...].hasPrefix("\"") else {
        return "attribute without a quoted value"
      }
      let valueStart = rest.index(equals, offsetBy: 2)
      guard let valueEnd = rest[valueStart...].firstIndex(of: "\"") else { return "unterminated attribute" }
      if rest[valueStart..<valueEnd].contains(where: { $0 == "<" || $0 == "&" }) { return "raw markup in attribute" }
      rest = rest[rest.index(after: valueEnd)...]
    }
    return nil
  }
}
