import SourceText

/// Splits snippet code into tokens that tile the input exactly; never fails (bad text becomes `.invalid` tokens).
///
/// Follows Python's tokenizer where the language overlaps: implicit line joining inside brackets, `\` continuation,
/// `#` comments, string prefixes and triple quotes, and number forms with `_` separators.
struct Lexer {
  private let bytes: [UInt8]
  private var offset = 0
  private var line = 1
  private var lineStart = 0
  private var bracketDepth = 0
  private var lineHasTokens = false
  private var tokens: [Token] = []
  /// False when trivia tokens (spaces, comments, line joins) are lexed but not kept: what the parser reads.
  private let keepsTrivia: Bool

  /// Prepares to lex `code`.
  init(_ code: String, keepsTrivia: Bool = true) {
    bytes = Array(code.utf8)
    self.keepsTrivia = keepsTrivia
    // Room for the tokens of typical code (about one per two or three bytes, trivia included) from the start: grown
    // by doubling, the list was copied out of its buffer half a dozen times per snippet, about as much work as
    // lexing it.
    tokens.reserveCapacity(bytes.count / 2 + 8)
  }

  /// Lexes the whole input: trivia included, ending with a `.newline` (when the last line had tokens) and `.end`.
  static func tokenize(_ code: String) -> [Token] {
    var lexer = Lexer(code)
    return lexer.run()
  }

  /// `tokenize(code)` without its trivia, as the parser reads it: the trivia tokens are never built (a filtered copy
  /// of the whole list, and a string per space and comment, were as much work as lexing the snippet).
  static func tokenizeSkippingTrivia(_ code: String) -> [Token] {
    var lexer = Lexer(code, keepsTrivia: false)
    return lexer.run()
  }

  private var location: SourcePosition { SourcePosition(line: line, column: offset - lineStart + 1) }

  private func peek(_ ahead: Int = 0) -> UInt8? {
    offset + ahead < bytes.count ? bytes[offset + ahead] : nil
  }

  private mutating func run() -> [Token] {
    while let byte = peek() {
      lexOne(startingWith: byte)
    }
    if lineHasTokens {
      emit(.newline, from: offset, at: location)
    }
    emit(.end, from: offset, at: location)
    return tokens
  }

  private mutating func lexOne(startingWith byte: UInt8) {
    let start = offset
    let startLocation = location
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
      while let next = peek(), next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == 0x0C { offset += 1 }
      emit(.whitespace, from: start, at: startLocation)
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
      consumeLineBreak()
      let isLogicalEnd = bracketDepth == 0 && lineHasTokens
      emit(isLogicalEnd ? .newline : .whitespace, from: start, at: startLocation)
      if isLogicalEnd { lineHasTokens = false }
    case UInt8(ascii: "#"):
      while let next = peek(), next != UInt8(ascii: "\n"), next != UInt8(ascii: "\r") { offset += 1 }
      emit(.comment, from: start, at: startLocation)
    case UInt8(ascii: "\\"):
      lexLineJoin(start: start, at: startLocation)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      lexNumber(start: start, at: startLocation)
    case UInt8(ascii: "."):
      if let next = peek(1), isDigit(next) {
        lexNumber(start: start, at: startLocation)
      } else {
        lexSymbol(start: start, at: startLocation)
      }
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      lexString(start: start, at: startLocation)
    default:
      if byte >= 0x80, !startsUnicodeIdentifier(at: offset) {
        lexSymbol(start: start, at: startLocation)
      } else if isIdentifierStart(byte) {
        while let next = peek(), isIdentifierContinue(next) { offset += 1 }
        if let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
          isStringPrefix(bytes[start..<offset])
        {
          lexString(start: start, at: startLocation)
        } else {
          emit(.name, from: start, at: startLocation)
        }
      } else {
        lexSymbol(start: start, at: startLocation)
      }
    }
  }

  private mutating func consumeLineBreak() {
    if peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") { offset += 1 }
    offset += 1
    line += 1
    lineStart = offset
  }

  private mutating func lexLineJoin(start: Int, at startLocation: SourcePosition) {
    offset += 1
    guard let next = peek() else {
      emit(.invalid("unexpected end of input after line continuation character"), from: start, at: startLocation)
      return
    }
    if next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
      consumeLineBreak()
      emit(.lineJoin, from: start, at: startLocation)
    } else {
      emit(.invalid("unexpected character after line continuation character"), from: start, at: startLocation)
    }
  }

  private mutating func lexNumber(start: Int, at startLocation: SourcePosition) {
    if peek() == UInt8(ascii: "0"), let radix = peek(1), "xXoObB".utf8.contains(radix) {
      offset += 2
      while let next = peek(), isHexDigit(next) || next == UInt8(ascii: "_") { offset += 1 }
      emitNumber(.integer, from: start, at: startLocation)
      return
    }
    var kind = Token.Kind.integer
    consumeDigits()
    if peek() == UInt8(ascii: "."), !(peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".")) {
      kind = .float
      offset += 1
      consumeDigits()
    }
    if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
      if let digit = peek(1 + sign), isDigit(digit) {
        kind = .float
        offset += 1 + sign
        consumeDigits()
      }
    }
    if let j = peek(), j == UInt8(ascii: "j") || j == UInt8(ascii: "J") {
      offset += 1
      kind = .imaginary
    }
    emitNumber(kind, from: start, at: startLocation)
  }

  /// Emits a number, or an invalid token when letters or digits run straight on from it (`1abc`, `0x`).
  private mutating func emitNumber(_ kind: Token.Kind, from start: Int, at startLocation: SourcePosition) {
    let numberEnd = offset
    while let next = peek(), isIdentifierContinue(next) { offset += 1 }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    // `__` tested on bytes: `text.contains("__")` resolves to Foundation's string search, run for every number.
    let doubledUnderscore = zip(text.utf8, text.utf8.dropFirst()).contains { $0 == UInt8(ascii: "_") && $1 == $0 }
    if offset > numberEnd || text.hasSuffix("_") || doubledUnderscore || text.lowercased().hasSuffix("x")
      || text.lowercased() == "0b" || text.lowercased() == "0o"
    {
      emit(.invalid("invalid number literal '\(text)'"), from: start, at: startLocation)
    } else if kind == .integer, text.count > 1, text.first == "0", text.allSatisfy({ $0 == "0" || $0 == "_" }) == false,
      text.dropFirst().first?.isNumber == true
    {
      emit(
        .invalid("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        from: start, at: startLocation)
    } else {
      emit(kind, from: start, at: startLocation)
    }
  }

  private mutating func consumeDigits() {
    while let next = peek(), isDigit(next) || next == UInt8(ascii: "_") { offset += 1 }
  }

  private mutating func lexString(start: Int, at startLocation: SourcePosition) {
    guard let quote = peek() else { return }
    let isTriple = peek(1) == quote && peek(2) == quote
    offset += isTriple ? 3 : 1
    let isRaw = bytes[start..<offset].contains { $0 == UInt8(ascii: "r") || $0 == UInt8(ascii: "R") }
    while let next = peek() {
      if next == UInt8(ascii: "\\"), !isRaw || peek(1) != nil {
        offset += 1
        if let escaped = peek(), escaped == UInt8(ascii: "\n") || escaped == UInt8(ascii: "\r") {
          consumeLineBreak()
        } else if peek() != nil {
          offset += 1
        }
      } else if next == quote, !isTriple || (peek(1) == quote && peek(2) == quote) {
        offset += isTriple ? 3 : 1
        emit(.string, from: start, at: startLocation)
        return
      } else if next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
        if !isTriple { break }
        consumeLineBreak()
      } else {
        offset += 1
      }
    }
    let kind = isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal"
    emit(.invalid("\(kind) (detected at line \(line))"), from: start, at: startLocation)
  }

  private static let symbols: [[UInt8]] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=",
    "/=", "%=", "@=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[",
    "]", "{", "}", ",", ":", ".", ";", "=",
  ].map { Array($0.utf8) }

  /// The symbols by their first byte, each list in the order of `symbols` (longest first): a symbol is matched
  /// against the few that start with its byte, not against all 47.
  private static let symbolsByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for symbol in symbols { table[Int(symbol[0])].append(symbol) }
    return table
  }()

  private mutating func lexSymbol(start: Int, at startLocation: SourcePosition) {
    for symbol in Self.symbolsByFirstByte[Int(bytes[offset])] where bytes[offset...].starts(with: symbol) {
      offset += symbol.count
      if symbol.count == 1 {
        if "([{".utf8.contains(symbol[0]) { bracketDepth += 1 }
        if ")]}".utf8.contains(symbol[0]) { bracketDepth = max(0, bracketDepth - 1) }
      }
      emit(.symbol, from: start, at: startLocation)
      return
    }
    // One whole UTF-8 character, so the token's text stays valid and tokens still tile the input.
    offset += 1
    while let next = peek(), next & 0xC0 == 0x80 { offset += 1 }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    let code = text.unicodeScalars.first.map { String($0.value, radix: 16, uppercase: true) } ?? ""
    let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
    emit(.invalid("invalid character '\(text)' (U+\(padded))"), from: start, at: startLocation)
  }

  private mutating func emit(_ kind: Token.Kind, from start: Int, at startLocation: SourcePosition) {
    switch kind {
    case .whitespace, .comment, .lineJoin:
      // Trivia: kept only for the readers that want the tokens to tile the input.
      if !keepsTrivia { return }
    case .newline, .end: break
    default: lineHasTokens = true
    }
    let range = SourceRange(start: start, end: offset, startLocation: startLocation, endLocation: location)
    tokens.append(Token(kind: kind, text: String(decoding: bytes[start..<offset], as: UTF8.self), range: range))
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
  }

  private func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  /// True when the UTF-8 character at `position` may start a Python identifier (Unicode XID_Start, as Python has it).
  private func startsUnicodeIdentifier(at position: Int) -> Bool {
    var end = position + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let scalar = String(decoding: bytes[position..<end], as: UTF8.self).unicodeScalars.first
    return scalar?.properties.isXIDStart ?? false
  }

  private func isIdentifierContinue(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

  private func isStringPrefix(_ prefix: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: prefix, as: UTF8.self).lowercased()
    return ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(text)
  }
}
