/// One character test: a literal, a class, `.`; with the case folding and the ASCII or Unicode classes the flags in
/// force where it was written chose.
struct RegexUnit: Sendable {
  /// What the character is tested against; `folded` kinds compare lowercase forms (IGNORECASE).
  enum Kind: Sendable {
    case literal(UInt32)
    case foldedLiteral(UInt32)
    case any
    case anyAll
    case set([RegexSetItem])
    case foldedSet([RegexSetItem])
  }
  var kind: Kind
  var negated = false
  var ascii = false

  func matches(_ scalar: UInt32) -> Bool {
    let found: Bool
    switch kind {
    case .literal(let value): found = scalar == value
    case .foldedLiteral(let value): found = RegexCharacters.lower(scalar, ascii: ascii) == value
    case .any: found = scalar != 10
    case .anyAll: found = true
    case .set(let items): found = RegexCharacters.setContains(items, scalar, ascii: ascii)
    case .foldedSet(let items):
      let lowered = RegexCharacters.lower(scalar, ascii: ascii)
      found = RegexCharacters.foldedSetContains(items, lowered, ascii: ascii)
    }
    return found != negated
  }
}

/// The character predicates of CPython's `_sre` for `str` patterns.
enum RegexCharacters {
  /// `re._compiler._EXTRA_CASES`: characters that match each other under IGNORECASE beyond their lowercase forms.
  static let extraCases: [UInt32: [UInt32]] = [
    105: [305], 115: [383], 181: [956], 305: [105], 383: [115], 837: [953, 8126], 912: [8147], 944: [8163],
    946: [976], 949: [1013], 952: [977], 953: [837, 8126], 954: [1008], 956: [181], 960: [982], 961: [1009],
    962: [963], 963: [962], 966: [981], 976: [946], 977: [952], 981: [966], 982: [960], 1008: [954], 1009: [961],
    1013: [949], 1074: [7296], 1076: [7297], 1086: [7298], 1089: [7299], 1090: [7300, 7301], 1098: [7302],
    1123: [7303], 7296: [1074], 7297: [1076], 7298: [1086], 7299: [1089], 7300: [1090, 7301], 7301: [1090, 7300],
    7302: [1098], 7303: [1123], 7304: [42571], 7777: [7835], 7835: [7777], 8126: [837, 953], 8147: [912],
    8163: [944], 42571: [7304], 64261: [64262], 64262: [64261],
  ]

  /// The simple lowercase mapping (`Py_UNICODE_TOLOWER`), or ASCII's.
  static func lower(_ value: UInt32, ascii: Bool) -> UInt32 {
    if value < 128 || ascii {
      return (65...90).contains(value) ? value + 32 : value
    }
    guard let scalar = Unicode.Scalar(value) else { return value }
    if value == 0x130 { return 0x69 }
    let mapped = scalar.properties.lowercaseMapping.unicodeScalars
    return mapped.count == 1 ? mapped.first!.value : value
  }

  /// The simple uppercase mapping (`Py_UNICODE_TOUPPER`), or ASCII's.
  static func upper(_ value: UInt32, ascii: Bool) -> UInt32 {
    if value < 128 || ascii {
      return (97...122).contains(value) ? value - 32 : value
    }
    guard let scalar = Unicode.Scalar(value) else { return value }
    let mapped = scalar.properties.uppercaseMapping.unicodeScalars
    return mapped.count == 1 ? mapped.first!.value : value
  }

  /// True when the character has other cases (`_sre.unicode_iscased` / `ascii_iscased`).
  static func isCased(_ value: UInt32, ascii: Bool) -> Bool {
    if ascii { return value < 128 && ((65...90).contains(value) || (97...122).contains(value)) }
    return lower(value, ascii: false) != value || upper(value, ascii: false) != value
  }

  static func isDigit(_ value: UInt32, ascii: Bool) -> Bool {
    if value < 128 || ascii { return (48...57).contains(value) }
    return Unicode.Scalar(value)?.properties.generalCategory == .decimalNumber
  }

  /// `str.isspace`.
  static func isSpace(_ value: UInt32, ascii: Bool) -> Bool {
    if value < 128 || ascii { return value == 32 || (9...13).contains(value) || (!ascii && (28...31).contains(value)) }
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `str.isalnum() or c == '_'`.
  static func isWord(_ value: UInt32, ascii: Bool) -> Bool {
    if value < 128 || ascii {
      return value == 95 || (48...57).contains(value) || (65...90).contains(value) || (97...122).contains(value)
    }
    guard let properties = Unicode.Scalar(value)?.properties else { return false }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return properties.numericType != nil
    }
  }

  static func category(_ category: RegexCategory, _ value: UInt32, ascii: Bool) -> Bool {
    switch category {
    case .digit: return isDigit(value, ascii: ascii)
    case .notDigit: return !isDigit(value, ascii: ascii)
    case .space: return isSpace(value, ascii: ascii)
    case .notSpace: return !isSpace(value, ascii: ascii)
    case .word: return isWord(value, ascii: ascii)
    case .notWord: return !isWord(value, ascii: ascii)
    }
  }

  static func setContains(_ items: [RegexSetItem], _ value: UInt32, ascii: Bool) -> Bool {
    for item in items {
      switch item {
      case .literal(let literal): if literal == value { return true }
      case .range(let low, let high): if low <= value && value <= high { return true }
      case .category(let kind): if category(kind, value, ascii: ascii) { return true }
      }
    }
    return false
  }

  /// Whether a lowercased character is in a class under IGNORECASE, as the compiler's folded charset: the class's
  /// members stand for their lowercase forms and those forms' extra cases.
  static func foldedSetContains(_ items: [RegexSetItem], _ lowered: UInt32, ascii: Bool) -> Bool {
    for item in items {
      switch item {
      case .literal(let literal):
        let folded = lower(literal, ascii: ascii)
        if folded == lowered { return true }
        if !ascii, let extra = extraCases[folded], extra.contains(lowered) { return true }
      case .range(let low, let high):
        if low <= lowered && lowered <= high { return true }
        let upperForm = upper(lowered, ascii: ascii)
        if low <= upperForm && upperForm <= high { return true }
        if !ascii, let extra = extraCases[lowered], extra.contains(where: { low <= $0 && $0 <= high }) {
          return true
        }
      case .category(let kind): if category(kind, lowered, ascii: ascii) { return true }
      }
    }
    return false
  }
}

/// A compiled pattern: instructions for a backtracking machine that follows `_sre`'s order of trying alternatives,
/// its repeat contexts (MAX_UNTIL / MIN_UNTIL, with their zero-width protection) and its group marks.
struct RegexProgram: Sendable {
  /// One step of the program; targets are instruction indices.
  enum Instruction: Sendable {
    case unit(RegexUnit)
    case anchor(RegexAnchor, multiline: Bool, ascii: Bool)
    /// Try the next instruction, and on failure `alternative`.
    case split(alternative: Int)
    case jump(Int)
    case mark(Int)
    case groupReference(Int, folded: Bool, ascii: Bool)
    case groupExists(Int, no: Int)
    /// A single-character repeat (`REPEAT_ONE` / `MIN_REPEAT_ONE`).
    case repeatOne(RegexUnit, min: Int, max: Int, lazy: Bool)
    /// `REPEAT`: opens a repeat context and goes to its `until`.
    case repeatStart(until: Int)
    /// `MAX_UNTIL` / `MIN_UNTIL`: the body starts at `body`; the tail follows this instruction.
    case repeatUntil(body: Int, min: Int, max: Int, lazy: Bool)
    /// An atomic group or a possessive repeat: the body runs on its own up to `succeed`, then `end`.
    case atomic(end: Int)
    case assertion(end: Int, behind: Int?, negated: Bool)
    case succeed
  }

  var instructions: [Instruction] = []
  var groupCount: Int
  private let groupWidths: [(Int, Int)?]

  init(_ syntax: RegexSyntax) {
    groupCount = syntax.groupCount
    groupWidths = syntax.groupWidths
    emit(syntax.nodes, flags: syntax.flags)
    instructions.append(.succeed)
  }

  private mutating func emit(_ nodes: [RegexNode], flags: Int) {
    for node in nodes { emit(node, flags: flags) }
  }

  private func unit(_ node: RegexNode, flags: Int) -> RegexUnit? {
    let ascii = flags & RegexFlags.ascii != 0
    let folded = flags & RegexFlags.ignoreCase != 0
    switch node {
    case .literal(let value), .notLiteral(let value):
      var negated = false
      if case .notLiteral = node { negated = true }
      guard folded, RegexCharacters.isCased(value, ascii: ascii) else {
        return RegexUnit(kind: .literal(value), negated: negated, ascii: ascii)
      }
      let lowered = RegexCharacters.lower(value, ascii: ascii)
      if !ascii, let extra = RegexCharacters.extraCases[lowered] {
        return RegexUnit(
          kind: .foldedSet(([lowered] + extra).map { .literal($0) }), negated: negated, ascii: ascii)
      }
      return RegexUnit(kind: .foldedLiteral(lowered), negated: negated, ascii: ascii)
    case .any:
      return RegexUnit(kind: flags & RegexFlags.dotAll != 0 ? .anyAll : .any, ascii: ascii)
    case .charset(let items, let negated):
      let hasCased =
        folded
        && items.contains { item in
          switch item {
          case .literal(let value): return RegexCharacters.isCased(value, ascii: ascii)
          case .range: return true
          case .category: return false
          }
        }
      return RegexUnit(kind: hasCased ? .foldedSet(items) : .set(items), negated: negated, ascii: ascii)
    default: return nil
    }
  }

  private mutating func emit(_ node: RegexNode, flags: Int) {
    if let unit = unit(node, flags: flags) {
      instructions.append(.unit(unit))
      return
    }
    switch node {
    case .literal, .notLiteral, .any, .charset: break
    case .anchor(let anchor):
      instructions.append(
        .anchor(anchor, multiline: flags & RegexFlags.multiline != 0, ascii: flags & RegexFlags.ascii != 0))
    case .branch(let items):
      var jumps: [Int] = []
      for (index, item) in items.enumerated() {
        let split = instructions.count
        if index < items.count - 1 { instructions.append(.split(alternative: -1)) }
        emit(item, flags: flags)
        if index < items.count - 1 {
          jumps.append(instructions.count)
          instructions.append(.jump(-1))
          instructions[split] = .split(alternative: instructions.count)
        }
      }
      for jump in jumps { instructions[jump] = .jump(instructions.count) }
    case .subpattern(let group, let add, let remove, let body):
      var inner = flags
      if add & RegexFlags.typeFlags != 0 { inner &= ~RegexFlags.typeFlags }
      inner = (inner | add) & ~remove
      if let group { instructions.append(.mark(2 * group)) }
      emit(body, flags: inner)
      if let group { instructions.append(.mark(2 * group + 1)) }
    case .atomic(let body):
      let start = instructions.count
      instructions.append(.atomic(end: -1))
      emit(body, flags: flags)
      instructions.append(.succeed)
      instructions[start] = .atomic(end: instructions.count)
    case .repetition(let min, let max, let kind, let body):
      if kind == .possessive {
        let start = instructions.count
        instructions.append(.atomic(end: -1))
        emit(.repetition(min: min, max: max, .greedy, body), flags: flags)
        instructions.append(.succeed)
        instructions[start] = .atomic(end: instructions.count)
        return
      }
      if body.count == 1, let unit = unit(body[0], flags: flags) {
        instructions.append(.repeatOne(unit, min: min, max: max, lazy: kind == .lazy))
        return
      }
      let start = instructions.count
      instructions.append(.repeatStart(until: -1))
      emit(body, flags: flags)
      instructions[start] = .repeatStart(until: instructions.count)
      instructions.append(.repeatUntil(body: start + 1, min: min, max: max, lazy: kind == .lazy))
    case .groupReference(let group):
      instructions.append(
        .groupReference(
          group, folded: flags & RegexFlags.ignoreCase != 0, ascii: flags & RegexFlags.ascii != 0))
    case .groupExists(let group, let yes, let no):
      let start = instructions.count
      instructions.append(.groupExists(group, no: -1))
      emit(yes, flags: flags)
      if let no {
        let jump = instructions.count
        instructions.append(.jump(-1))
        instructions[start] = .groupExists(group, no: instructions.count)
        emit(no, flags: flags)
        instructions[jump] = .jump(instructions.count)
      } else {
        instructions[start] = .groupExists(group, no: instructions.count)
      }
    case .assertion(let behind, let negated, let body):
      let start = instructions.count
      instructions.append(.assertion(end: -1, behind: nil, negated: negated))
      emit(body, flags: flags)
      instructions.append(.succeed)
      let width = behind ? RegexParser.width(body, groupWidths: groupWidths).0 : nil
      instructions[start] = .assertion(end: instructions.count, behind: width, negated: negated)
    }
  }
}

/// Runs a program over a string's code points, counting its steps against a budget.
struct RegexMachine {
  /// A repeat context (`SRE_REPEAT`): iterations so far and where the latest one started.
  final class RepeatContext {
    var count = -1
    var lastPosition = -1
    let previous: RepeatContext?
    init(previous: RepeatContext?) { self.previous = previous }
  }

  /// The backtracking stack: choice points to resume at, and the state changes to undo on the way back to them.
  enum Entry {
    case resume(pc: Int, position: Int)
    case mark(Int, Int)
    case lastIndex(Int)
    case repeatState(RepeatContext, count: Int, lastPosition: Int)
    case currentRepeat(RepeatContext?)
    case repeatTail(pc: Int, position: Int)
    case lazyIterate(pc: Int, position: Int)
    case greedyOne(pc: Int, least: Int, position: Int)
    case lazyOne(pc: Int, most: Int, position: Int)
  }

  /// What ran out: the steps a statement may take.
  struct BudgetExhausted: Error {}

  let program: RegexProgram
  let text: [UInt32]
  /// `endpos`: the string ends here for the pattern.
  let end: Int
  var marks: [Int]
  var lastIndex = -1
  var repeatContext: RepeatContext?
  var stack: [Entry] = []
  var steps = 0
  let budget: Int
  var matchAll = false
  var mustAdvance = false
  var start = 0
  /// How many entries the backtracking stack may hold (about 40 bytes each).
  static let maxStack = 1_000_000

  init(program: RegexProgram, text: [UInt32], end: Int, budget: Int) {
    self.program = program
    self.text = text
    self.end = end
    self.budget = budget
    marks = Array(repeating: -1, count: 2 * (program.groupCount + 1))
  }

  /// Tries the pattern at `position`; returns where the match ends.
  mutating func match(at position: Int) throws(BudgetExhausted) -> Int? {
    for index in marks.indices { marks[index] = -1 }
    lastIndex = -1
    repeatContext = nil
    stack.removeAll(keepingCapacity: true)
    start = position
    return try run(pc: 0, position: position, top: true)
  }

  private func isWord(_ position: Int, ascii: Bool) -> Bool {
    position >= 0 && position < end && RegexCharacters.isWord(text[position], ascii: ascii)
  }

  private func anchor(_ anchor: RegexAnchor, _ position: Int, multiline: Bool, ascii: Bool) -> Bool {
    switch anchor {
    case .beginning: return position == 0 || (multiline && text[position - 1] == 10)
    case .beginningOfString: return position == 0
    case .end:
      if multiline { return position == end || (position < text.count && text[position] == 10) }
      return position == end || (position + 1 == end && text[position] == 10)
    case .endOfString: return position == end
    case .boundary:
      if end == 0 { return false }
      return isWord(position - 1, ascii: ascii) != isWord(position, ascii: ascii)
    case .nonBoundary:
      if end == 0 { return false }
      return isWord(position - 1, ascii: ascii) == isWord(position, ascii: ascii)
    }
  }

  private mutating func setMark(_ slot: Int, _ value: Int) {
    stack.append(.mark(slot, marks[slot]))
    marks[slot] = value
  }

  private mutating func tick() throws(BudgetExhausted) {
    steps &+= 1
    if steps > budget || stack.count > Self.maxStack { throw BudgetExhausted() }
  }

  /// Undoes entries above `base`, keeping none; used when a negative assertion's body matched.
  private mutating func unwind(to base: Int) {
    while stack.count > base {
      undo(stack.removeLast())
    }
  }

  private mutating func undo(_ entry: Entry) {
    switch entry {
    case .mark(let slot, let value): marks[slot] = value
    case .lastIndex(let value): lastIndex = value
    case .repeatState(let context, let count, let lastPosition):
      context.count = count
      context.lastPosition = lastPosition
    case .currentRepeat(let context): repeatContext = context
    default: break
    }
  }

  /// Drops the choice points above `base`, keeping what undoes the state, so an atomic body cannot be re-entered.
  private mutating func commit(above base: Int) {
    var kept: [Entry] = []
    for entry in stack[base...] {
      switch entry {
      case .mark, .lastIndex, .repeatState, .currentRepeat: kept.append(entry)
      default: break
      }
    }
    stack.removeSubrange(base...)
    stack.append(contentsOf: kept)
  }

  private mutating func run(pc startPC: Int, position startPosition: Int, top: Bool) throws(BudgetExhausted) -> Int? {
    let base = stack.count
    var pc = startPC
    var position = startPosition
    let instructions = program.instructions
    while true {
      try tick()
      var failed = false
      switch instructions[pc] {
      case .unit(let unit):
        if position < end && unit.matches(text[position]) {
          position += 1
          pc += 1
        } else {
          failed = true
        }
      case .anchor(let kind, let multiline, let ascii):
        if anchor(kind, position, multiline: multiline, ascii: ascii) { pc += 1 } else { failed = true }
      case .split(let alternative):
        stack.append(.resume(pc: alternative, position: position))
        pc += 1
      case .jump(let target): pc = target
      case .mark(let slot):
        if slot & 1 == 1 {
          stack.append(.lastIndex(lastIndex))
          lastIndex = slot / 2
        }
        setMark(slot, position)
        pc += 1
      case .groupReference(let group, let folded, let ascii):
        let from = marks[2 * group]
        let to = marks[2 * group + 1]
        guard from >= 0, to >= from, to - from <= end - position else {
          failed = true
          break
        }
        var same = true
        for offset in 0..<(to - from) {
          let a = text[from + offset]
          let b = text[position + offset]
          if folded ? RegexCharacters.lower(a, ascii: ascii) != RegexCharacters.lower(b, ascii: ascii) : a != b {
            same = false
            break
          }
        }
        if same {
          position += to - from
          pc += 1
        } else {
          failed = true
        }
      case .groupExists(let group, let no):
        let matched = marks[2 * group] >= 0 && marks[2 * group + 1] >= 0
        pc = matched ? pc + 1 : no
      case .repeatOne(let unit, let min, let max, let lazy):
        if lazy {
          var count = 0
          while count < min, position + count < end, unit.matches(text[position + count]) {
            try tick()
            count += 1
          }
          if count < min {
            failed = true
            break
          }
          position += count
          if count < max {
            stack.append(
              .lazyOne(
                pc: pc + 1, most: max == RegexFlags.maxRepeat ? Int.max : position - count + max, position: position))
          }
          pc += 1
        } else {
          let limit = max == RegexFlags.maxRepeat ? end : Swift.min(end, position + max)
          var reach = position
          while reach < limit, unit.matches(text[reach]) {
            try tick()
            reach += 1
          }
          if reach - position < min {
            failed = true
            break
          }
          if reach > position + min {
            stack.append(.greedyOne(pc: pc + 1, least: position + min, position: reach))
          }
          position = reach
          pc += 1
        }
      case .repeatStart(let until):
        stack.append(.currentRepeat(repeatContext))
        repeatContext = RepeatContext(previous: repeatContext)
        pc = until
      case .repeatUntil(let body, let min, let max, let lazy):
        let context = repeatContext!
        let count = context.count + 1
        if count < min {
          stack.append(.repeatState(context, count: context.count, lastPosition: context.lastPosition))
          context.count = count
          pc = body
          break
        }
        if lazy {
          stack.append(.lazyIterate(pc: pc, position: position))
          stack.append(.currentRepeat(context))
          repeatContext = context.previous
          pc += 1
        } else if (count < max || max == RegexFlags.maxRepeat) && position != context.lastPosition {
          stack.append(.repeatTail(pc: pc, position: position))
          stack.append(.repeatState(context, count: context.count, lastPosition: context.lastPosition))
          context.count = count
          context.lastPosition = position
          pc = body
        } else {
          stack.append(.currentRepeat(context))
          repeatContext = context.previous
          pc += 1
        }
      case .atomic(let endPC):
        let inner = stack.count
        guard let reached = try run(pc: pc + 1, position: position, top: false) else {
          failed = true
          break
        }
        commit(above: inner)
        position = reached
        pc = endPC
      case .assertion(let endPC, let behind, let negated):
        let from = behind.map { position - $0 } ?? position
        if from < 0 {
          if negated { pc = endPC } else { failed = true }
          break
        }
        let inner = stack.count
        let reached = try run(pc: pc + 1, position: from, top: false)
        if negated {
          if reached != nil {
            unwind(to: inner)
            failed = true
          } else {
            pc = endPC
          }
        } else if reached != nil {
          commit(above: inner)
          pc = endPC
        } else {
          failed = true
        }
      case .succeed:
        if top && ((matchAll && position != end) || (mustAdvance && position == start)) {
          failed = true
        } else {
          return position
        }
      }
      if !failed { continue }
      // Backtrack: undo state changes until a choice point offers another way.
      var resumed = false
      while stack.count > base {
        let entry = stack.removeLast()
        switch entry {
        case .resume(let target, let at):
          pc = target
          position = at
          resumed = true
        case .repeatTail(let untilPC, let at):
          stack.append(.currentRepeat(repeatContext))
          repeatContext = repeatContext?.previous
          pc = untilPC + 1
          position = at
          resumed = true
        case .lazyIterate(let untilPC, let at):
          guard case .repeatUntil(let body, _, let max, _) = instructions[untilPC], let context = repeatContext
          else { break }
          let count = context.count + 1
          if (count >= max && max != RegexFlags.maxRepeat) || at == context.lastPosition { break }
          stack.append(.repeatState(context, count: context.count, lastPosition: context.lastPosition))
          context.count = count
          context.lastPosition = at
          pc = body
          position = at
          resumed = true
        case .greedyOne(let target, let least, let at):
          let next = at - 1
          if next > least { stack.append(.greedyOne(pc: target, least: least, position: next)) }
          pc = target
          position = next
          resumed = true
        case .lazyOne(let target, let most, let at):
          guard at < end, at < most, case .repeatOne(let unit, _, _, _) = instructions[target - 1],
            unit.matches(text[at])
          else { break }
          if at + 1 < most { stack.append(.lazyOne(pc: target, most: most, position: at + 1)) }
          pc = target
          position = at + 1
          resumed = true
        default:
          undo(entry)
        }
        if resumed { break }
      }
      if !resumed { return nil }
    }
  }
}
