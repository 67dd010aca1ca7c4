extension Parser {
  /// One or more adjacent string literals, concatenated as Python does (`"a" "b"` is `"ab"`).
  mutating func parseStrings() throws(SyntaxError) -> Expression {
    var value = ""
    var range = current.range
    while current.kind == .string {
      let token = advance()
      value += try decodeString(token)
      range = range.union(token.range)
    }
    return try node(.string(value), range)
  }

  /// The value of one string literal token: prefix checked, quotes removed, escapes decoded (not for `r` strings).
  private func decodeString(_ token: Token) throws(SyntaxError) -> String {
    let text = token.text
    let prefix = text.prefix { $0 != "\"" && $0 != "'" }.lowercased()
    if prefix.contains("f") {
      throw SyntaxError(
        message: "f-strings are not supported: pass the values to print separately, e.g. print(\"x =\", x)",
        range: token.range)
    }
    if prefix.contains("b") {
      throw SyntaxError(message: "bytes literals are not supported: use a plain string", range: token.range)
    }
    let quoted = text.dropFirst(prefix.count)
    let quoteLength = quoted.hasPrefix("\"\"\"") || quoted.hasPrefix("'''") ? 3 : 1
    let body = Array(quoted.dropFirst(quoteLength).dropLast(quoteLength))
    return prefix.contains("r") ? String(body) : decodeEscapes(body)
  }

  /// Python's escape sequences; an unknown escape keeps its backslash, as Python does.
  private func decodeEscapes(_ body: [Character]) -> String {
    var result = ""
    var index = 0
    while index < body.count {
      let character = body[index]
      index += 1
      guard character == "\\", index < body.count else {
        result.append(character)
        continue
      }
      let escaped = body[index]
      index += 1
      switch escaped {
      case "\n", "\r\n", "\r": break
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "r": result.append("\r")
      case "0": result.append("\0")
      case "\\", "'", "\"": result.append(escaped)
      case "x", "u", "U":
        let length = escaped == "x" ? 2 : escaped == "u" ? 4 : 8
        let hex = String(body[index..<min(index + length, body.count)])
        if hex.count == length, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
          result.unicodeScalars.append(scalar)
          index += length
        } else {
          result += "\\\(escaped)"
        }
      default: result += "\\\(escaped)"
      }
    }
    return result
  }
}
