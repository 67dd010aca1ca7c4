/// The patterns a chapter compiled, each once: `re.compile` of the same text and flags gives the same handle, as
/// CPython's cache gives the same pattern.
struct RegexCache {
  /// A compiled pattern and what its pattern object shows.
  struct Entry {
    var pattern: String
    var program: RegexProgram
    var syntax: RegexSyntax
  }
  var entries: [Entry] = []
  var handles: [String: Int] = [:]
  /// The code points of the string matched last: a loop matching one string many times converts it once.
  var lastText: (String, [UInt32])?
  /// How many different patterns a chapter may compile.
  static let maxPatterns = 10_000
}

extension Interpreter {
  /// `__docbuild_re__(operation, ...)`: what the `re` module (RegexModuleSource.swift) asks of the matcher.
  mutating func callRegex(_ call: CallArguments) throws(PythonError) -> Value {
    let arguments = call.positional
    guard case .string(let operation)? = arguments.first else {
      throw PythonError.type("__docbuild_re__(operation, ...)")
    }
    switch operation {
    case "compile":
      guard arguments.count == 3, case .int(let flags) = arguments[2] else {
        throw PythonError.type("__docbuild_re__('compile', pattern, flags)")
      }
      return try compileRegex(arguments[1], flags: flags)
    case "match", "all":
      guard arguments.count == 6, case .int(let handle) = arguments[1], regexes.entries.indices.contains(handle),
        case .int(let mode) = arguments[5]
      else { throw PythonError.type("__docbuild_re__('match', handle, string, pos, endpos, mode)") }
      guard case .string(let string) = arguments[2] else {
        switch arguments[2] {
        case .bytes, .bytearray: throw PythonError.type("cannot use a string pattern on a bytes-like object")
        default: throw PythonError.type("expected string or bytes-like object, got '\(arguments[2].typeName)'")
        }
      }
      func index(_ value: Value) throws(PythonError) -> Int {
        switch value {
        case .int(let int): return int
        case .bool(let bool): return bool ? 1 : 0
        case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C ssize_t")
        default: throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
        }
      }
      let position = try index(arguments[3])
      let endPosition = try index(arguments[4])
      return try runRegex(
        handle, string, position: position, endPosition: endPosition, mode: mode, all: operation == "all")
    case "template":
      guard arguments.count == 3, case .int(let handle) = arguments[1], regexes.entries.indices.contains(handle),
        case .string(let template) = arguments[2]
      else { throw PythonError.type("__docbuild_re__('template', handle, template)") }
      let pieces: [RegexTemplate.Piece]
      do throws(RegexCompileError) {
        pieces = try RegexTemplate.parse(template, syntax: regexes.entries[handle].syntax)
      } catch {
        return try regexFailure(error)
      }
      return try .makeList(
        pieces.map { piece in
          switch piece {
          case .literal(let text): return .string(text)
          case .group(let group): return .int(group)
          }
        })
    default:
      throw PythonError.type("__docbuild_re__: unknown operation \(operation)")
    }
  }

  /// `re.error` goes back to the module as ('error', message, position), which raises it; other kinds are raised here.
  private func regexFailure(_ error: RegexCompileError) throws(PythonError) -> Value {
    if error.kind == "error" {
      return try .makeTuple([.string("error"), .string(error.message), error.position.map { .int($0) } ?? .none])
    }
    var failure = PythonError(error.kind, error.message)
    failure.isLimit = error.kind == "NotImplementedError" || error.kind == "RecursionError"
    throw failure
  }

  private mutating func compileRegex(_ pattern: Value, flags: Int) throws(PythonError) -> Value {
    guard case .string(let text) = pattern else {
      if case .bytes = pattern {
        var error = PythonError(
          "NotImplementedError",
          "re with a bytes pattern is not available in snippets: decode the bytes and use a str pattern")
        error.isLimit = true
        throw error
      }
      throw PythonError.type("first argument must be string or compiled pattern")
    }
    let key = "\(flags):\(text)"
    let handle: Int
    if let known = regexes.handles[key] {
      handle = known
    } else {
      let syntax: RegexSyntax
      do throws(RegexCompileError) {
        syntax = try RegexParser.parse(text, flags: flags)
      } catch {
        return try regexFailure(error)
      }
      guard regexes.entries.count < RegexCache.maxPatterns else {
        var error = PythonError(
          "MemoryError", "a chapter may compile at most \(RegexCache.maxPatterns) different regular expressions")
        error.isLimit = true
        throw error
      }
      regexes.entries.append(RegexCache.Entry(pattern: text, program: RegexProgram(syntax), syntax: syntax))
      handle = regexes.entries.count - 1
      regexes.handles[key] = handle
    }
    let syntax = regexes.entries[handle].syntax
    let names = try syntax.groupNames.map { (name, group) throws(PythonError) in
      try Value.makeTuple([.string(name), .int(group)])
    }
    return try .makeTuple([.int(handle), .int(syntax.groupCount), try .makeList(names), .int(syntax.flags)])
  }

  /// Matches at `position` (mode 0), the whole of `position..<endPosition` (1) or searches (2); with `all`, every
  /// match a scan finds, CPython's empty-match rules included. A match is its group spans, flat, then `lastindex`.
  private mutating func runRegex(
    _ handle: Int, _ string: String, position: Int, endPosition: Int, mode: Int, all: Bool
  ) throws(PythonError) -> Value {
    let text: [UInt32]
    if let (last, scalars) = regexes.lastText, TextPositions.same(last, string) {
      text = scalars
    } else {
      // An ASCII line's code points are its UTF-8 bytes, read without decoding each scalar.
      text = string.utf8.allSatisfy { $0 < 0x80 } ? string.utf8.map(UInt32.init) : string.unicodeScalars.map(\.value)
      regexes.lastText = (string, text)
    }
    let entry = regexes.entries[handle]
    let end = Swift.max(0, Swift.min(endPosition, text.count))
    var start = Swift.max(0, Swift.min(position, text.count))
    let budget = Swift.max(0, stepBudget - steps)
    var machine = RegexMachine(program: entry.program, text: text, end: end, budget: budget)
    machine.matchAll = !all && mode == 1
    var found: [[Int]] = []
    var previousWasEmpty = false
    defer { steps &+= machine.steps }
    do throws(RegexMachine.BudgetExhausted) {
      // A match or fullmatch tries `pos` even past `endpos`, as CPython does; a scan stops there.
      while start <= end || !(mode == 2 || all) {
        var reached: Int?
        var at = start
        if mode == 2 || all {
          while at <= end {
            // After an empty match, the next may not be empty where it ended (CPython 3.7+).
            machine.mustAdvance = all && at == start && previousWasEmpty
            reached = try machine.match(at: at)
            if reached != nil { break }
            at += 1
          }
        } else {
          reached = try machine.match(at: at)
        }
        guard let reached else { break }
        machine.marks[0] = at
        machine.marks[1] = reached
        var spans: [Int] = []
        for group in 0...entry.program.groupCount {
          let from = machine.marks[2 * group]
          let to = machine.marks[2 * group + 1]
          let matched = from >= 0 && to >= 0
          spans.append(matched ? from : -1)
          spans.append(matched ? to : -1)
        }
        spans.append(machine.lastIndex)
        found.append(spans)
        // In a scan, `mode` is the most matches wanted (sub's count, split's maxsplit); 0 wants them all.
        if !all || (mode > 0 && found.count >= mode) { break }
        previousWasEmpty = reached == at
        start = reached
      }
    } catch {
      var failure = PythonError(
        "RuntimeError",
        "step budget exhausted: the regular expression \(RegexParser.quoted(entry.pattern)) took more than "
          + "\(budget) matching steps (or backtracking points) on a string of \(text.count) characters; a repeat "
          + "inside a repeat, such as (a*)*, tries exponentially many ways to fail: rewrite the pattern so each "
          + "character can be matched one way only")
      failure.isLimit = true
      throw failure
    }
    // Each match: its spans, `lastindex`, `pos` and `endpos` as CPython keeps them, the text since the previous match (a scan's), then each group's text, so
    // the module never slices a long string by code point (which walks it from the start each time).
    func slice(_ from: Int, _ to: Int) -> String {
      let part = text[from..<to]
      if part.allSatisfy({ $0 < 0x80 }) {
        // ASCII code points are the string's UTF-8 bytes, written at once (appending scalar by scalar was a sixth
        // of a loop of `p.search(line).group(1)`).
        return String(unsafeUninitializedCapacity: part.count) { bytes in
          for (offset, point) in part.enumerated() { bytes[offset] = UInt8(truncatingIfNeeded: point) }
          return part.count
        }
      }
      var result = ""
      result.unicodeScalars.append(contentsOf: part.lazy.map { Unicode.Scalar($0)! })
      return result
    }
    var results: [Value] = []
    var previousEnd = 0
    for spans in found {
      try tick()
      let groups = entry.program.groupCount
      var items = spans.dropLast().map { Value.int($0) }
      items.append(spans.last! >= 0 ? .int(spans.last!) : .none)
      items.append(.int(Swift.max(0, Swift.min(position, text.count))))
      items.append(.int(end))
      items.append(.string(all ? slice(previousEnd, Swift.max(previousEnd, spans[0])) : ""))
      for group in 0...groups {
        let (from, to) = (spans[2 * group], spans[2 * group + 1])
        items.append(from >= 0 && to >= from ? .string(slice(from, to)) : from >= 0 ? .string("") : .none)
      }
      previousEnd = Swift.max(previousEnd, spans[1])
      results.append(try .makeTuple(items))
    }
    if !all { return results.first ?? .none }
    return try .makeTuple([try .makeList(results), .string(slice(Swift.min(previousEnd, text.count), text.count))])
  }
}

/// A replacement template (`\1`, `\g<name>`, escapes), parsed as `re._parser.parse_template`.
enum RegexTemplate {
  /// Literal text, or the text of a group.
  enum Piece {
    case literal(String)
    case group(Int)
  }

  static func parse(_ template: String, syntax: RegexSyntax) throws(RegexCompileError) -> [Piece] {
    var source = try RegexTokenizer(Array(template.unicodeScalars))
    var pieces: [Piece] = []
    var literal = ""
    func addGroup(_ index: Int, _ offset: Int, _ source: RegexTokenizer) throws(RegexCompileError) {
      if index > syntax.groupCount { throw source.error("invalid group reference \(index)", offset) }
      if !literal.isEmpty {
        pieces.append(.literal(literal))
        literal = ""
      }
      pieces.append(.group(index))
    }
    while let this = try source.get() {
      let scalars = Array(this.unicodeScalars)
      guard scalars[0] == "\\", scalars.count == 2 else {
        literal += this
        continue
      }
      let letter = scalars[1]
      if letter == "g" {
        if !(try source.match("<")) { throw source.error("missing <") }
        let name = try source.getUntil(">", "group name")
        let index: Int
        if RegexParser.isIdentifier(name) {
          guard let found = syntax.groupNames.first(where: { $0.0 == name })?.1 else {
            throw RegexCompileError(kind: "IndexError", message: "unknown group name \(RegexParser.quoted(name))")
          }
          index = found
        } else {
          guard name.unicodeScalars.allSatisfy({ RegexParser.digits.contains($0) }), let number = Int(name) else {
            throw source.error(
              "bad character in group name \(RegexParser.quoted(name))", name.unicodeScalars.count + 1)
          }
          if number >= RegexFlags.maxGroups {
            throw source.error("invalid group reference \(number)", name.unicodeScalars.count + 1)
          }
          index = number
        }
        try addGroup(index, name.unicodeScalars.count + 1, source)
      } else if letter == "0" {
        var digits = "0"
        for _ in 0..<2 {
          guard let next = source.next, next.count == 1, RegexParser.octalDigits.contains(next.unicodeScalars.first!)
          else { break }
          digits += try source.get()!
        }
        literal.unicodeScalars.append(Unicode.Scalar(UInt32(digits, radix: 8)! & 0xFF)!)
      } else if RegexParser.digits.contains(letter) {
        var digits = String(letter)
        var isOctal = false
        if let next = source.next, next.count == 1, RegexParser.digits.contains(next.unicodeScalars.first!) {
          digits += try source.get()!
          let second = digits.unicodeScalars.dropFirst().first!
          if RegexParser.octalDigits.contains(letter), RegexParser.octalDigits.contains(second),
            let third = source.next, third.count == 1, RegexParser.octalDigits.contains(third.unicodeScalars.first!)
          {
            digits += try source.get()!
            isOctal = true
            let value = UInt32(digits, radix: 8)!
            if value > 0o377 {
              throw source.error("octal escape value \\\(digits) outside of range 0-0o377", digits.count + 1)
            }
            literal.unicodeScalars.append(Unicode.Scalar(value)!)
          }
        }
        if !isOctal { try addGroup(Int(digits)!, digits.count, source) }
      } else if let code = RegexParser.escapes[this] {
        literal.unicodeScalars.append(Unicode.Scalar(code)!)
      } else {
        if RegexParser.isASCIILetter(letter) { throw source.error("bad escape \(this)", 2) }
        literal += this
      }
    }
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    return pieces
  }
}
