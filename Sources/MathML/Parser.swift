/// Parses TeX math tokens into a `MathNode` tree, rejecting anything it does not understand.
struct Parser {
  /// How deeply groups, arguments and environments may nest before the formula is refused.
  static let maximumDepth = 64

  private let tokens: [Token]
  private var index = 0
  private var depth = 0

  private init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole formula.
  static func parse(_ tex: String) throws(MathError) -> MathNode {
    var parser = Parser(tokens: try Lexer.tokenize(tex))
    let items = try parser.parseRow(font: nil)
    let stop = parser.current
    switch stop.kind {
    case .endOfInput: return .row(items)
    case .closeBrace: throw MathError(message: "unmatched '}'", offset: stop.offset)
    case .alignmentTab: throw MathError(message: "'&' outside an alignment environment", offset: stop.offset)
    case .end(let name): throw MathError(message: "\\end{\(name)} without \\begin{\(name)}", offset: stop.offset)
    case .command(let name): throw MathError(message: "\\\(name) outside its context", offset: stop.offset)
    default: throw MathError(message: "unexpected token", offset: stop.offset)
    }
  }

  // MARK: Tokens

  /// The token at the read position (the lexer always ends the list with `.endOfInput`).
  var current: Token { tokens[min(index, tokens.count - 1)] }

  /// The token after the read position.
  var following: Token { tokens[min(index + 1, tokens.count - 1)] }

  /// Returns the current token and moves past it (never past the end).
  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// Runs `body` one nesting level deeper, refusing formulas nested past `maximumDepth`.
  mutating func nested<T>(at offset: Int, _ body: (inout Parser) throws(MathError) -> T) throws(MathError) -> T {
    guard depth < Self.maximumDepth else {
      throw MathError(message: "formula nests more than \(Self.maximumDepth) levels deep", offset: offset)
    }
    depth += 1
    defer { depth -= 1 }
    return try body(&self)
  }

  /// Whether `token` ends a row (the caller decides whether that end is legal).
  static func endsRow(_ token: Token) -> Bool {
    switch token.kind {
    case .closeBrace, .alignmentTab, .end, .endOfInput: true
    case .command(let name): name == "\\" || name == "right" || name == "middle"
    default: false
    }
  }

  // MARK: Rows and atoms

  /// Parses atoms with their scripts until a token that ends a row, which is left unread.
  mutating func parseRow(font: MathFont?) throws(MathError) -> [MathNode] {
    try nested(at: current.offset) { parser throws(MathError) in
      var items: [MathNode] = []
      while !Self.endsRow(parser.current) {
        if case .command(let name) = parser.current.kind, name == "displaystyle" || name == "textstyle" {
          parser.advance()
          let rest = try parser.parseRow(font: font)
          items.append(.style(display: name == "displaystyle", .row(rest)))
          break
        }
        let item = try parser.parseScripted(font: font, previous: items.last)
        items.append(contentsOf: item)
      }
      return items
    }
  }

  /// One parsed atom: its node, whether its scripts go under and over in display style, and whether it is a
  /// function name that an invisible function application must follow.
  struct Atom {
    var node: MathNode
    var limits = false
    var isFunction = false
  }

  /// Parses one atom; in a row a number takes all its digits, as an argument only one (`\frac12`).
  mutating func parseAtom(font: MathFont?, inRow: Bool, previous: MathNode?) throws(MathError) -> Atom {
    let token = advance()
    switch token.kind {
    case .letter(let letter):
      return Atom(node: letterNode(letter, font: font, inRow: inRow))
    case .digit(let digit):
      var number = String(digit)
      if inRow { number += readNumberTail() }
      return Atom(node: .number(String(number.map { font?.apply(to: $0) ?? $0 })))
    case .symbol(let symbol):
      return Atom(node: try symbolNode(symbol, at: token.offset, inRow: inRow, previous: previous))
    case .openBrace:
      let items = try parseRow(font: font)
      try expectCloseBrace(openedAt: token.offset)
      return Atom(node: .row(items))
    case .command(let name):
      return try parseCommand(name, at: token.offset, font: font, previous: previous)
    case .begin(let name):
      return Atom(node: try parseEnvironment(name, at: token.offset))
    case .text(let text):
      return Atom(node: .text(text, .normal))
    default:
      throw MathError(message: "unexpected token", offset: token.offset)
    }
  }

  /// Reads the rest of a number: more digits, and a decimal point followed by digits.
  private mutating func readNumberTail() -> String {
    var tail = ""
    while case .digit(let digit) = current.kind {
      tail.append(digit)
      advance()
    }
    if case .symbol(".") = current.kind, case .digit = following.kind {
      tail.append(".")
      advance()
      while case .digit(let digit) = current.kind {
        tail.append(digit)
        advance()
      }
    }
    return tail
  }

  private mutating func letterNode(_ letter: Character, font: MathFont?, inRow: Bool) -> MathNode {
    guard let font else { return .identifier(String(letter), upright: false) }
    var text = String(font.apply(to: letter))
    // Upright words such as \mathrm{max} read as one identifier, as TeX sets them.
    if font == .roman && inRow {
      while case .letter(let next) = current.kind {
        text.append(next)
        advance()
      }
    }
    return .identifier(text, upright: font == .roman)
  }

  private func symbolNode(
    _ symbol: Character, at offset: Int, inRow: Bool, previous: MathNode?
  ) throws(MathError) -> MathNode {
    if symbol == "~" { return .space(em: "0.3333em") }
    if var op = Symbols.characterOperator(symbol) {
      op.form = Self.unaryForm(of: op, after: previous, inRow: inRow)
      return .operator(op)
    }
    if symbol.isASCII {
      throw MathError(message: "unsupported character '\(symbol)' in math", offset: offset)
    }
    // Other Unicode symbols typed directly (→, ≤, ×) are operators; MathML's dictionary spaces them.
    var op = Operator(text: String(symbol), atomClass: Symbols.classOfCharacter[String(symbol)] ?? .ordinary)
    op.form = Self.unaryForm(of: op, after: previous, inRow: inRow)
    return .operator(op)
  }

  /// A binary operator with nothing to its left (TeX's unary minus) is marked prefix so it is not spaced as binary.
  static func unaryForm(of op: Operator, after previous: MathNode?, inRow: Bool) -> String? {
    guard op.atomClass == .binary else { return nil }
    guard inRow, let previous else { return "prefix" }
    guard case .operator(let before) = previous else { return nil }
    switch before.atomClass {
    case .binary, .relation, .opening, .punctuation, .largeOperator: return "prefix"
    default: return nil
    }
  }

  /// Consumes the `}` closing a group opened at `offset`.
  mutating func expectCloseBrace(openedAt offset: Int) throws(MathError) {
    let token = current
    switch token.kind {
    case .closeBrace:
      advance()
    case .endOfInput:
      throw MathError(message: "unbalanced '{': missing '}'", offset: offset)
    default:
      throw MathError(message: "unexpected \(Self.describe(token)) inside a group", offset: token.offset)
    }
  }

  /// Names a token for an error message.
  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .alignmentTab: "'&'"
    case .command(let name): "\\\(name)"
    case .end(let name): "\\end{\(name)}"
    case .closeBrace: "'}'"
    case .endOfInput: "end of formula"
    default: "token"
    }
  }

  /// Parses a command or script argument: a braced group, or else a single atom.
  mutating func parseArgument(of command: String, at offset: Int, font: MathFont?) throws(MathError) -> MathNode {
    let token = current
    let atom: Atom
    switch token.kind {
    case .openBrace:
      atom = try parseAtom(font: font, inRow: false, previous: nil)
    case .superscript, .subscript, .prime:
      throw MathError(message: "missing argument for \(command)", offset: token.offset)
    default:
      if Self.endsRow(token) {
        throw MathError(message: "missing argument for \(command)", offset: token.offset)
      }
      atom = try nested(at: token.offset) { parser throws(MathError) in
        try parser.parseAtom(font: font, inRow: false, previous: nil)
      }
    }
    return atom.isFunction ? .row([atom.node, .operator(functionApplication())]) : atom.node
  }
}
