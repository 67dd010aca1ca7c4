/// Splits TeX math into tokens, reading the arguments of text commands and environment names raw.
struct Lexer {
  /// Commands whose braced argument is text, not math.
  static let textCommands: Set<String> = ["text", "textrm", "textup", "textnormal", "mbox", "textbf", "textit"]

  /// How deeply braces may nest inside a text argument.
  static let maximumTextDepth = 64

  private let scalars: [Unicode.Scalar]
  private let offsets: [Int]
  private let sourceLength: Int
  private var position = 0

  /// Prepares to read `source`.
  init(source: String) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var offset = 0
    for scalar in source.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += scalar.utf8.count
    }
    self.scalars = scalars
    self.offsets = offsets
    self.sourceLength = offset
  }

  /// Reads every token, ending with `.endOfInput`.
  static func tokenize(_ source: String) throws(MathError) -> [Token] {
    var lexer = Lexer(source: source)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .endOfInput { return tokens }
      if case .command(let name) = token.kind, textCommands.contains(name) {
        tokens.append(try lexer.textArgument(of: name, at: token.offset))
      }
    }
  }

  private func offset(at index: Int) -> Int {
    index < offsets.count ? offsets[index] : sourceLength
  }

  private func scalar(at index: Int) -> Unicode.Scalar? {
    index < scalars.count ? scalars[index] : nil
  }

  private mutating func skipWhitespaceAndComments() throws(MathError) {
    while let scalar = scalar(at: position) {
      if scalar == "%" {
        while let next = self.scalar(at: position), next != "\n" {
          try Self.requireXMLCharacter(next, at: offset(at: position))
          position += 1
        }
      } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        position += 1
      } else {
        return
      }
    }
  }

  /// Control characters and noncharacters cannot appear in XML, so they cannot reach the annotation either.
  private static func requireXMLCharacter(_ scalar: Unicode.Scalar, at offset: Int) throws(MathError) {
    let value = scalar.value
    let isControl = value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
    if isControl || value == 0x7F || value == 0xFFFE || value == 0xFFFF {
      throw MathError(
        message: "unsupported control character U+\(String(value, radix: 16, uppercase: true))", offset: offset)
    }
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// Reads the next token.
  mutating func next() throws(MathError) -> Token {
    try skipWhitespaceAndComments()
    let start = offset(at: position)
    guard let scalar = scalar(at: position) else { return Token(kind: .endOfInput, offset: start) }
    try Self.requireXMLCharacter(scalar, at: start)
    position += 1
    switch scalar {
    case "\\": return try command(startingAt: start)
    case "{": return Token(kind: .openBrace, offset: start)
    case "}": return Token(kind: .closeBrace, offset: start)
    case "^": return Token(kind: .superscript, offset: start)
    case "_": return Token(kind: .subscript, offset: start)
    case "'": return Token(kind: .prime, offset: start)
    case "&": return Token(kind: .alignmentTab, offset: start)
    case "#", "$":
      throw MathError(message: "unexpected '\(scalar)' in math", offset: start)
    default:
      let character = Character(scalar)
      if character.isASCII && character.isNumber { return Token(kind: .digit(character), offset: start) }
      if Self.isASCIILetter(scalar) || (!character.isASCII && character.isLetter) {
        return Token(kind: .letter(character), offset: start)
      }
      return Token(kind: .symbol(character), offset: start)
    }
  }

  private mutating func command(startingAt start: Int) throws(MathError) -> Token {
    guard let first = scalar(at: position) else {
      throw MathError(message: "a backslash ends the formula", offset: start)
    }
    try Self.requireXMLCharacter(first, at: offset(at: position))
    position += 1
    guard Self.isASCIILetter(first) else { return Token(kind: .command(String(first)), offset: start) }
    var name = String(first)
    while let next = scalar(at: position), Self.isASCIILetter(next) {
      name.unicodeScalars.append(next)
      position += 1
    }
    if name == "begin" || name == "end" {
      let environment = try environmentName(after: name, at: start)
      return Token(kind: name == "begin" ? .begin(environment) : .end(environment), offset: start)
    }
    return Token(kind: .command(name), offset: start)
  }

  private mutating func environmentName(after command: String, at start: Int) throws(MathError) -> String {
    try skipWhitespaceAndComments()
    guard scalar(at: position) == "{" else {
      throw MathError(message: "\\\(command) needs an environment name in braces", offset: offset(at: position))
    }
    position += 1
    var name = ""
    while let next = scalar(at: position), Self.isASCIILetter(next) || next == "*" {
      name.unicodeScalars.append(next)
      position += 1
    }
    guard scalar(at: position) == "}", !name.isEmpty else {
      throw MathError(message: "malformed environment name after \\\(command)", offset: offset(at: position))
    }
    position += 1
    return name
  }

  /// Reads the braced argument of a text command, resolving TeX's escapes for special characters.
  private mutating func textArgument(of command: String, at commandOffset: Int) throws(MathError) -> Token {
    try skipWhitespaceAndComments()
    let start = offset(at: position)
    guard scalar(at: position) == "{" else {
      throw MathError(message: "\\\(command) needs a braced argument", offset: start)
    }
    position += 1
    var text = ""
    var depth = 1
    while let scalar = scalar(at: position) {
      let here = offset(at: position)
      try Self.requireXMLCharacter(scalar, at: here)
      position += 1
      switch scalar {
      case "{":
        depth += 1
        if depth > Self.maximumTextDepth {
          throw MathError(message: "braces nested too deeply in \\\(command)", offset: here)
        }
      case "}":
        depth -= 1
        if depth == 0 { return Token(kind: .text(text), offset: start) }
      case "\\":
        guard let escaped = self.scalar(at: position), "{}$&%_# ".unicodeScalars.contains(escaped) else {
          throw MathError(message: "unsupported command inside \\\(command)", offset: here)
        }
        position += 1
        text.unicodeScalars.append(escaped)
      case "$", "&", "#", "_", "^", "%":
        throw MathError(message: "'\(scalar)' must be escaped inside \\\(command)", offset: here)
      case "~":
        text.unicodeScalars.append("\u{A0}")
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    throw MathError(message: "unclosed brace in \\\(command)", offset: start)
  }
}
