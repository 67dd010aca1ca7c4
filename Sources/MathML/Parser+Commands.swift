/// Commands: symbols, fractions, roots, fonts, text, accents and delimiters.
extension Parser {
  /// Accent commands: the mark, whether it stretches over its base, and whether it goes under. The wide marks are
  /// the characters that Latin Modern Math and STIX stretch in Chromium (U+0302, U+02DC, U+2015, U+0332).
  private static let accents: [String: (mark: String, stretchy: Bool, under: Bool)] = [
    "hat": ("^", false, false), "widehat": ("\u{302}", true, false), "bar": ("¯", false, false),
    "overline": ("―", true, false), "underline": ("̲", true, true), "tilde": ("~", false, false),
    "widetilde": ("\u{2DC}", true, false), "overrightarrow": ("→", true, false), "overleftarrow": ("←", true, false),
    "dot": ("˙", false, false), "ddot": ("¨", false, false), "check": ("ˇ", false, false),
    "breve": ("˘", false, false), "acute": ("´", false, false), "grave": ("`", false, false),
  ]

  /// Sizes of `\big` and friends, as KaTeX and amsmath set them.
  private static let bigSizes: [String: String] = [
    "big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em",
  ]

  /// Parses the command `name` whose backslash is at `offset`.
  mutating func parseCommand(
    _ name: String, at offset: Int, font: MathFont?, previous: MathNode?
  ) throws(MathError) -> Atom {
    if let symbol = Symbols.identifiers[name] {
      return Atom(node: .identifier(symbol.text, upright: symbol.upright))
    }
    if let symbol = Symbols.operators[name] {
      var op = Operator(text: symbol.text, atomClass: symbol.atomClass)
      if [.opening, .closing].contains(op.atomClass) || op.text == "|" || op.text == "‖" { op.stretchy = false }
      op.form = Self.unaryForm(of: op, after: previous, inRow: true)
      return Atom(node: .operator(op))
    }
    if let large = Symbols.largeOperators[name] {
      return Atom(node: .operator(Operator(text: large.text, atomClass: .largeOperator)), limits: large.limits)
    }
    if let function = Symbols.functions[name] {
      return Atom(node: .identifier(function.text, upright: true), limits: function.limits, isFunction: true)
    }
    if let width = Symbols.spaces[name] {
      return Atom(node: .space(em: width))
    }
    if let mathFont = MathFont.commands[name] {
      return Atom(node: try parseArgument(of: "\\" + name, at: offset, font: mathFont))
    }
    if let accent = Self.accents[name] {
      let base = try parseArgument(of: "\\" + name, at: offset, font: font)
      let mark = Operator(text: accent.mark, atomClass: .ordinary, stretchy: accent.stretchy)
      return Atom(node: .stack(base: base, mark: .operator(mark), under: accent.under, isAccent: true))
    }
    if name == "vec" {
      // A full-size arrow as an accent is far larger than TeX's \vec; as a plain overscript it is set small.
      let base = try parseArgument(of: "\\vec", at: offset, font: font)
      let arrow = Operator(text: "→", atomClass: .ordinary, stretchy: false)
      return Atom(node: .stack(base: base, mark: .operator(arrow), under: false, isAccent: false))
    }
    if let size = Self.bigSize(name) {
      return Atom(node: .operator(try parseBigDelimiter(name, size: size, at: offset)))
    }
    return try parseStructure(name, at: offset, font: font)
  }

  private static func bigSize(_ name: String) -> String? {
    for suffix in ["l", "r", "m", ""] where name.hasSuffix(suffix) {
      if let size = bigSizes[String(name.dropLast(suffix.count))] { return size }
    }
    return nil
  }

  /// Commands that build structure from arguments.
  private mutating func parseStructure(_ name: String, at offset: Int, font: MathFont?) throws(MathError) -> Atom {
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac":
      let numerator = try parseArgument(of: "\\" + name, at: offset, font: font)
      let denominator = try parseArgument(of: "\\" + name, at: offset, font: font)
      let fraction = MathNode.fraction(numerator: numerator, denominator: denominator, lineThickness: nil)
      if name == "frac" { return Atom(node: fraction) }
      return Atom(node: .style(display: name != "tfrac", fraction))
    case "binom":
      let top = try parseArgument(of: "\\binom", at: offset, font: font)
      let bottom = try parseArgument(of: "\\binom", at: offset, font: font)
      let stack = MathNode.fraction(numerator: top, denominator: bottom, lineThickness: "0")
      return Atom(node: .fenced(open: Self.fence("(", .opening), body: [stack], close: Self.fence(")", .closing)))
    case "sqrt":
      let index = try parseRootIndex(font: font)
      let radicand = try parseArgument(of: "\\sqrt", at: offset, font: font)
      return Atom(node: index.map { .root(radicand: radicand, index: $0) } ?? .squareRoot(radicand))
    case "operatorname":
      return try parseOperatorName(at: offset)
    case "text", "textrm", "textup", "textnormal", "mbox", "textbf", "textit":
      // The lexer always follows a text command with its argument.
      guard case .text(let text) = advance().kind else {
        throw MathError(message: "\\\(name) needs a braced argument", offset: offset)
      }
      let style: TextStyle = name == "textbf" ? .bold : name == "textit" ? .italic : .normal
      return Atom(node: .text(text, style))
    case "left":
      return Atom(node: try parseLeftRight(at: offset, font: font))
    case "overset", "stackrel", "underset":
      let mark = try parseArgument(of: "\\" + name, at: offset, font: font)
      let base = try parseArgument(of: "\\" + name, at: offset, font: font)
      return Atom(node: .stack(base: base, mark: mark, under: name == "underset", isAccent: false))
    case "overbrace", "underbrace":
      // TeX sets a brace as a large operator with limits: a script on its side labels it, in every style.
      let under = name == "underbrace"
      let base = try parseArgument(of: "\\" + name, at: offset, font: font)
      let brace = Operator(text: under ? "⏟" : "⏞", atomClass: .ordinary, stretchy: true)
      let braced = MathNode.stack(base: base, mark: .operator(brace), under: under, isAccent: false)
      let labelToken = current
      guard labelToken.kind == (under ? .subscript : .superscript) else { return Atom(node: braced) }
      advance()
      let label = try parseArgument(of: under ? "_" : "^", at: labelToken.offset, font: font)
      return Atom(node: .stack(base: braced, mark: label, under: under, isAccent: false))
    case "bmod":
      return Atom(node: .operator(Operator(text: "mod", atomClass: .binary)))
    case "pmod":
      let modulus = try parseArgument(of: "\\pmod", at: offset, font: font)
      let open = Operator(text: "(", atomClass: .opening, stretchy: false)
      let close = Operator(text: ")", atomClass: .closing, stretchy: false)
      let items: [MathNode] = [
        .space(em: "1em"), .operator(open), .identifier("mod", upright: true), .space(em: "0.3333em"), modulus,
        .operator(close),
      ]
      return Atom(node: .row(items))
    case "limits", "nolimits":
      throw MathError(message: "\\\(name) must follow a large operator", offset: offset)
    default:
      throw MathError(message: "unsupported command \\\(name)", offset: offset)
    }
  }

  /// A stretchy fence for `\left`, `\right`, matrices and binomials.
  static func fence(_ text: String, _ atomClass: AtomClass) -> Operator {
    let form = atomClass == .opening ? "prefix" : atomClass == .closing ? "postfix" : nil
    return Operator(text: text, atomClass: atomClass, form: form, stretchy: true)
  }

  /// Reads the optional `[n]` of `\sqrt[n]{x}`.
  private mutating func parseRootIndex(font: MathFont?) throws(MathError) -> MathNode? {
    guard case .symbol("[") = current.kind else { return nil }
    let open = advance()
    return try nested(at: open.offset) { parser throws(MathError) in
      var items: [MathNode] = []
      while true {
        if case .symbol("]") = parser.current.kind {
          parser.advance()
          return .row(items)
        }
        if Self.endsRow(parser.current) {
          throw MathError(message: "missing ']' after the index of \\sqrt", offset: open.offset)
        }
        items.append(try parser.parseAtom(font: font, inRow: true, previous: items.last).node)
      }
    }
  }

  /// `\operatorname{name}` and `\operatorname*{name}` (limits under and over in display style).
  private mutating func parseOperatorName(at offset: Int) throws(MathError) -> Atom {
    var limits = false
    if case .symbol("*") = current.kind {
      advance()
      limits = true
    }
    let argumentOffset = current.offset
    let argument = try parseArgument(of: "\\operatorname", at: offset, font: .roman)
    guard let name = Self.plainText(argument), !name.isEmpty else {
      throw MathError(message: "\\operatorname takes letters and digits only", offset: argumentOffset)
    }
    return Atom(node: .identifier(name, upright: true), limits: limits, isFunction: true)
  }

  /// The characters of a node made only of identifiers and numbers.
  private static func plainText(_ node: MathNode) -> String? {
    switch node {
    case .identifier(let text, _), .number(let text): return text
    case .space: return " "
    case .row(let items):
      var text = ""
      for item in items {
        guard let part = plainText(item) else { return nil }
        text += part
      }
      return text
    default: return nil
    }
  }

  /// Reads the delimiter after `\left`, `\right`, `\middle` or `\big`; `nil` stands for the invisible `.`.
  private mutating func parseDelimiter(after command: String) throws(MathError) -> String? {
    let token = current
    switch token.kind {
    case .symbol("."):
      advance()
      return nil
    case .symbol(let symbol):
      if let text = Symbols.delimiterCharacters[symbol] {
        advance()
        return text
      }
    case .command(let name):
      if let text = Symbols.delimiterCommands[name] {
        advance()
        return text
      }
    default:
      break
    }
    throw MathError(message: "\\\(command) needs a delimiter", offset: token.offset)
  }

  private mutating func parseBigDelimiter(_ name: String, size: String, at offset: Int) throws(MathError) -> Operator {
    let text = try parseDelimiter(after: name) ?? ""
    let atomClass: AtomClass =
      switch name.last {
      case "l": .opening
      case "r": .closing
      case "m": .relation
      default: .ordinary
      }
    return Operator(text: text, atomClass: atomClass, stretchy: true, size: size)
  }

  /// `\left( … \middle| … \right)`.
  private mutating func parseLeftRight(at offset: Int, font: MathFont?) throws(MathError) -> MathNode {
    let open = try parseDelimiter(after: "left")
    var body: [MathNode] = []
    while true {
      body += try parseRow(font: font)
      guard case .command(let name) = current.kind, name == "middle" || name == "right" else {
        throw MathError(message: "\\left without matching \\right", offset: offset)
      }
      advance()
      let delimiter = try parseDelimiter(after: name)
      if name == "right" {
        return .fenced(
          open: open.map { Self.fence($0, .opening) }, body: body, close: delimiter.map { Self.fence($0, .closing) })
      }
      if let delimiter { body.append(.operator(Self.fence(delimiter, .relation))) }
    }
  }
}
