extension Parser {
  /// One or more adjacent string literals, concatenated as Python does (`"a" "b"` is `"ab"`); f-strings among them
  /// make the whole an f-string.
  mutating func parseStrings() throws(SyntaxError) -> Expression {
    var parts: [FormattedPart] = []
    var isFormatted = false
    var range = current.range
    let isBytes = Self.isBytesLiteral(current)
    while current.kind == .string {
      if Self.isBytesLiteral(current) != isBytes {
        throw SyntaxError(message: "cannot mix bytes and nonbytes literals", range: range.union(current.range))
      }
      let token = advance()
      let decoded = try decodeString(token)
      if decoded.isFormatted { isFormatted = true }
      parts += decoded.parts
      range = range.union(token.range)
    }
    if !isFormatted {
      let text = parts.map { part -> String in
        if case .literal(let text) = part { return text }
        return ""
      }.joined()
      return try node(isBytes ? .bytes(text) : .string(text), range)
    }
    return try node(.formatted(parts), range)
  }

  /// True for a `b'…'` (or `rb'…'`) token.
  static func isBytesLiteral(_ token: Token) -> Bool {
    token.kind == .string && token.text.prefix { $0 != "\"" && $0 != "'" }.lowercased().contains("b")
  }

  /// The parts of one string literal token: prefix checked, quotes removed, escapes decoded (not for `r` strings),
  /// replacement fields parsed for `f` strings.
  private func decodeString(_ token: Token) throws(SyntaxError) -> (parts: [FormattedPart], isFormatted: Bool) {
    let text = token.text
    let prefix = text.prefix { $0 != "\"" && $0 != "'" }.lowercased()
    let quoted = text.dropFirst(prefix.count)
    let quoteLength = quoted.hasPrefix("\"\"\"") || quoted.hasPrefix("'''") ? 3 : 1
    let body = Array(quoted.dropFirst(quoteLength).dropLast(quoteLength))
    let isRaw = prefix.contains("r")
    if prefix.contains("b") {
      // Bytes: ASCII source characters, and escapes that give bytes (`\u` and `\N` are not escapes there).
      if body.contains(where: { !$0.isASCII }) {
        throw SyntaxError(message: "bytes can only contain ASCII literal characters", range: token.range)
      }
      if !isRaw, zip(body, body.dropFirst()).contains(where: { $0 == "\\" && "uUN".contains($1) }) {
        throw SyntaxError(
          message: "bytes literals with \\u, \\U or \\N are not supported in snippets", range: token.range)
      }
      return ([.literal(isRaw ? String(body) : try decodeEscapes(body, token))], false)
    }
    guard prefix.contains("f") else {
      return ([.literal(isRaw ? String(body) : try decodeEscapes(body, token))], false)
    }
    return (try formattedParts(body, isRaw: isRaw, token: token, depth: 0), true)
  }

  /// Splits an f-string body into literal text and `{expression!conversion:spec}` fields.
  private func formattedParts(_ body: [Character], isRaw: Bool, token: Token, depth: Int) throws(SyntaxError)
    -> [FormattedPart]
  {
    var parts: [FormattedPart] = []
    var literal: [Character] = []
    func flush() throws(SyntaxError) {
      if !literal.isEmpty {
        parts.append(.literal(isRaw ? String(literal) : try decodeEscapes(literal, token)))
        literal = []
      }
    }
    var index = 0
    while index < body.count {
      let character = body[index]
      // Doubled braces are escapes only outside a spec, as in CPython 3.11: in `f'{x:{{w}}}'` the spec's field is the
      // set display `{w}`.
      if character == "}", depth == 0 {
        guard index + 1 < body.count, body[index + 1] == "}" else {
          throw SyntaxError(message: "f-string: single '}' is not allowed", range: token.range)
        }
        literal.append("}")
        index += 2
        continue
      }
      guard character == "{" else {
        literal.append(character)
        index += 1
        continue
      }
      if depth == 0, index + 1 < body.count, body[index + 1] == "{" {
        literal.append("{")
        index += 2
        continue
      }
      // A field in the spec of a field that is itself in a spec: CPython 3.11 allows two levels.
      guard depth < 2 else { throw SyntaxError(message: "f-string: expressions nested too deeply", range: token.range) }
      try flush()
      let (field, end) = try parseField(body, from: index + 1, isRaw: isRaw, token: token, depth: depth)
      parts.append(field)
      index = end
    }
    try flush()
    return parts
  }

  /// One replacement field starting after its `{`; returns the part and the index after its `}`.
  private func parseField(_ body: [Character], from start: Int, isRaw: Bool, token: Token, depth: Int)
    throws(SyntaxError) -> (FormattedPart, Int)
  {
    var index = start
    var nesting = 0
    var quote: Character?
    // The expression ends at a top-level `!` (not `!=`), `:` or `}`.
    while index < body.count {
      let character = body[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if "([{".contains(character) {
        nesting += 1
      } else if ")]".contains(character) || (character == "}" && nesting > 0) {
        nesting -= 1
      } else if nesting == 0,
        character == "}" || character == ":"
          || (character == "!" && !(index + 1 < body.count && body[index + 1] == "="))
      {
        break
      }
      index += 1
    }
    guard index < body.count else {
      throw SyntaxError(message: "f-string: expecting '}'", range: token.range)
    }
    var expressionText = String(body[start..<index])
    var selfDocumenting: String?
    let trimmed = expressionText.reversed().drop { $0 == " " }
    if trimmed.first == "=", !["=", "!", "<", ">"].contains(trimmed.dropFirst().first ?? " ") {
      selfDocumenting = expressionText
      expressionText = String(String(trimmed.dropFirst().reversed()))
    }
    if expressionText.allSatisfy({ $0 == " " }) {
      throw SyntaxError(message: "f-string: empty expression not allowed", range: token.range)
    }
    // Python 3.11 (the version transcripts are checked against) refuses a backslash anywhere in the expression part.
    if expressionText.contains("\\") {
      throw SyntaxError(message: "f-string expression part cannot include a backslash", range: token.range)
    }
    var subparser = Parser("(" + expressionText + ")")
    subparser.nesting = nesting
    subparser.privateNameOwner = privateNameOwner
    let expression: Expression
    do throws(SyntaxError) {
      expression = try subparser.parseExpression()
      if subparser.current.kind != .newline && subparser.current.kind != .end {
        throw subparser.unexpected(expected: "the end of the f-string expression")
      }
    } catch {
      throw SyntaxError(message: "f-string: " + error.message, range: token.range)
    }
    var conversion: Character?
    if body[index] == "!" {
      guard index + 1 < body.count, "rsa".contains(body[index + 1]) else {
        throw SyntaxError(
          message: "f-string: invalid conversion character: expected 's', 'r', or 'a'", range: token.range)
      }
      conversion = body[index + 1]
      index += 2
    }
    var spec: [FormattedPart] = []
    if index < body.count, body[index] == ":" {
      // The spec runs to the matching `}`; fields inside it (`{x:{width}}`) are parsed the same way.
      var end = index + 1
      var depthInSpec = 0
      while end < body.count {
        if body[end] == "{" { depthInSpec += 1 }
        if body[end] == "}" {
          if depthInSpec == 0 { break }
          depthInSpec -= 1
        }
        end += 1
      }
      spec = try formattedParts(Array(body[(index + 1)..<end]), isRaw: isRaw, token: token, depth: depth + 1)
      // An empty spec after `:` is still a spec: `f'{x=:}'` formats x where `f'{x=}'` shows its repr.
      if spec.isEmpty { spec = [.literal("")] }
      index = end
    }
    guard index < body.count, body[index] == "}" else {
      throw SyntaxError(message: "f-string: expecting '}'", range: token.range)
    }
    return (
      .field(expression, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting), index + 1
    )
  }

  /// Python's escape sequences; an unknown escape keeps its backslash, as Python does, and a malformed one is
  /// Python's error.
  private func decodeEscapes(_ body: [Character], _ token: Token) throws(SyntaxError) -> String {
    var result = ""
    var index = 0
    func codecError(_ what: String) -> SyntaxError {
      SyntaxError(message: "(unicode error) 'unicodeescape' codec can't decode bytes: \(what)", range: token.range)
    }
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
      case "a": result.append("\u{07}")
      case "b": result.append("\u{08}")
      case "f": result.append("\u{0C}")
      case "v": result.append("\u{0B}")
      case "0"..."7":
        // Up to three octal digits: `\0`, `\101`.
        var code = Int(String(escaped))!
        var digits = 1
        while digits < 3, index < body.count, let digit = body[index].wholeNumberValue, digit < 8,
          body[index].isASCII
        {
          code = code * 8 + digit
          index += 1
          digits += 1
        }
        result.unicodeScalars.append(Unicode.Scalar(UInt32(code))!)
      case "\\", "'", "\"": result.append(escaped)
      case "x", "u", "U":
        let length = escaped == "x" ? 2 : escaped == "u" ? 4 : 8
        let hex = String(body[index..<min(index + length, body.count)])
        guard hex.count == length, hex.allSatisfy(\.isHexDigit), let code = UInt32(hex, radix: 16) else {
          throw codecError("truncated \\\(escaped)\(String(repeating: "X", count: length)) escape")
        }
        guard let scalar = Unicode.Scalar(code) else { throw codecError("illegal Unicode character") }
        result.unicodeScalars.append(scalar)
        index += length
      case "N":
        guard index < body.count, body[index] == "{", let close = body[index...].firstIndex(of: "}") else {
          throw codecError("malformed \\N character escape")
        }
        let name = String(body[(index + 1)..<close])
        guard let scalar = UnicodeNames.scalar(named: name) else {
          throw codecError("unknown Unicode character name")
        }
        result.unicodeScalars.append(scalar)
        index = close + 1
      default: result += "\\\(escaped)"
      }
    }
    return result
  }
}

/// Looks Unicode characters up by name for `\N{…}`, as Python's `unicodedata.lookup` does (names and aliases,
/// case-insensitively).
enum UnicodeNames {
  static func scalar(named name: String) -> Unicode.Scalar? {
    let wanted = name.uppercased()
    guard !wanted.isEmpty, wanted.count < 100 else { return nil }
    // Scanning every scalar is slow but rare: only a `\N{…}` escape pays for it.
    for value in UInt32(0x20)...UInt32(0x10FFFF) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if scalar.properties.name == wanted || scalar.properties.nameAlias == wanted { return scalar }
    }
    return nil
  }
}
