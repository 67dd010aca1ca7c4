/// The syntax tree of a `re` pattern, parsed as CPython 3.11's `re._parser` parses a `str` pattern: the same
/// tokens, the same group numbering and the same error messages at the same positions (code points).
indirect enum RegexNode: Sendable {
  case literal(UInt32)
  case notLiteral(UInt32)
  case any
  case charset([RegexSetItem], negated: Bool)
  case anchor(RegexAnchor)
  case branch([[RegexNode]])
  /// A parenthesised part: a capturing group when `group` is set, and the inline flags `(?i-s:...)` it turns on and off.
  case subpattern(group: Int?, add: Int, remove: Int, [RegexNode])
  case atomic([RegexNode])
  case repetition(min: Int, max: Int, RegexRepeatKind, [RegexNode])
  case groupReference(Int)
  case groupExists(Int, yes: [RegexNode], no: [RegexNode]?)
  case assertion(behind: Bool, negated: Bool, [RegexNode])
}

/// One member of a character class.
enum RegexSetItem: Sendable, Equatable {
  case literal(UInt32)
  case range(UInt32, UInt32)
  case category(RegexCategory)
}

/// `\d \D \s \S \w \W`.
enum RegexCategory: Sendable, Equatable {
  case digit, notDigit, space, notSpace, word, notWord
}

/// Zero-width positions: `^ $ \A \Z \b \B`.
enum RegexAnchor: Sendable, Equatable {
  case beginning, end, beginningOfString, endOfString, boundary, nonBoundary
}

/// Greedy `*`, lazy `*?` or possessive `*+`.
enum RegexRepeatKind: Sendable, Equatable {
  case greedy, lazy, possessive
}

/// Why a pattern or a replacement template does not compile: `re.error` with CPython's message and position, or the
/// other exception CPython raises (`OverflowError`, `ValueError`, `IndexError`).
struct RegexCompileError: Error, Sendable {
  var kind = "error"
  var message: String
  var position: Int?
}

/// The `re` flag bits, as CPython numbers them.
enum RegexFlags {
  static let template = 1
  static let ignoreCase = 2
  static let locale = 4
  static let multiline = 8
  static let dotAll = 16
  static let unicode = 32
  static let verbose = 64
  static let debug = 128
  static let ascii = 256
  static let typeFlags = ascii | locale | unicode
  static let globalFlags = debug | template
  /// CPython's bound on a repetition count (`_sre.MAXREPEAT`) and on the number of groups.
  static let maxRepeat = 4_294_967_295
  static let maxGroups = 1_073_741_823
  static let inline: [Character: Int] = [
    "i": ignoreCase, "L": locale, "m": multiline, "s": dotAll, "x": verbose, "a": ascii, "t": template, "u": unicode,
  ]
}

/// A parsed pattern: its tree, its flags after the inline global ones, its groups and their names.
struct RegexSyntax: Sendable {
  var nodes: [RegexNode]
  var flags: Int
  var groupCount: Int
  var groupNames: [(String, Int)]
  /// Each group's fewest and most characters, for the width of a lookbehind that refers to it.
  var groupWidths: [(Int, Int)?]
}

/// Reads a pattern one token at a time, an escape being one token of two characters, as `re._parser.Tokenizer`.
struct RegexTokenizer {
  let text: [Unicode.Scalar]
  var index = 0
  var next: String?

  init(_ text: [Unicode.Scalar]) throws(RegexCompileError) {
    self.text = text
    try advance()
  }

  mutating func advance() throws(RegexCompileError) {
    guard index < text.count else {
      next = nil
      return
    }
    var token = String(text[index])
    var end = index
    if text[index] == "\\" {
      end += 1
      guard end < text.count else {
        throw RegexCompileError(message: "bad escape (end of pattern)", position: text.count - 1)
      }
      token.unicodeScalars.append(text[end])
    }
    index = end + 1
    next = token
  }

  var tell: Int { index - (next?.unicodeScalars.count ?? 0) }

  mutating func match(_ token: String) throws(RegexCompileError) -> Bool {
    guard next == token else { return false }
    try advance()
    return true
  }

  mutating func get() throws(RegexCompileError) -> String? {
    let this = next
    try advance()
    return this
  }

  mutating func getWhile(_ count: Int, _ allowed: (String) -> Bool) throws(RegexCompileError) -> String {
    var result = ""
    for _ in 0..<count {
      guard let character = next, allowed(character) else { break }
      result += character
      try advance()
    }
    return result
  }

  mutating func getUntil(_ terminator: String, _ name: String) throws(RegexCompileError) -> String {
    var result = ""
    while true {
      let character = next
      try advance()
      guard let character else {
        if result.isEmpty { throw error("missing " + name) }
        throw error("missing \(terminator), unterminated name", result.unicodeScalars.count)
      }
      if character == terminator {
        if result.isEmpty { throw error("missing " + name, 1) }
        break
      }
      result += character
    }
    return result
  }

  mutating func seek(_ position: Int) throws(RegexCompileError) {
    index = position
    try advance()
  }

  func error(_ message: String, _ offset: Int = 0) -> RegexCompileError {
    RegexCompileError(message: message, position: tell - offset)
  }

  func checkGroupName(_ name: String, _ offset: Int) throws(RegexCompileError) {
    guard RegexParser.isIdentifier(name) else {
      throw error("bad character in group name \(RegexParser.quoted(name))", name.unicodeScalars.count + offset)
    }
  }
}

/// `re._parser`'s recursive descent, over code points.
struct RegexParser {
  var source: RegexTokenizer
  var flags: Int
  var groupWidths: [(Int, Int)?] = [nil]
  var groupNames: [(String, Int)] = []
  var lookbehindGroups: Int?
  var groupReferencePositions: [Int: Int] = [:]

  static let digits = Set("0123456789".unicodeScalars)
  static let octalDigits = Set("01234567".unicodeScalars)
  static let hexDigits = Set("0123456789abcdefABCDEF".unicodeScalars)
  static let specialCharacters: Set<String> = [".", "\\", "[", "{", "(", ")", "*", "+", "?", "^", "$", "|"]
  static let whitespace: Set<String> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
  static let maxWidth = Int.max
  /// How deeply groups may nest.
  static let maxNesting = 200

  static func parse(_ pattern: String, flags: Int) throws(RegexCompileError) -> RegexSyntax {
    var parser = RegexParser(source: try RegexTokenizer(Array(pattern.unicodeScalars)), flags: flags)
    let nodes = try parser.parseAlternation(verbose: flags & RegexFlags.verbose != 0, nested: 0)
    var finalFlags = parser.flags
    if finalFlags & RegexFlags.locale != 0 {
      throw RegexCompileError(kind: "ValueError", message: "cannot use LOCALE flag with a str pattern")
    }
    if finalFlags & RegexFlags.ascii == 0 {
      finalFlags |= RegexFlags.unicode
    } else if finalFlags & RegexFlags.unicode != 0 {
      throw RegexCompileError(kind: "ValueError", message: "ASCII and UNICODE flags are incompatible")
    }
    if parser.source.next != nil { throw parser.source.error("unbalanced parenthesis") }
    for (group, position) in parser.groupReferencePositions.sorted(by: { $0.key < $1.key })
    where group >= parser.groupWidths.count {
      throw RegexCompileError(message: "invalid group reference \(group)", position: position)
    }
    try checkLookbehinds(nodes, groupWidths: parser.groupWidths)
    return RegexSyntax(
      nodes: nodes, flags: finalFlags, groupCount: parser.groupWidths.count - 1, groupNames: parser.groupNames,
      groupWidths: parser.groupWidths)
  }

  /// The compiler's check: a lookbehind must have one width.
  static func checkLookbehinds(_ nodes: [RegexNode], groupWidths: [(Int, Int)?]) throws(RegexCompileError) {
    for node in nodes {
      switch node {
      case .branch(let items):
        for item in items { try checkLookbehinds(item, groupWidths: groupWidths) }
      case .subpattern(_, _, _, let body), .atomic(let body), .repetition(_, _, _, let body):
        try checkLookbehinds(body, groupWidths: groupWidths)
      case .groupExists(_, let yes, let no):
        try checkLookbehinds(yes, groupWidths: groupWidths)
        if let no { try checkLookbehinds(no, groupWidths: groupWidths) }
      case .assertion(let behind, _, let body):
        if behind {
          let (low, high) = width(body, groupWidths: groupWidths)
          if low != high { throw RegexCompileError(message: "look-behind requires fixed-width pattern") }
        }
        try checkLookbehinds(body, groupWidths: groupWidths)
      default: break
      }
    }
  }

  /// The fewest and most characters `nodes` can match, as `SubPattern.getwidth`.
  static func width(_ nodes: [RegexNode], groupWidths: [(Int, Int)?]) -> (Int, Int) {
    var low = 0
    var high = 0
    func add(_ a: Int, _ b: Int) -> Int { a >= maxWidth - b ? maxWidth : a + b }
    func multiply(_ a: Int, _ b: Int) -> Int {
      if a == 0 || b == 0 { return 0 }
      return a > maxWidth / b ? maxWidth : a * b
    }
    for node in nodes {
      switch node {
      case .branch(let items):
        var itemLow = maxWidth
        var itemHigh = 0
        for item in items {
          let (l, h) = width(item, groupWidths: groupWidths)
          itemLow = Swift.min(itemLow, l)
          itemHigh = Swift.max(itemHigh, h)
        }
        low = add(low, itemLow)
        high = add(high, itemHigh)
      case .atomic(let body), .subpattern(_, _, _, let body):
        let (l, h) = width(body, groupWidths: groupWidths)
        low = add(low, l)
        high = add(high, h)
      case .repetition(let min, let max, _, let body):
        let (l, h) = width(body, groupWidths: groupWidths)
        low = add(low, multiply(l, min))
        high = max == RegexFlags.maxRepeat && h != 0 ? maxWidth : add(high, multiply(h, max))
      case .literal, .notLiteral, .any, .charset:
        low = add(low, 1)
        high = add(high, 1)
      case .groupReference(let group):
        let (l, h) = (group < groupWidths.count ? groupWidths[group] : nil) ?? (0, 0)
        low = add(low, l)
        high = add(high, h)
      case .groupExists(_, let yes, let no):
        var (l, h) = width(yes, groupWidths: groupWidths)
        if let no {
          let (l2, h2) = width(no, groupWidths: groupWidths)
          l = Swift.min(l, l2)
          h = Swift.max(h, h2)
        } else {
          l = 0
        }
        low = add(low, l)
        high = add(high, h)
      case .anchor, .assertion: break
      }
    }
    return (low, high)
  }

  /// Python's `str.isidentifier`.
  static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
    return name.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
  }

  /// Python's `repr` of a string, for the names quoted in error messages.
  static func quoted(_ text: String) -> String { Value.quote(text) }

  static func hex(_ value: UInt32, _ digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: Swift.max(0, digits - text.count)) + text
  }

  var groupCount: Int { groupWidths.count }

  mutating func openGroup(_ name: String?) throws(RegexCompileError) -> Int {
    let group = groupCount
    groupWidths.append(nil)
    if groupCount > RegexFlags.maxGroups { throw RegexCompileError(message: "too many groups") }
    if let name {
      if let old = groupNames.first(where: { $0.0 == name })?.1 {
        throw RegexCompileError(
          message: "redefinition of group name \(Self.quoted(name)) as group \(group); was group \(old)")
      }
      groupNames.append((name, group))
    }
    return group
  }

  func groupIsClosed(_ group: Int) -> Bool { group < groupCount && groupWidths[group] != nil }

  func checkLookbehindGroup(_ group: Int) throws(RegexCompileError) {
    guard let lookbehindGroups else { return }
    if !groupIsClosed(group) { throw source.error("cannot refer to an open group") }
    if group >= lookbehindGroups {
      throw source.error("cannot refer to group defined in the same lookbehind subpattern")
    }
  }

  static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  static let escapes: [String: UInt32] = [
    "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
  ]
  static let categories: [String: RegexCategory] = [
    "\\d": .digit, "\\D": .notDigit, "\\s": .space, "\\S": .notSpace, "\\w": .word, "\\W": .notWord,
  ]

  /// An escape's code point for `\x \u \U` and octal escapes shared by both contexts, nil when it is none of them.
  mutating func numericEscape(_ escape: inout String) throws(RegexCompileError) -> UInt32? {
    let letter = escape.unicodeScalars.dropFirst().first!
    let count: Int
    switch letter {
    case "x": count = 2
    case "u": count = 4
    case "U": count = 8
    case "N":
      throw RegexCompileError(
        kind: "NotImplementedError",
        message: "\\N{...} escapes are not available in snippet regular expressions: write the character itself")
    default: return nil
    }
    escape += try source.getWhile(count) { Self.hexDigits.contains($0.unicodeScalars.first!) && $0.count == 1 }
    guard escape.unicodeScalars.count == count + 2 else {
      throw source.error("incomplete escape \(escape)", escape.unicodeScalars.count)
    }
    let value = UInt32(String(escape.unicodeScalars.dropFirst(2)), radix: 16)!
    guard value <= 0x10FFFF else { throw source.error("bad escape \(escape)", escape.unicodeScalars.count) }
    return value
  }

  /// An escape inside `[...]`.
  mutating func classEscape(_ escape: String) throws(RegexCompileError) -> RegexSetItem {
    if let code = Self.escapes[escape] { return .literal(code) }
    if let category = Self.categories[escape] { return .category(category) }
    var escape = escape
    if let value = try numericEscape(&escape) { return .literal(value) }
    let letter = escape.unicodeScalars.dropFirst().first!
    if Self.octalDigits.contains(letter) {
      escape += try source.getWhile(2) { Self.octalDigits.contains($0.unicodeScalars.first!) && $0.count == 1 }
      let value = UInt32(String(escape.unicodeScalars.dropFirst()), radix: 8)!
      if value > 0o377 {
        throw source.error(
          "octal escape value \(escape) outside of range 0-0o377", escape.unicodeScalars.count)
      }
      return .literal(value)
    }
    if Self.digits.contains(letter) || Self.isASCIILetter(letter) {
      throw source.error("bad escape \(escape)", escape.unicodeScalars.count)
    }
    return .literal(letter.value)
  }

  /// An escape outside a class.
  mutating func escape(_ escape: String) throws(RegexCompileError) -> RegexNode {
    switch escape {
    case "\\A": return .anchor(.beginningOfString)
    case "\\Z": return .anchor(.endOfString)
    case "\\b": return .anchor(.boundary)
    case "\\B": return .anchor(.nonBoundary)
    default: break
    }
    if let category = Self.categories[escape] { return .charset([.category(category)], negated: false) }
    if let code = Self.escapes[escape] { return .literal(code) }
    var escape = escape
    if let value = try numericEscape(&escape) { return .literal(value) }
    let letter = escape.unicodeScalars.dropFirst().first!
    if letter == "0" {
      escape += try source.getWhile(2) { Self.octalDigits.contains($0.unicodeScalars.first!) && $0.count == 1 }
      return .literal(UInt32(String(escape.unicodeScalars.dropFirst()), radix: 8)!)
    }
    if Self.digits.contains(letter) {
      if let next = source.next, next.count == 1, Self.digits.contains(next.unicodeScalars.first!) {
        escape += try source.get()!
        let scalars = Array(escape.unicodeScalars)
        if Self.octalDigits.contains(scalars[1]), Self.octalDigits.contains(scalars[2]),
          let third = source.next, third.count == 1, Self.octalDigits.contains(third.unicodeScalars.first!)
        {
          escape += try source.get()!
          let value = UInt32(String(escape.unicodeScalars.dropFirst()), radix: 8)!
          if value > 0o377 {
            throw source.error(
              "octal escape value \(escape) outside of range 0-0o377", escape.unicodeScalars.count)
          }
          return .literal(value)
        }
      }
      let group = Int(String(escape.unicodeScalars.dropFirst()))!
      if group < groupCount {
        if !groupIsClosed(group) {
          throw source.error("cannot refer to an open group", escape.unicodeScalars.count)
        }
        try checkLookbehindGroup(group)
        return .groupReference(group)
      }
      throw source.error("invalid group reference \(group)", escape.unicodeScalars.count - 1)
    }
    if Self.isASCIILetter(letter) { throw source.error("bad escape \(escape)", escape.unicodeScalars.count) }
    return .literal(letter.value)
  }

  /// `a|b|c`.
  mutating func parseAlternation(verbose: Bool, nested: Int) throws(RegexCompileError) -> [RegexNode] {
    var items: [[RegexNode]] = []
    var verbose = verbose
    while true {
      items.append(try parseSequence(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
      if !(try source.match("|")) { break }
      if nested == 0 { verbose = flags & RegexFlags.verbose != 0 }
    }
    if items.count == 1 { return items[0] }
    return [.branch(items)]
  }

  static func isRepeat(_ node: RegexNode) -> Bool {
    if case .repetition = node { return true }
    return false
  }

  /// A sequence of items up to `|`, `)` or the end.
  mutating func parseSequence(verbose: Bool, nested: Int, first: Bool) throws(RegexCompileError) -> [RegexNode] {
    var items: [RegexNode] = []
    var verbose = verbose
    while true {
      guard let this = source.next, this != "|", this != ")" else { break }
      try source.advance()
      if verbose {
        if Self.whitespace.contains(this) { continue }
        if this == "#" {
          while true {
            let character = try source.get()
            if character == nil || character == "\n" { break }
          }
          continue
        }
      }
      let firstScalar = this.unicodeScalars.first!
      if firstScalar == "\\" {
        items.append(try escape(this))
      } else if !Self.specialCharacters.contains(this) {
        items.append(.literal(firstScalar.value))
      } else if this == "[" {
        items.append(try parseClass(start: source.tell - 1))
      } else if this == "*" || this == "+" || this == "?" || this == "{" {
        let here = source.tell
        var min = 0
        var max = RegexFlags.maxRepeat
        if this == "?" {
          max = 1
        } else if this == "+" {
          min = 1
        } else if this == "{" {
          if source.next == "}" {
            items.append(.literal(firstScalar.value))
            continue
          }
          var low = ""
          var high = ""
          while let next = source.next, next.count == 1, Self.digits.contains(next.unicodeScalars.first!) {
            low += try source.get()!
          }
          if try source.match(",") {
            while let next = source.next, next.count == 1, Self.digits.contains(next.unicodeScalars.first!) {
              high += try source.get()!
            }
          } else {
            high = low
          }
          if !(try source.match("}")) {
            items.append(.literal(firstScalar.value))
            try source.seek(here)
            continue
          }
          if !low.isEmpty {
            guard let value = Int(low), value < RegexFlags.maxRepeat else {
              throw RegexCompileError(kind: "OverflowError", message: "the repetition number is too large")
            }
            min = value
          }
          if !high.isEmpty {
            guard let value = Int(high), value < RegexFlags.maxRepeat else {
              throw RegexCompileError(kind: "OverflowError", message: "the repetition number is too large")
            }
            max = value
            if max < min { throw source.error("min repeat greater than max repeat", source.tell - here) }
          }
        }
        let length = this.unicodeScalars.count
        guard let last = items.last else {
          throw source.error("nothing to repeat", source.tell - here + length)
        }
        if case .anchor = last { throw source.error("nothing to repeat", source.tell - here + length) }
        if Self.isRepeat(last) { throw source.error("multiple repeat", source.tell - here + length) }
        var body = [last]
        if case .subpattern(nil, 0, 0, let inner) = last { body = inner }
        let kind: RegexRepeatKind
        if try source.match("?") {
          kind = .lazy
        } else if try source.match("+") {
          kind = .possessive
        } else {
          kind = .greedy
        }
        items[items.count - 1] = .repetition(min: min, max: max, kind, body)
      } else if this == "." {
        items.append(.any)
      } else if this == "(" {
        guard
          let node = try parseGroup(
            start: source.tell - 1, verbose: &verbose, nested: nested, first: first,
            sequenceIsEmpty: items.isEmpty)
        else { continue }
        items.append(node)
      } else if this == "^" {
        items.append(.anchor(.beginning))
      } else if this == "$" {
        items.append(.anchor(.end))
      }
    }
    // Non-capturing groups without flags dissolve into the sequence, as the parser's last step.
    var flattened: [RegexNode] = []
    for item in items {
      if case .subpattern(nil, 0, 0, let inner) = item {
        flattened.append(contentsOf: inner)
      } else {
        flattened.append(item)
      }
    }
    return flattened
  }

  /// `[...]`, its opening bracket already read.
  mutating func parseClass(start: Int) throws(RegexCompileError) -> RegexNode {
    var set: [RegexSetItem] = []
    let negated = try source.match("^")
    while true {
      guard let this = try source.get() else {
        throw source.error("unterminated character set", source.tell - start)
      }
      if this == "]" && !set.isEmpty { break }
      var code1: RegexSetItem
      if this.unicodeScalars.first == "\\" {
        code1 = try classEscape(this)
      } else {
        code1 = .literal(this.unicodeScalars.first!.value)
      }
      if try source.match("-") {
        guard let that = try source.get() else {
          throw source.error("unterminated character set", source.tell - start)
        }
        if that == "]" {
          set.append(code1)
          set.append(.literal(45))
          break
        }
        let code2: RegexSetItem
        if that.unicodeScalars.first == "\\" {
          code2 = try classEscape(that)
        } else {
          code2 = .literal(that.unicodeScalars.first!.value)
        }
        let length = this.unicodeScalars.count + 1 + that.unicodeScalars.count
        guard case .literal(let low) = code1, case .literal(let high) = code2, high >= low else {
          throw source.error("bad character range \(this)-\(that)", length)
        }
        set.append(.range(low, high))
      } else {
        set.append(code1)
      }
    }
    var unique: [RegexSetItem] = []
    for item in set where !unique.contains(item) { unique.append(item) }
    if unique.count == 1, case .literal(let value) = unique[0] {
      return negated ? .notLiteral(value) : .literal(value)
    }
    return .charset(unique, negated: negated)
  }

  /// `(...)` in all its forms, its opening parenthesis already read; nil for a comment or global flags.
  mutating func parseGroup(start: Int, verbose: inout Bool, nested: Int, first: Bool, sequenceIsEmpty: Bool)
    throws(RegexCompileError) -> RegexNode?
  {
    // CPython's recursive parser runs out of stack a few hundred groups deep (RecursionError); docbuild stops first.
    if nested > 2 * RegexParser.maxNesting {
      throw RegexCompileError(
        kind: "RecursionError",
        message: "a pattern in snippets may nest groups at most \(RegexParser.maxNesting) deep (CPython's parser "
          + "runs out of stack somewhere beyond that)")
    }
    var capture = true
    var atomic = false
    var name: String?
    var addFlags = 0
    var removeFlags = 0
    if try source.match("?") {
      guard let char = try source.get() else { throw source.error("unexpected end of pattern") }
      if char == "P" {
        if try source.match("<") {
          name = try source.getUntil(">", "group name")
          try source.checkGroupName(name!, 1)
        } else if try source.match("=") {
          let reference = try source.getUntil(")", "group name")
          try source.checkGroupName(reference, 1)
          guard let group = groupNames.first(where: { $0.0 == reference })?.1 else {
            throw source.error(
              "unknown group name \(Self.quoted(reference))", reference.unicodeScalars.count + 1)
          }
          if !groupIsClosed(group) {
            throw source.error("cannot refer to an open group", reference.unicodeScalars.count + 1)
          }
          try checkLookbehindGroup(group)
          return .groupReference(group)
        } else {
          guard let next = try source.get() else { throw source.error("unexpected end of pattern") }
          throw source.error("unknown extension ?P" + next, next.unicodeScalars.count + 2)
        }
      } else if char == ":" {
        capture = false
      } else if char == "#" {
        while true {
          if source.next == nil { throw source.error("missing ), unterminated comment", source.tell - start) }
          if try source.get() == ")" { break }
        }
        return nil
      } else if char == "=" || char == "!" || char == "<" {
        var kind = char
        var behind = false
        var savedLookbehind: Int?? = .none
        if char == "<" {
          guard let next = try source.get() else { throw source.error("unexpected end of pattern") }
          if next != "=" && next != "!" {
            throw source.error("unknown extension ?<" + next, next.unicodeScalars.count + 2)
          }
          kind = next
          behind = true
          savedLookbehind = .some(lookbehindGroups)
          if lookbehindGroups == nil { lookbehindGroups = groupCount }
        }
        let body = try parseAlternation(verbose: verbose, nested: nested + 1)
        if behind, case .some(nil) = savedLookbehind { lookbehindGroups = nil }
        if !(try source.match(")")) {
          throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        return .assertion(behind: behind, negated: kind == "!", body)
      } else if char == "(" {
        let condition = try source.getUntil(")", "group name")
        let length = condition.unicodeScalars.count + 1
        let group: Int
        if Self.isIdentifier(condition) {
          guard let found = groupNames.first(where: { $0.0 == condition })?.1 else {
            throw source.error("unknown group name \(Self.quoted(condition))", length)
          }
          group = found
        } else {
          guard condition.unicodeScalars.allSatisfy({ Self.digits.contains($0) }), let number = Int(condition)
          else {
            throw source.error("bad character in group name \(Self.quoted(condition))", length)
          }
          if number == 0 { throw source.error("bad group number", length) }
          if number >= RegexFlags.maxGroups { throw source.error("invalid group reference \(number)", length) }
          if groupReferencePositions[number] == nil { groupReferencePositions[number] = source.tell - length }
          group = number
        }
        try checkLookbehindGroup(group)
        let yes = try parseSequence(verbose: verbose, nested: nested + 1, first: false)
        var no: [RegexNode]?
        if try source.match("|") {
          no = try parseSequence(verbose: verbose, nested: nested + 1, first: false)
          if source.next == "|" { throw source.error("conditional backref with more than two branches") }
        }
        if !(try source.match(")")) {
          throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        return .groupExists(group, yes: yes, no: no)
      } else if char == ">" {
        capture = false
        atomic = true
      } else if let flagChar = char.first, char.count == 1, RegexFlags.inline[flagChar] != nil || char == "-" {
        guard let (add, remove) = try parseFlags(char) else {
          if !first || !sequenceIsEmpty {
            throw source.error("global flags not at the start of the expression", source.tell - start)
          }
          verbose = flags & RegexFlags.verbose != 0
          return nil
        }
        addFlags = add
        removeFlags = remove
        capture = false
      } else {
        throw source.error("unknown extension ?" + char, char.unicodeScalars.count + 1)
      }
    }
    var group: Int?
    if capture {
      do {
        group = try openGroup(name)
      } catch {
        throw source.error(error.message, (name?.unicodeScalars.count ?? 0) + 1)
      }
    }
    let subVerbose = (verbose || addFlags & RegexFlags.verbose != 0) && removeFlags & RegexFlags.verbose == 0
    let body = try parseAlternation(verbose: subVerbose, nested: nested + 1)
    if !(try source.match(")")) {
      throw source.error("missing ), unterminated subpattern", source.tell - start)
    }
    if let group { groupWidths[group] = Self.width(body, groupWidths: groupWidths) }
    if atomic { return .atomic(body) }
    return .subpattern(group: group, add: addFlags, remove: removeFlags, body)
  }

  /// `(?imsx-imsx:...)` or `(?imsx)`: the flags turned on and off, nil for global flags.
  mutating func parseFlags(_ first: String) throws(RegexCompileError) -> (Int, Int)? {
    var char: String? = first
    var add = 0
    var remove = 0
    if first != "-" {
      while true {
        let flag = RegexFlags.inline[char!.first!]!
        if char == "L" { throw source.error("bad inline flags: cannot use 'L' flag with a str pattern") }
        add |= flag
        if flag & RegexFlags.typeFlags != 0, add & RegexFlags.typeFlags != flag {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
        }
        char = try source.get()
        guard let current = char else { throw source.error("missing -, : or )") }
        if current == ")" || current == "-" || current == ":" { break }
        guard current.count == 1, RegexFlags.inline[current.first!] != nil else {
          let message = current.allSatisfy(\.isLetter) ? "unknown flag" : "missing -, : or )"
          throw source.error(message, current.unicodeScalars.count)
        }
      }
    }
    if char == ")" {
      flags |= add
      return nil
    }
    if add & RegexFlags.globalFlags != 0 {
      throw source.error("bad inline flags: cannot turn on global flag", 1)
    }
    if char == "-" {
      char = try source.get()
      guard let current = char else { throw source.error("missing flag") }
      guard current.count == 1, RegexFlags.inline[current.first!] != nil else {
        let message = current.allSatisfy(\.isLetter) ? "unknown flag" : "missing flag"
        throw source.error(message, current.unicodeScalars.count)
      }
      while true {
        let flag = RegexFlags.inline[char!.first!]!
        if flag & RegexFlags.typeFlags != 0 {
          throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
        }
        remove |= flag
        char = try source.get()
        guard let current = char else { throw source.error("missing :") }
        if current == ":" { break }
        guard current.count == 1, RegexFlags.inline[current.first!] != nil else {
          let message = current.allSatisfy(\.isLetter) ? "unknown flag" : "missing :"
          throw source.error(message, current.unicodeScalars.count)
        }
      }
    }
    if remove & RegexFlags.globalFlags != 0 {
      throw source.error("bad inline flags: cannot turn off global flag", 1)
    }
    if add & remove != 0 { throw source.error("bad inline flags: flag turned on and off", 1) }
    return (add, remove)
  }
}
