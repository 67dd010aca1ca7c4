/// What a refused statement may have done in Python beyond binding names: drawn numbers from a random stream, or run
/// snippet functions that assign globals and change the objects passed to them. docbuild did not do it (or not all
/// of it), so each such stream and name has no known value afterwards (the manual, docs/05-limits.md, "What is
/// refused").
struct RefusedEffects {
  /// True when the code may have drawn from NumPy's global stream or a generator object.
  var drawsNumpyRandom = false
  /// True when the code may have drawn from Python's `random` module or a `random.Random` instance.
  var drawsPythonRandom = false
  /// True when the code may have drawn from any random stream; set, it marks them all.
  var drawsRandom: Bool {
    get { drawsNumpyRandom || drawsPythonRandom }
    set {
      drawsNumpyRandom = drawsNumpyRandom || newValue
      drawsPythonRandom = drawsPythonRandom || newValue
    }
  }
  /// Global names the code may have changed through the functions it calls.
  var changedNames: Set<String> = []
  /// True when the code, or a snippet function it may run, names `np.set_printoptions`: NumPy's options may have
  /// changed after the point docbuild stopped.
  var setsPrintOptions = false
  /// True when the code, or a snippet function it may run, names `np.seterr`.
  var setsErrorModes = false
  /// Nested snippet functions the code may run that change what their enclosing function's frame holds (`nonlocal n;
  /// n += 1`, `items.append(x)` of an enclosing list): calling one again answers differently.
  private var statefulClosures: Set<ObjectIdentifier> = []
  /// Snippet classes a method the code may run writes into (`cls.count += 1`, `type(self).n += 1`,
  /// `self.tricks.append(t)` on a class attribute): `noteClassState`.
  private var changedClasses: Set<ObjectIdentifier> = []

  /// The effects of `code` (a refused statement's source), judged from the names it mentions and what they hold in
  /// `globals`, following snippet functions and classes into their bodies. A call through a name with no known value
  /// (`unknown`: an earlier refused statement would have bound it, as `textwrap.wrap(seq, 8)` after a refused
  /// `import textwrap`) may have drawn numbers and changed whatever it was passed; one a star import binds in Python
  /// (`libraryName`: `matrix` after `from numpy import *`) is that module's function, which changes what it is passed
  /// only when it is one of `Interpreter.inPlaceFunctions`. `mentions` gives what the refused statement that would
  /// have bound an unknown name mentions (a refused function's body), which calling it may change as well.
  init(
    ofCode code: String, globals: Namespace, unknown: (String) -> Bool = { _ in false },
    libraryName: (String) -> Bool = { _ in false }, mentions: (String) -> Set<String>? = { _ in nil }
  ) {
    var visited: Set<ObjectIdentifier> = []
    var changesArguments = false
    var names = Self.identifiers(in: code)
    for name in names where globals[name] == nil && Self.calls(through: name, in: code) {
      if libraryName(name) {
        if Interpreter.inPlaceFunctions.contains(name) { changesArguments = true }
      } else if unknown(name) {
        drawsRandom = true
        changesArguments = true
        // A refused `def` whose body closes over `log` or calls `after()`: the call may change what they hold.
        names.formUnion(mentions(name) ?? [])
      }
    }
    for name in names {
      noteGlobalState(named: name, in: code, globals: globals)
      if let value = globals[name] {
        // Python may have taken items from an iterator the code names (`list(it)`, `next(it)`, `for x in it`)
        // after the point docbuild stopped.
        if case .iterator = value { changedNames.insert(name) }
        inspect(value, globals: globals, visited: &visited, changesArguments: &changesArguments)
      }
    }
    // A standard-library function made inside another keeps state there that calls change (singledispatch's
    // registry, changed through `fun.register`): the refused statement may have changed it.
    for name in names {
      if case .userFunction(let closure)? = globals[name], closure.module != nil, closure.enclosing?.parent != nil {
        changedNames.insert(name)
      }
    }
    // A function holding a changed frame, and a class (or a subclass) a classmethod changed, under any name.
    if !statefulClosures.isEmpty || !changedClasses.isEmpty {
      for (name, value) in globals.entries {
        switch value {
        case .userFunction(let closure) where statefulClosures.contains(ObjectIdentifier(closure)):
          changedNames.insert(name)
        case .classObject(let type)
        where type.resolutionOrder.contains(where: { changedClasses.contains(ObjectIdentifier($0)) }):
          changedNames.insert(name)
        default:
          break
        }
      }
    }
    // Reading a missing key of a defaultdict inserts it (`__missing__`): the refused statement may have changed one.
    for name in names where globals[name].map({ Self.holdsMissingKeyMapping($0, depth: 0) }) == true {
      changedNames.insert(name)
    }
    // A write through an item or slice (`y[...] += x` over an `np.nditer`, `it[0] = v`) may land in any array the
    // code handed on: the element written may be a view, made inside the statement, of an array named in it.
    if Self.writesThroughSubscript(code) { changesArguments = true }
    // A name an earlier refused statement would have bound may be a view of what that statement mentioned (`a, b =
    // np.broadcast_arrays(x, y)`): changing it in place (`a[0, 0] = 10`, `a += 1`, `a.fill(0)`) may change those
    // arrays in Python, whose values docbuild still holds.
    let unknownNames = names.filter { globals[$0] == nil && unknown($0) }
    if !unknownNames.isEmpty, Self.mayChangeInPlace(code) {
      changesArguments = true
      for name in unknownNames { names.formUnion(mentions(name) ?? []) }
      for name in names {
        if let value = globals[name] {
          inspect(value, globals: globals, visited: &visited, changesArguments: &changesArguments)
        }
      }
    }
    guard changesArguments else { return }
    // A function that writes into its parameters may have changed whatever mutable value the code passed it.
    for name in names {
      guard let value = globals[name] else { continue }
      // A method passed on (`after=f.close`) may be called there: it changes its object, under any name.
      if case .method(let receiver, _) = value { changedNames.formUnion(Self.names(holding: receiver, in: globals)) }
      if case .boundMethod(let receiver, _) = value {
        changedNames.formUnion(Self.names(holding: receiver, in: globals))
      }
      switch value {
      case .none, .bool, .int, .bigInt, .float, .complex, .string, .bytes, .textScalar, .module, .function, .slice,
        .ellipsis, .range, .dtype, .scalarType, .machineLimits, .textDType, .userFunction, .classObject, .rendered:
        continue
      default:
        changedNames.insert(name)
      }
    }
  }

  /// The global names whose value is `object` itself.
  static func names(holding object: Value, in globals: Namespace) -> Set<String> {
    Set(globals.entries.filter { Interpreter.sameObject($0.value, object) }.map(\.name))
  }

  /// Whether `value` is, or holds two levels down (in an attribute, item or dict value), an object whose class
  /// defines `__missing__`, as `collections.defaultdict` does.
  static func holdsMissingKeyMapping(_ value: Value, depth: Int) -> Bool {
    switch value {
    case .object(let object):
      if object.type.resolutionOrder.contains(where: { $0.attributes["__missing__"] != nil }) { return true }
      return depth < 2 && object.attributes.values.contains { holdsMissingKeyMapping($0, depth: depth + 1) }
    case .list(let items) where depth < 2, .tuple(let items) where depth < 2:
      return items.contains { holdsMissingKeyMapping($0, depth: depth + 1) }
    case .dict(let dict) where depth < 2:
      return dict.values.contains { holdsMissingKeyMapping($0, depth: depth + 1) }
    default:
      return false
    }
  }

  private mutating func inspect(
    _ value: Value, globals: Namespace, visited: inout Set<ObjectIdentifier>, changesArguments: inout Bool
  ) {
    switch value {
    case .module(let name), .function(let name):
      // Python's random module and its functions move only its own stream (`random.seed()` leaves NumPy's alone).
      if name == "random" || name.hasPrefix("random.") {
        drawsPythonRandom = true
      } else if name.contains("random") {
        drawsRandom = true
      }
    case .randomObject:
      drawsRandom = true
    case .userFunction(let closure):
      inspect(closure, globals: globals, visited: &visited, changesArguments: &changesArguments)
    case .boundMethod(let receiver, let closure):
      inspect(receiver, globals: globals, visited: &visited, changesArguments: &changesArguments)
      inspect(closure, globals: globals, visited: &visited, changesArguments: &changesArguments)
    case .method(let receiver, _), .wrapped(_, let receiver), .superObject(_, let receiver):
      inspect(receiver, globals: globals, visited: &visited, changesArguments: &changesArguments)
    case .property(let getter, let setter, let deleter):
      for part in [getter, setter, deleter] {
        inspect(part, globals: globals, visited: &visited, changesArguments: &changesArguments)
      }
    case .classObject(let type):
      inspect(type, globals: globals, visited: &visited, changesArguments: &changesArguments)
    case .object(let object):
      guard visited.insert(ObjectIdentifier(object)).inserted else { return }
      inspect(object.type, globals: globals, visited: &visited, changesArguments: &changesArguments)
      for attribute in object.attributes.values {
        inspect(attribute, globals: globals, visited: &visited, changesArguments: &changesArguments)
      }
    default:
      break
    }
  }

  private mutating func inspect(
    _ type: ClassBox, globals: Namespace, visited: inout Set<ObjectIdentifier>, changesArguments: inout Bool
  ) {
    for box in type.resolutionOrder {
      guard visited.insert(ObjectIdentifier(box)).inserted else { continue }
      if box.module != "__main__" { drawsRandom = true }  // as for a standard-library function, below
      for attribute in box.attributes.values {
        noteClassState(changedBy: attribute, definedIn: box, of: type)
        inspect(attribute, globals: globals, visited: &visited, changesArguments: &changesArguments)
      }
    }
  }

  /// Notes the class a method of `box` (in the order of `type`) may write into: a classmethod through its first
  /// parameter (`cls.count += 1`); an instance method through `type(self)` or `self.__class__`, or into a mutable
  /// class attribute reached through `self` (`self.tricks.append(t)` with `tricks = []` in the class body, which every
  /// instance shares).
  private mutating func noteClassState(changedBy attribute: Value, definedIn box: ClassBox, of type: ClassBox) {
    let method: Closure
    let isClassMethod: Bool
    switch attribute {
    case .userFunction(let closure): (method, isClassMethod) = (closure, false)
    case .wrapped(.classMethod, .userFunction(let closure)): (method, isClassMethod) = (closure, true)
    default: return
    }
    guard let receiver = method.definition.parameters.first?.name else { return }
    if isClassMethod {
      if Interpreter.namesChanged(by: method.definition.body).contains(receiver) {
        changedClasses.insert(ObjectIdentifier(box))
      }
      return
    }
    let range = method.definition.range
    guard range.start >= 0, range.end <= method.code.count, range.start <= range.end else { return }
    let body = Array(method.code[range.start..<range.end])
    if Self.writesThrough("type(\(receiver)).", in: body, bindingCounts: true)
      || Self.writesThrough("\(receiver).__class__.", in: body, bindingCounts: true)
    {
      changedClasses.insert(ObjectIdentifier(box))
    }
    for owner in type.resolutionOrder {
      for (name, value) in owner.attributes where Self.isMutableClassData(value) {
        if Self.writesThrough("\(receiver).\(name)", in: body, bindingCounts: false) {
          changedClasses.insert(ObjectIdentifier(owner))
        }
      }
    }
  }

  /// Whether a class attribute holding `value` is shared data an instance may change in place.
  private static func isMutableClassData(_ value: Value) -> Bool {
    switch value {
    case .list, .dict, .set, .object, .tensor, .bytearray: true
    default: false
    }
  }

  /// True when `body` (Python source) writes through `prefix` (`self.tricks`, or `type(self).` followed by an
  /// attribute name): an in-place method call (`.append(…)`), an item or attribute assignment (`[k] = …`, `.x = …`),
  /// or augmented assignment after it; a plain `= …` after it too when `bindingCounts`. Read from the text, so
  /// more writes than there are only make the judgement more careful.
  static func writesThrough(_ prefix: String, in body: [UInt8], bindingCounts: Bool) -> Bool {
    let word = Array(prefix.utf8)
    func skipSpaces(_ index: inout Int) { while index < body.count, body[index] == UInt8(ascii: " ") { index += 1 } }
    /// Whether an assignment (`=`, not `==`) or an augmented one (`+=`, `//=`, …) starts at `index`.
    func assigns(at index: Int, plain: Bool) -> Bool {
      var end = index
      while end < body.count, end - index < 3, Array("+-*/%@&|^<>".utf8).contains(body[end]) { end += 1 }
      guard end < body.count, body[end] == UInt8(ascii: "="),
        end + 1 >= body.count || body[end + 1] != UInt8(ascii: "=")
      else { return false }
      // `<=` and `>=` compare; `<<=` and `>>=` assign.
      if end == index + 1, body[index] == UInt8(ascii: "<") || body[index] == UInt8(ascii: ">") { return false }
      return end > index || plain
    }
    var start = 0
    while start + word.count <= body.count {
      defer { start += 1 }
      guard body[start..<start + word.count].elementsEqual(word), start == 0 || !isWordByte(body[start - 1])
      else { continue }
      var next = start + word.count
      // After `type(self).`, the attribute written is the next name; after `self.tricks`, the name has ended.
      if word.last == UInt8(ascii: ".") {
        while next < body.count, isWordByte(body[next]) { next += 1 }
      } else if next < body.count, isWordByte(body[next]) {
        continue
      }
      skipSpaces(&next)
      guard next < body.count else { continue }
      if assigns(at: next, plain: bindingCounts) { return true }
      if body[next] == UInt8(ascii: "[") {
        var depth = 0
        while next < body.count {
          if body[next] == UInt8(ascii: "[") { depth += 1 }
          if body[next] == UInt8(ascii: "]") { depth -= 1 }
          next += 1
          if depth == 0 { break }
        }
        skipSpaces(&next)
        if assigns(at: next, plain: true) { return true }
      } else if body[next] == UInt8(ascii: ".") {
        var end = next + 1
        while end < body.count, isWordByte(body[end]) { end += 1 }
        let member = String(decoding: body[(next + 1)..<end], as: UTF8.self)
        skipSpaces(&end)
        if Interpreter.inPlaceMethods.contains(member) || assigns(at: end, plain: true) { return true }
      }
    }
    return false
  }

  private mutating func inspect(
    _ closure: Closure, globals: Namespace, visited: inout Set<ObjectIdentifier>, changesArguments: inout Bool
  ) {
    guard visited.insert(ObjectIdentifier(closure)).inserted else { return }
    let definition = closure.definition
    guard closure.module == nil else {
      // A standard-library function written in the snippet language may draw (autograd's check_grads draws from
      // NumPy's stream); those that change their arguments are the in-place methods and functions named above.
      drawsRandom = true
      return
    }
    changedNames.formUnion(definition.globals)
    let parameters = Set(definition.parameters.map(\.name))
    let isModule: (String) -> Bool = { name in
      if case .module = globals[name] { return !definition.locals.contains(name) }
      return false
    }
    if closure.enclosing != nil && !definition.nonlocals.isEmpty { statefulClosures.insert(ObjectIdentifier(closure)) }
    for name in Interpreter.namesChanged(by: definition.body, isModule: isModule) {
      if parameters.contains(name) {
        changesArguments = true
      } else if !definition.locals.contains(name) {
        changedNames.insert(name)  // a global (or an enclosing function's) object written in place
        if closure.enclosing != nil && !definition.globals.contains(name) && globals[name] == nil {
          statefulClosures.insert(ObjectIdentifier(closure))
        }
      }
    }
    let range = definition.range
    guard range.start >= 0, range.end <= closure.code.count, range.start <= range.end else {
      drawsRandom = true
      changesArguments = true
      return
    }
    let body = String(decoding: closure.code[range.start..<range.end], as: UTF8.self)
    for name in Self.identifiers(in: body) {
      noteGlobalState(named: name, in: body, globals: globals)
      if definition.locals.contains(name) && !parameters.contains(name) { continue }
      if let value = globals[name] {
        if case .iterator = value, !parameters.contains(name) { changedNames.insert(name) }
        inspect(value, globals: globals, visited: &visited, changesArguments: &changesArguments)
      }
    }
    for value in closure.defaults.values {
      inspect(value, globals: globals, visited: &visited, changesArguments: &changesArguments)
    }
    var frame = closure.enclosing
    while let scope = frame {
      for case let value? in scope.values {
        inspect(value, globals: globals, visited: &visited, changesArguments: &changesArguments)
      }
      frame = scope.parent
    }
  }

  /// Notes the process-wide state an identifier in the code names: NumPy's and Python's random streams (`np.random`,
  /// the random module, autograd.numpy.random), NumPy's print options and floating-point error modes.
  private mutating func noteGlobalState(named name: String, in text: String, globals: Namespace) {
    switch name {
    case "random" where Self.namesOnlyPythonsRandom(text, globals: globals): drawsPythonRandom = true
    case "random": drawsRandom = true
    case "set_printoptions": setsPrintOptions = true
    case "seterr": setsErrorModes = true
    default: break
    }
  }

  /// True when every `random` in `text` is Python's random module (or one of its functions) as the globals bind it:
  /// the name itself or `random.random`, never another object's attribute (`np.random`, `npr.random`, `rng.random`).
  static func namesOnlyPythonsRandom(_ text: String, globals: Namespace) -> Bool {
    switch globals["random"] {
    case .module("random")?: break
    case .function(let name)? where name.hasPrefix("random."): break
    default: return false
    }
    let bytes = Array(text.utf8)
    let word = Array("random".utf8)
    var start = 0
    while start + word.count <= bytes.count {
      defer { start += 1 }
      guard bytes[start..<(start + word.count)].elementsEqual(word) else { continue }
      let end = start + word.count
      if start > 0 && isWordByte(bytes[start - 1]) || end < bytes.count && isWordByte(bytes[end]) { continue }
      guard start > 0, bytes[start - 1] == UInt8(ascii: ".") else { continue }
      // An attribute `random`: only `random.random` (the module's own function) is Python's.
      let owner = start - 1
      guard owner >= word.count, bytes[(owner - word.count)..<owner].elementsEqual(word),
        owner == word.count || !isWordByte(bytes[owner - word.count - 1])
      else { return false }
    }
    return true
  }

  /// Whether `byte` may be part of a Python identifier (any byte of a non-ASCII letter counts).
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  /// True when `code` calls `name` or a member of it (`f(…)`, `m.g(…)`, `m.a.b (…)`), read from the text.
  static func calls(through name: String, in code: String) -> Bool {
    let bytes = Array(code.utf8)
    let word = Array(name.utf8)
    var start = 0
    while start + word.count <= bytes.count {
      defer { start += 1 }
      guard bytes[start..<start + word.count].elementsEqual(word),
        start == 0 || (!isWordByte(bytes[start - 1]) && bytes[start - 1] != UInt8(ascii: "."))
      else { continue }
      var next = start + word.count
      guard next == bytes.count || !isWordByte(bytes[next]) else { continue }
      // Past `.member` parts and spaces to what follows the name.
      while next < bytes.count {
        if bytes[next] == UInt8(ascii: " ") {
          next += 1
        } else if bytes[next] == UInt8(ascii: "."), next + 1 < bytes.count, isWordByte(bytes[next + 1]) {
          next += 1
          while next < bytes.count, isWordByte(bytes[next]) { next += 1 }
        } else {
          break
        }
      }
      if next < bytes.count, bytes[next] == UInt8(ascii: "(") { return true }
    }
    return false
  }

  /// Whether `code` may change a value in place: a write through an item or slice, an augmented assignment (`a +=
  /// 1` changes an array in place), an attribute written, or a call of one of `Interpreter.inPlaceMethods` (a few too
  /// many only makes the judgement more careful).
  static func mayChangeInPlace(_ code: String) -> Bool {
    if writesThroughSubscript(code) { return true }
    let bytes = Array(code.utf8)
    let operators = Set("+-*/%@&|^<>".utf8)
    for index in bytes.indices where bytes[index] == UInt8(ascii: "=") {
      let before = index > 0 ? bytes[index - 1] : 0
      let after = index + 1 < bytes.count ? bytes[index + 1] : 0
      if after == UInt8(ascii: "=") || before == UInt8(ascii: "=") || before == UInt8(ascii: "!") { continue }
      // `a += 1` (not `a <= 1`, `a >= 1`).
      if operators.contains(before) {
        let isComparison =
          (before == UInt8(ascii: "<") || before == UInt8(ascii: ">"))
          && !(index > 1 && bytes[index - 2] == before)
        if !isComparison { return true }
      }
    }
    // `a.attr = v` and `a.fill(0)`: a dot before a name that is assigned or is an in-place method.
    let names = identifiers(in: code)
    if !names.isDisjoint(with: Interpreter.inPlaceMethods) { return true }
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count {
        var end = index + 1
        while end < bytes.count,
          bytes[end] == UInt8(ascii: "_")
            || (bytes[end] | 0x20 >= UInt8(ascii: "a") && bytes[end] | 0x20 <= UInt8(ascii: "z"))
            || (bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9"))
        {
          end += 1
        }
        var next = end
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
        if end > index + 1, next < bytes.count, bytes[next] == UInt8(ascii: "="),
          !(next + 1 < bytes.count && bytes[next + 1] == UInt8(ascii: "="))
        {
          return true
        }
        index = end
        continue
      }
      index += 1
    }
    return false
  }

  /// True when `code` assigns to an item or slice: a `]` followed by `=` or an augmented operator (`a[i] = …`,
  /// `y[...] += x`), outside comparisons (`a[i] == b`). Read from the text, so a string holding one counts too.
  static func writesThroughSubscript(_ code: String) -> Bool {
    let bytes = Array(code.utf8)
    let operators = Set("+-*/%@&|^<>".utf8)
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "]") {
      var next = index + 1
      while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
      // Up to three operator bytes before the `=` (`//=`, `**=`, `<<=`, `>>=`).
      var operatorEnd = next
      while operatorEnd < bytes.count, operatorEnd - next < 3, operators.contains(bytes[operatorEnd]) {
        operatorEnd += 1
      }
      guard operatorEnd < bytes.count, bytes[operatorEnd] == UInt8(ascii: "=") else { continue }
      let isComparison =
        (operatorEnd + 1 < bytes.count && bytes[operatorEnd + 1] == UInt8(ascii: "="))
        || (operatorEnd == next + 1 && (bytes[next] == UInt8(ascii: "<") || bytes[next] == UInt8(ascii: ">")))
      if !isComparison { return true }
    }
    return false
  }

  /// The identifiers in Python source text (also inside strings and comments: a few too many only makes the
  /// judgement more careful).
  static func identifiers(in code: String) -> Set<String> {
    var names: Set<String> = []
    var current: [UInt8] = []
    func finish() {
      if let first = current.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
        names.insert(String(decoding: current, as: UTF8.self))
      }
      current.removeAll(keepingCapacity: true)
    }
    for byte in code.utf8 {
      if isWordByte(byte) { current.append(byte) } else { finish() }
    }
    finish()
    return names
  }
}

/// The random streams a refused statement may have drawn from, with its file line: drawing from one again is refused
/// until it is seeded anew, since Python's stream has moved on by an unknown count.
struct RandomRefusal {
  /// NumPy's legacy global RandomState (`np.random.randn`).
  var numpyGlobal: Int?
  /// Python's `random` module and its `random.Random` instances.
  var python: Int?
  /// The generator objects (`np.random.default_rng(0)`) that existed then: handles below `count`.
  var objects: (line: Int, count: Int)?

  /// The refusal for drawing from a stream a refused statement at `line` may have moved.
  static func error(_ stream: String, line: Int, reseed: String) -> PythonError {
    .limit(
      "\(stream) has no known state here: the statement on line \(line), which may draw from it in Python, was "
        + "refused, so docbuild cannot show the numbers Python would; \(reseed)")
  }
}
