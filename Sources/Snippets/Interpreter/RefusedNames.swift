import TensorCore

/// What a refused statement leaves behind. Python would have run it, so every name it binds or changes in place
/// would hold a new value there; docbuild's still holds the old one (or none), and printing that later would show
/// something Python never prints. So those names are forgotten, and reading one later is refused in turn, naming the
/// statement that was refused (the manual, docs/05-limits.md, "What is refused").
extension Interpreter {
  /// Methods that change their receiver in place (NumPy's arrays, Python's lists, dicts and sets).
  static let inPlaceMethods: Set<String> = [
    "sort", "fill", "resize", "put", "itemset", "setfield", "setflags", "partition", "byteswap", "shuffle",
    "append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "add", "discard", "reverse",
    "popitem", "difference_update", "intersection_update", "symmetric_difference_update", "appendleft", "extendleft",
    "popleft", "rotate", "__setitem__", "__delitem__", "__setattr__", "__delattr__", "__iadd__", "__isub__",
    "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
    "__iand__", "__ixor__", "__ior__",
    // A file's (`io.StringIO`) and a generator's: writing, reading and closing move or change them.
    "write", "writelines", "truncate", "seek", "read", "readline", "readlines", "close", "send", "throw", "__next__",
    // collections.Counter's and OrderedDict's, array.array's, a memoryview's.
    "subtract", "move_to_end", "frombytes", "fromlist", "fromunicode", "release",
  ]

  /// Functions (by their last name, called as `module.name(…)` or by a name imported alone) that change their first
  /// argument in place: NumPy's, `random.shuffle`, heapq's, bisect's `insort`, the builtins `next`, `setattr` and
  /// `delattr`, and operator's item writes and in-place operators.
  static let inPlaceFunctions: Set<String> = [
    "shuffle", "copyto", "put", "place", "putmask", "fill_diagonal", "at", "put_along_axis",
    "heappush", "heappop", "heapify", "heapreplace", "heappushpop", "insort", "insort_left", "insort_right",
    "next", "setattr", "delattr", "setitem", "delitem", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod",
    "imul", "imatmul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
  ]

  /// Forgets `names` after a refused statement at file line `line` whose source is `code`: each is unbound, and
  /// reading it is refused; so is what the functions it calls may change, and drawing from a random stream it may
  /// have drawn from (RefusedEffects.swift).
  mutating func forget(_ names: Set<String>, refusedAtLine line: Int, code: String) {
    chapterFiles.noteRefusal(line: line)
    // Python may have echoed a value, which its REPL keeps in `_`.
    lastEchoedRefusedLine = line
    let identifiers = RefusedEffects.identifiers(in: code)
    if identifiers.contains("__del__") {
      refusedFinalizerLine = line
      refusedFinalizerIsCleanUp = false
    }
    // exec's code may bind any name, and so may a write through the namespace globals() or locals() gives
    // (`globals()['age'] = 25`), whether the name was bound before or not; reading it (`globals()[name]`, `for name
    // in globals()`) binds nothing.
    let namespaceWriter = identifiers.contains("exec") ? "exec" : Self.namespaceWriter(in: code)
    if let namespaceWriter { refusedAnyNameBinder = (line, "\(namespaceWriter)()") }
    let effects = RefusedEffects(
      ofCode: code, globals: globals, unknown: { refusedNames[$0] != nil },
      libraryName: { refusedNameReasons[$0] != nil }, mentions: { refusedCodeMentions[$0] })
    for name in names { refusedCodeMentions[name] = identifiers }
    // A refused `np.set_printoptions(…)` statement has noted what it gave (Execution.swift); any other statement
    // whose code may call it leaves every option unknown.
    if effects.setsPrintOptions, refusedPrintOptionsLine != line {
      refusedPrintOptionsLine = line
      printOptionsRefusalIsIndirect = true
      unknownPrintOptions.insert("*")
    }
    if effects.setsErrorModes { refusedErrorModesLine = line }
    if effects.drawsNumpyRandom {
      randomRefusal.numpyGlobal = line
      if !randomObjects.isEmpty { randomRefusal.objects = (line, randomObjects.count) }
    }
    if effects.drawsPythonRandom { randomRefusal.python = line }
    var changed = names.union(effects.changedNames)
    changed.formUnion(namesSeeingClassState(of: changed))
    var rebindable: [String: String] = [:]
    if let namespaceWriter {
      for (name, value) in globals.entries {
        if case .module = value { continue }
        rebindable[name] =
          "the statement on line \(line), which was refused, uses \(namespaceWriter)() and may rebind "
          + "it in Python"
      }
    }
    if let module = Self.starImportedModule(code) {
      // What the refused import binds: the module's star names where snippets know them, else any name at all.
      let known = StarImports.names(module)
      if known.isEmpty {
        refusedAnyNameBinder = (line, "'from \(module) import *'")
        // It may also rebind a name already bound (`match = 10` before a star import of a module whose names
        // snippets do not know): every one is forgotten but a module's name (such an import binds `np` to NumPy
        // itself, if at all).
        for (name, value) in globals.entries {
          if case .module = value { continue }
          rebindable[name] = "'from \(module) import *' on line \(line), which was refused, may rebind it in Python"
        }
      } else {
        changed.formUnion(known)
      }
    }
    for name in changed.union(namesSharingMemory(with: changed)) {
      _ = globals.removeValue(forKey: name)
      refusedNames[name] = line
      refusedNameReasons.removeValue(forKey: name)
      computedFromUnwrittenMemory[name] = nil
    }
    for (name, reason) in rebindable where !changed.contains(name) {
      _ = globals.removeValue(forKey: name)
      refusedNames[name] = line
      refusedNameReasons[name] = reason
      computedFromUnwrittenMemory[name] = nil
    }
  }

  /// `globals`, `locals` or `vars` when `code` calls one of them without arguments other than to read the
  /// namespace it gives: an item assigned or deleted (`globals()['age'] = 25`), a method that writes
  /// (`globals().update(…)`), or the namespace handed to a function that may write into it. Reading an item, `keys`,
  /// `items`, `values`, `get`, `copy`, `in`, and `print`, `len`, `sorted`, `list` of it are reads; nil when every
  /// call only reads.
  static func namespaceWriter(in code: String) -> String? {
    let characters = Array(code)
    func isWordCharacter(_ character: Character) -> Bool {
      character.isLetter || character.isNumber || character == "_"
    }
    func skipSpaces(_ from: Int) -> Int {
      var index = from
      while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
      return index
    }
    func lastWord(_ text: Substring) -> String { String(text.reversed().prefix(while: isWordCharacter).reversed()) }
    let readingCalls: Set<String> = [
      "print", "len", "sorted", "list", "dict", "set", "tuple", "repr", "str", "type", "iter", "enumerate", "any",
      "all",
    ]
    let readingMethods: Set<String> = ["items", "keys", "values", "get", "copy", "__getitem__", "__contains__"]
    let augmented = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "//=", "**=", ">>=", "<<="]
    var start = 0
    while start < characters.count {
      let startsWord = start == 0 || !(isWordCharacter(characters[start - 1]) || characters[start - 1] == ".")
      guard characters[start].isLetter, startsWord else {
        start += 1
        continue
      }
      var end = start
      while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
      let word = String(characters[start..<end])
      let wordStart = start
      start = end
      guard ["globals", "locals", "vars"].contains(word) else { continue }
      var index = skipSpaces(end)
      guard index < characters.count, characters[index] == "(" else { continue }
      index = skipSpaces(index + 1)
      guard index < characters.count, characters[index] == ")" else { continue }
      index = skipSpaces(index + 1)
      // What stands before the call on its line.
      var lineStart = wordStart
      while lineStart > 0, characters[lineStart - 1] != "\n" { lineStart -= 1 }
      var before = Substring(String(characters[lineStart..<wordStart]))
      while let last = before.last, last == " " || last == "\t" { before = before.dropLast() }
      let beforeWord = lastWord(before)
      if beforeWord == "del" { return word }
      if beforeWord == "in" { continue }
      let next: Character = index < characters.count ? characters[index] : "\n"
      if next == "[" {
        var depth = 0
        var close = index
        while close < characters.count, characters[close] != "\n" {
          if "([{".contains(characters[close]) { depth += 1 }
          if ")]}".contains(characters[close]) {
            depth -= 1
            if depth == 0 { break }
          }
          close += 1
        }
        let after = skipSpaces(close + 1)
        let rest = after < characters.count ? String(characters[after..<min(after + 3, characters.count)]) : ""
        if (rest.hasPrefix("=") && !rest.hasPrefix("==")) || augmented.contains(where: rest.hasPrefix) { return word }
        continue
      }
      if next == "." {
        let nameStart = skipSpaces(index + 1)
        var nameEnd = nameStart
        while nameEnd < characters.count, isWordCharacter(characters[nameEnd]) { nameEnd += 1 }
        if readingMethods.contains(String(characters[nameStart..<nameEnd])) { continue }
        return word
      }
      // Echoed, bound to a name (whose later writes are refused, the name having no value), or the argument of a
      // builtin that only reads it.
      if before.isEmpty || (before.hasSuffix("=") && !before.hasSuffix("==")) { continue }
      if before.hasSuffix("("), readingCalls.contains(lastWord(before.dropLast())) { continue }
      return word
    }
    return nil
  }

  /// Refuses a statement that rebinds or deletes a name with no known value set at or after `finalizerLine`, where
  /// a statement defining `__del__` was refused: the old value may be an instance of that class, and Python runs
  /// its `__del__` (which may print) as the statement drops the value.
  func refuseDroppingUnknownValues(_ statement: Statement, finalizerLine: Int) throws(PythonError) {
    for name in Self.namesChanged(by: [statement]).sorted() {
      guard globals[name] == nil, let line = refusedNames[name], line >= finalizerLine else { continue }
      let finalizer =
        refusedFinalizerIsCleanUp
        ? "the clean-up (finally block or __exit__) of the generator left stopped on line \(finalizerLine)"
        : "the __del__ defined on line \(finalizerLine)"
      throw PythonError.limit(
        "name '\(name)' has no value here (the statement on line \(line) was refused), and rebinding or deleting it "
          + "may run \(finalizer), which snippets do not call, so docbuild cannot show what Python would print",
        type: "NameError")
    }
  }

  /// The names holding an instance or a subclass of a snippet class among `names`: what the class holds (a class
  /// attribute a refused statement may have changed) shows through them.
  func namesSeeingClassState(of names: Set<String>) -> Set<String> {
    var classes: Set<ObjectIdentifier> = []
    for name in names { if case .classObject(let type)? = globals[name] { classes.insert(ObjectIdentifier(type)) } }
    guard !classes.isEmpty else { return [] }
    let sees: (ClassBox) -> Bool = { $0.resolutionOrder.contains { classes.contains(ObjectIdentifier($0)) } }
    var seeing: Set<String> = []
    for (name, value) in globals.entries {
      switch value {
      case .object(let object) where sees(object.type): seeing.insert(name)
      case .classObject(let type) where sees(type): seeing.insert(name)
      default: break
      }
    }
    return seeing
  }

  /// The other names whose arrays share memory with what `names` hold now: an array (ordinary, or read from bytes or
  /// as another dtype, with the `bytearray` under it), or the arrays an object's
  /// attributes or a list or tuple hold (two levels down: `np.ma.MaskedArray(x, …)` holds `x`'s memory, an
  /// `np.nditer` its operands'). A refused write through one (`mx[1] = 9`, `it[0] = …`) changes the others in Python.
  /// So do Python's own mutable values held by two names: the same list, dict, set or object (`b = a` then a refused
  /// `a.append(…)`), a dict and its views (`v = d.values()`), or one held inside another's list, tuple, dict or
  /// object, two levels down.
  func namesSharingMemory(with names: Set<String>) -> Set<String> {
    /// One holder of NumPy memory: an ordinary array, or the memory a raw array reads (an ordinary array's through
    /// its lineage for `x.view(dtype)`, a buffer of bytes for `np.frombuffer`).
    enum Memory {
      case array(Tensor)
      case lineage(ArrayLineage)
      case bytes(ByteMemory)
      /// A list, dict, set or object, by identity.
      case container(ObjectIdentifier)

      func shares(_ other: Memory) -> Bool {
        switch (self, other) {
        case (.container(let mine), .container(let theirs)): mine == theirs
        case (.array(let mine), .array(let theirs)): mine.sharesLineage(with: theirs)
        case (.array(let array), .lineage(let lineage)), (.lineage(let lineage), .array(let array)):
          array.madeLineage === lineage
        case (.lineage(let mine), .lineage(let theirs)): mine === theirs
        case (.bytes(let mine), .bytes(let theirs)): mine === theirs
        default: false
        }
      }
    }
    func arrays(in value: Value, depth: Int, into found: inout [Memory]) {
      switch value {
      case .tensor(let array): found.append(.array(array))
      case .rawArray(let raw):
        switch raw.source {
        case .memory(let memory): found.append(.bytes(memory))
        case .array(let lineage, _), .swappedColumn(let lineage, _): found.append(.lineage(lineage))
        }
      case .bytearray(let memory): found.append(.bytes(memory))
      case .object(let object):
        found.append(.container(ObjectIdentifier(object)))
        guard depth < 2 else { break }
        for item in object.attributes.values { arrays(in: item, depth: depth + 1, into: &found) }
      case .list(let items):
        found.append(.container(ObjectIdentifier(items)))
        guard depth < 2 else { break }
        for item in items { arrays(in: item, depth: depth + 1, into: &found) }
      case .tuple(let items) where depth < 2:
        for item in items { arrays(in: item, depth: depth + 1, into: &found) }
      case .dict(let dict):
        found.append(.container(ObjectIdentifier(dict)))
        guard depth < 2 else { break }
        for item in dict.values { arrays(in: item, depth: depth + 1, into: &found) }
      case .dictView(_, let dict): found.append(.container(ObjectIdentifier(dict)))
      case .set(let set): found.append(.container(ObjectIdentifier(set)))
      case .iterator(let box) where depth < 4:
        // An iterator over an array (`iter(a)`, `enumerate(a)`) reads the array's rows as it goes.
        for item in box.heldValues { arrays(in: item, depth: depth + 1, into: &found) }
      default: break
      }
    }
    var held: [Memory] = []
    for name in names { if let value = globals[name] { arrays(in: value, depth: 0, into: &held) } }
    guard !held.isEmpty else { return [] }
    var sharing: Set<String> = []
    for (name, value) in globals.entries where !names.contains(name) {
      var theirs: [Memory] = []
      arrays(in: value, depth: 0, into: &theirs)
      if theirs.contains(where: { array in held.contains { $0.shares(array) } }) { sharing.insert(name) }
    }
    return sharing
  }

  /// Modules CPython writes in Python, whose private helpers (`heapq._siftdown`) snippets do not list.
  static let modulesWrittenInPython: Set<String> = [
    "heapq", "collections", "functools", "random", "copy", "dataclasses", "string", "typing", "re", "operator",
    "bisect", "statistics", "fractions", "decimal", "textwrap", "enum", "abc", "numbers", "os", "os.path",
    "contextlib", "weakref", "numpy.polynomial", "numpy.polynomial.polynomial", "numpy.polynomial.chebyshev",
    "numpy.polynomial.legendre", "numpy.polynomial.hermite", "numpy.polynomial.hermite_e", "numpy.polynomial.laguerre",
    "numpy.polynomial.polyutils", "numpy.polynomial._polybase",
  ]

  /// The module of `code` when it is a star import (`from statistics import *`), or nil.
  static func starImportedModule(_ code: String) -> String? {
    let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    guard words.count >= 4, words[0] == "from", words[2] == "import", words[3] == "*" else { return nil }
    return String(words[1])
  }

  /// The refusal for reading `name` after the statement that would have set it was refused, or nil.
  func refusedNameError(_ name: String) -> PythonError? {
    if let (line, statement) = refusedAnyNameBinder, refusedNames[name] == nil, !PythonNames.builtins.contains(name) {
      // A builtin stays itself: the modules snippets lack rarely shadow one, and refusing `print` after such an
      // import would refuse the rest of the chapter.
      var error = PythonError(
        "NameError",
        "name '\(name)' has no value here: \(statement) on line \(line), which was refused, may bind it in Python")
      error.isLimit = true
      return error
    }
    guard !refusedNames.isEmpty, let line = refusedNames[name] else { return nil }
    var error = PythonError(
      "NameError",
      "name '\(name)' has no value here: "
        + (refusedNameReasons[name]
          ?? "the statement on line \(line), which sets or changes it in Python, was refused, so docbuild cannot show "
          + "what Python would"))
    error.isLimit = true  // Python would run on: a transcript must never expect this line
    return error
  }

  /// The top-level names `statements` bind or change in place: assignment, loop, import, `def` and `class` names,
  /// and the arrays and containers that item or attribute assignment, augmented assignment, in-place methods
  /// (`a.sort()`, `xs.append(x)`), `out=` and in-place functions (`np.random.shuffle(a)`) write into.
  /// A module is never written in place: `np.random.shuffle(a)` and a refused `np.partition(a, 1)` change `a` (or
  /// nothing), not `np`, so roots that `isModule` names are left out unless the statements rebind them.
  static func namesChanged(by statements: [Statement], isModule: (String) -> Bool = { _ in false }) -> Set<String> {
    var bound: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    ScopeAnalysis.collect(statements, bound: &bound, globals: &globals, nonlocals: &nonlocals)
    var written: Set<String> = []
    for statement in statements { collectWrites(statement, into: &written) }
    return bound.union(written.filter { !isModule($0) })
  }

  /// Whether the chapter's `name` holds a module now.
  func namesModule(_ name: String) -> Bool {
    if case .module = globals[name] { return true }
    return false
  }

  private static func collectWrites(_ statement: Statement, into names: inout Set<String>) {
    for expression in ScopeAnalysis.expressions(of: statement) { collectWrites(expression, into: &names) }
    switch statement.kind {
    case .assignment(let targets, let value):
      for target in targets { collectWrites(target, into: &names) }
      // `xv = x.view(np.int8).reshape(-1, 2)` refused: in Python xv may be a view of x, so a later write through
      // xv (itself refused, xv having no value) would change x; x is left unknown now rather than printed stale.
      if let root = viewRoot(of: value) { names.insert(root) }
    case .delete(let targets):
      for target in targets { collectWrites(target, into: &names) }
    case .augmentedTarget(let target, _, _), .augmentedBitwise(let target, _, _):
      collectWrites(target, into: &names)
      // A top-level `Z += …` reaches here with its name resolved to a slot (`.global`): it rebinds Z (or changes
      // Z's array in place), so a refused one leaves Z unknown too.
      ScopeAnalysis.names(in: target, into: &names)
    case .conditional(let branches, let orElse):
      for branch in branches { for inner in branch.body { collectWrites(inner, into: &names) } }
      for inner in orElse { collectWrites(inner, into: &names) }
    case .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse):
      for inner in body + orElse { collectWrites(inner, into: &names) }
    case .with(let items, let body):
      for item in items { collectWrites(item.manager, into: &names) }
      for inner in body { collectWrites(inner, into: &names) }
    case .tryStatement(let body, let handlers, let orElse, let finally):
      for inner in body + handlers.flatMap(\.body) + orElse + finally { collectWrites(inner, into: &names) }
    case .decorated(_, let inner):
      collectWrites(inner, into: &names)
    default:
      break
    }
  }

  /// The roots written through `a[i] = …` and `obj.x = …` targets.
  private static func collectWrites(_ target: AssignmentTarget, into names: inout Set<String>) {
    switch target {
    case .item(let base, _, _), .attribute(let base, _, _):
      if let root = rootName(of: base) { names.insert(root) }
    case .unpack(let targets, _):
      for inner in targets { collectWrites(inner, into: &names) }
    case .starred(let inner, _):
      collectWrites(inner, into: &names)
    case .name, .local, .global:
      break
    }
  }

  /// The roots of what calls inside `expression` change in place.
  private static func collectWrites(_ expression: Expression, into names: inout Set<String>) {
    if case .lambda = expression.kind { return }
    if case .call(let callee, let arguments) = expression.kind {
      // `print(…, file=f)` writes into f.
      if calledName(callee) == "print" {
        for argument in arguments where argument.keyword == "file" {
          if let root = rootName(of: argument.value) { names.insert(root) }
        }
      }
      if case .attribute(let receiver, let method) = callee.kind {
        if inPlaceMethods.contains(method), let root = rootName(of: receiver) { names.insert(root) }
        if inPlaceFunctions.contains(method), let first = arguments.first(where: { $0.keyword == nil }),
          let root = rootName(of: first.value)
        {
          names.insert(root)
        }
      }
      // `heappush(h, 0)` after `from heapq import heappush`, `next(it)`, `setattr(o, 'x', 1)`.
      if let function = calledName(callee), inPlaceFunctions.contains(function),
        let first = arguments.first(where: { $0.keyword == nil }), let root = rootName(of: first.value)
      {
        names.insert(root)
      }
      let positional = arguments.filter { $0.keyword == nil && $0.unpacking == .none }
      if case .attribute(_, let function) = callee.kind {
        // `np.median(a, overwrite_input=True)` may reorder `a`; a ufunc's positional `out` (`np.isneginf(x, y)`,
        // `np.add(a, b, c)`) is written.
        if arguments.contains(where: { $0.keyword == "overwrite_input" }), let first = positional.first,
          let root = rootName(of: first.value)
        {
          names.insert(root)
        }
        let operands = PythonNames.unaryUfuncs.contains(function) || outAfterOne.contains(function) ? 1 : 2
        if PythonNames.ufuncs.contains(function) || outAfterOne.contains(function), positional.count > operands {
          for output in positional[operands...] { if let root = rootName(of: output.value) { names.insert(root) } }
        }
      }
      for argument in arguments where argument.keyword == "out" {
        let outputs: [Expression] = if case .tuple(let items) = argument.value.kind { items } else { [argument.value] }
        for output in outputs { if let root = rootName(of: output) { names.insert(root) } }
      }
    }
    for child in Expression.children(of: expression.kind) { collectWrites(child, into: &names) }
  }

  /// Array methods whose result may share its receiver's memory.
  private static let viewMethods: Set<String> = [
    "view", "reshape", "transpose", "swapaxes", "ravel", "squeeze", "diagonal", "conj", "conjugate",
  ]

  /// NumPy's functions of one array whose second positional argument is `out`, besides its unary ufuncs.
  private static let outAfterOne: Set<String> = ["isposinf", "isneginf", "fix"]

  /// The name an expression such as `a`, `a[0]`, `a.b[1:]` or `a.T` starts from.
  /// The root name of a view-producing chain (`x[1:]`, `x.T`, `x.view(…)`, `x.reshape(…)`), nil for other values.
  private static func viewRoot(of expression: Expression) -> String? {
    switch expression.kind {
    case .index, .attribute, .call: rootName(of: expression)
    default: nil
    }
  }

  /// The name a call's callee is (`memoryview` of `memoryview(x)`), nil for an attribute or other callee.
  private static func calledName(_ callee: Expression) -> String? {
    switch callee.kind {
    case .name(let name), .global(_, let name), .local(_, let name): name
    default: nil
    }
  }

  private static func rootName(of expression: Expression) -> String? {
    switch expression.kind {
    case .name(let name), .global(_, let name), .local(_, let name): name
    case .index(let base, _), .attribute(let base, _): rootName(of: base)
    // A view's memory is its base's: `A.view(dt).byteswap(inplace=True)` changes A.
    case .call(let callee, let arguments):
      if case .attribute(let base, let method) = callee.kind, viewMethods.contains(method) {
        rootName(of: base)
      } else if calledName(callee) == "memoryview", let first = arguments.first {
        // A memoryview (refused) writes through to its object: `v = memoryview(data); v[0] = 1` changes data.
        rootName(of: first.value)
      } else {
        nil
      }
    default: nil
    }
  }

  /// The names a statement the parser refused would bind, read from its text: `import a.b as c`, `from m import x
  /// as y, z`, `def f(`, `class C`, and `a, b = …` at its start. The statement never ran, so Python's values of these
  /// names are unknown here.
  static func namesBound(byRefusedCode code: String) -> Set<String> {
    // A decorated `def` or `class` binds the name on its first line that is not a decorator.
    let line =
      code.split(separator: "\n", omittingEmptySubsequences: false).first(where: {
        !$0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("@")
      }).map(String.init) ?? ""
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let first = words.first else { return [] }
    func identifier(_ text: Substring) -> String? {
      let isTrimmed: (Character) -> Bool = { " \t()\\".contains($0) }
      let trimmed = String(String(text.drop(while: isTrimmed).reversed()).drop(while: isTrimmed).reversed())
      guard let head = trimmed.first, head.isLetter || head == "_",
        trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      else { return nil }
      return trimmed
    }
    switch first {
    case "import":
      // `import a.b, c as d`: binds `a` and `d`.
      let rest = line.drop(while: { $0 == " " }).dropFirst("import".count)
      return Set(
        rest.split(separator: ",").compactMap { part -> String? in
          let pieces = part.split(separator: " ", omittingEmptySubsequences: true)
          if pieces.count >= 3, pieces[pieces.count - 2] == "as" { return identifier(pieces[pieces.count - 1]) }
          return pieces.first.flatMap { identifier($0.split(separator: ".").first ?? $0) }
        })
    case "from":
      guard let importRange = line.range(of: " import ") else { return [] }
      return Set(
        line[importRange.upperBound...].split(separator: ",").compactMap { part -> String? in
          let pieces = part.split(separator: " ", omittingEmptySubsequences: true)
          if pieces.count >= 3, pieces[pieces.count - 2] == "as" { return identifier(pieces[pieces.count - 1]) }
          return pieces.first.flatMap(identifier)
        })
    case "def", "class":
      guard words.count > 1 else { return [] }
      let name = words[1].prefix(while: { $0 != "(" && $0 != ":" })
      return identifier(name).map { [$0] } ?? []
    default:
      // `a = …`, `a, b = …`: the text before a lone `=`.
      guard let equals = line.firstIndex(of: "="),
        line[line.index(after: equals)...].first != "=",
        let before = line[..<equals].last, !"=!<>+-*/%@&|^:".contains(before)
      else { return [] }
      let targets = line[..<equals].split(separator: ",").map { identifier($0) }
      guard targets.allSatisfy({ $0 != nil }) else { return [] }
      return Set(targets.compactMap { $0 })
    }
  }
}

extension Interpreter {
  /// The names a statement the parser refused may bind or change: `namesBound(byRefusedCode:)`'s, and for a block
  /// other than a `def` or `class` (`for`, `while`, `if`, `with`, `try`, whose body runs at the top level) the
  /// names each of its lines binds (`x = …`, `for x in`) and every name it mentions that holds a value now other than
  /// a module, which its body may change in place.
  func namesPossiblyBound(byRefusedCode code: String) -> Set<String> {
    var names = Self.namesBound(byRefusedCode: code)
    let lines = code.split(separator: "\n").map { String($0.drop(while: { $0 == " " || $0 == "\t" })) }
    guard let head = lines.first(where: { !$0.hasPrefix("@") }),
      let keyword = head.split(whereSeparator: { !($0.isLetter || $0 == "_") }).first,
      ["for", "while", "if", "with", "try", "async"].contains(String(keyword))
    else { return names }
    for line in lines {
      names.formUnion(Self.namesBound(byRefusedCode: line))
      if line.hasPrefix("for "), let range = line.range(of: " in ") {
        let targets = line[line.index(line.startIndex, offsetBy: 4)..<range.lowerBound]
        for target in targets.split(whereSeparator: { ", ()[]".contains($0) }) { names.insert(String(target)) }
      }
    }
    for name in RefusedEffects.identifiers(in: code) {
      guard let value = globals[name] else { continue }
      if case .module = value { continue }
      names.insert(name)
    }
    return names
  }

  /// The error a call whose callee failed with `error` raises in Python: where the callee is a name Python has and
  /// snippets lack (`np.char.splitlines`, refused once the statement ends), CPython goes on to evaluate the
  /// arguments, and an error there (`x` undefined) is the one it shows; otherwise `error` itself.
  mutating func argumentErrorFirst(
    _ error: PythonError, evaluatingArguments evaluate: (inout Interpreter) throws(PythonError) -> Void
  ) -> PythonError {
    // Attributes.get refuses a NumPy module's name itself (NumpyModuleNames), in the words of the conversion.
    let isMissingName =
      Self.refusalForMissingName(error) != nil
      || (error.isLimit && error.message.hasSuffix(" is not part of the snippet language (Python has it)"))
    guard isMissingName else { return error }
    do throws(PythonError) {
      try evaluate(&self)
    } catch {
      return error
    }
    return error
  }

  /// What `PythonNames.scalarAttributes` (the union over NumPy's scalar types) holds that one scalar type lacks, as
  /// NumPy 2.4.6's `dir()` of each type tells: a float has no `bit_count`, an integer no `as_integer_ratio`, a bool
  /// or complex neither, so Python's AttributeError for them stands.
  static func scalarAttributesAbsent(_ type: String) -> Set<String> {
    switch type {
    case "numpy.float64": ["bit_count", "denominator", "numerator"]
    case "numpy.float32", "numpy.float16": ["bit_count", "denominator", "fromhex", "hex", "numerator"]
    case "numpy.bool", "numpy.complex128", "numpy.complex64":
      ["as_integer_ratio", "bit_count", "denominator", "fromhex", "hex", "is_integer", "numerator"]
    default: ["as_integer_ratio", "fromhex", "hex"]
    }
  }

  /// The class and the special method (or attribute to set) whose absence `error` reports, as CPython words it:
  /// `'T' object does not support item assignment` is `__setitem__`, `unsupported operand type(s) for +: 'T' and
  /// 'int'` is `__add__` of T (or `__radd__` of the right operand's class), `property 'mask' of 'T' object has no
  /// setter` is `mask`; nil for any other error.
  static func imitationMemberLacking(_ error: PythonError) -> (type: String, member: String)? {
    let message = error.message
    let quoted = message.split(separator: "'", omittingEmptySubsequences: false).map(String.init)
    let suffixes = [
      "' object does not support item assignment": "__setitem__", "' object is not subscriptable": "__getitem__",
      "' object doesn't support item deletion": "__delitem__", "' object is not iterable": "__iter__",
      "' object is not callable": "__call__",
    ]
    if message.hasPrefix("'"), quoted.count >= 3,
      let member = suffixes.first(where: { message.hasSuffix($0.key) })?.value
    {
      return (quoted[1], member)
    }
    if message.hasPrefix("object of type '"), message.hasSuffix("' has no len()"), quoted.count >= 3 {
      return (quoted[1], "__len__")
    }
    if error.type == "AttributeError", message.hasPrefix("property '"), message.hasSuffix(" object has no setter"),
      quoted.count >= 5
    {
      return (quoted[3], quoted[1])
    }
    let operators = [
      "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "** or pow()": "pow",
      "@": "matmul", "&": "and", "|": "or", "^": "xor", "<<": "lshift", ">>": "rshift",
    ]
    if message.hasPrefix("unsupported operand type(s) for "), quoted.count >= 5,
      let symbol = message.dropFirst("unsupported operand type(s) for ".count).split(separator: ":").first,
      let name = operators[String(symbol)]
    {
      // The left operand's method, or else the right one's reflected method, would have run.
      if NumpyModuleNames.types[quoted[1]] != nil { return (quoted[1], "__\(name)__") }
      return (quoted[3], "__r\(name)__")
    }
    if message.hasPrefix("bad operand type for unary "), quoted.count >= 3 {
      let unary = ["-": "__neg__", "+": "__pos__", "~": "__invert__"]
      let symbol = message.dropFirst("bad operand type for unary ".count).prefix(1)
      if let member = unary[String(symbol)] { return (quoted[1], member) }
    }
    return nil
  }

  /// The globals CPython gives `__main__` beside `__name__` (`__builtins__` is the builtins module), which snippets
  /// lack.
  static let mainModuleNames: Set<String> = [
    "__builtins__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
  ]

  /// Whether `error` is one Python would not raise, as a handler must not catch: a name Python has that snippets lack.
  /// An import of a name the module lacks in Python too is Python's own ImportError, only worded apart.
  static func isMissingNameRefusal(_ error: PythonError) -> Bool {
    guard let refusal = refusalForMissingName(error) else { return false }
    return !(error.type == "ImportError" && refusal.type == "ImportError")
  }

  /// The refusal for an error that says Python lacks a name it has (a builtin, a module member, an attribute), or
  /// nil: docbuild raised it because the snippet language lacks the name, and Python would have run on.
  static func refusalForMissingName(_ error: PythonError) -> PythonError? {
    guard !error.isLimit else { return nil }
    let quoted = error.message.split(separator: "'", omittingEmptySubsequences: false).map(String.init)
    var refusal: PythonError
    switch error.type {
    case _ where error.presentInPython:
      refusal = PythonError("NotImplementedError", error.message)
    case "TypeError"
    where error.message.contains("memoryview") && !error.message.hasPrefix("memoryview: ")
      && !error.message.hasPrefix("cast() argument"):
      // CPython's builtins read any buffer (`b'x' + view`, `b''.join([view])`, `int.from_bytes(view, 'big')`),
      // snippets' memoryview is a class of its own (MemoryviewSource.swift).
      refusal = PythonError(
        "NotImplementedError",
        "a memoryview where Python reads a bytes-like object is not supported in snippets: pass bytes(view) "
          + "instead (docbuild raised \(error.type): \(error.message))")
    case "NameError" where error.message.hasPrefix("name '") && quoted.count >= 3:
      if mainModuleNames.contains(quoted[1]) {
        refusal = PythonError(
          "NameError",
          "name '\(quoted[1])' is not defined in snippets: the global \(quoted[1]) that Python gives every "
            + "module is not part of the snippet language")
        break
      }
      guard PythonNames.builtins.contains(quoted[1]) else { return nil }
      // A message that already explains (`open`, `help`) stays; the bare one says why.
      refusal =
        error.message != "name '\(quoted[1])' is not defined"
        ? error
        : PythonError(
          "NameError",
          "name '\(quoted[1])' is not defined in snippets: Python's builtin \(quoted[1]) is not part of the snippet "
            + "language")
    case "AttributeError" where error.message.hasPrefix("module '") && quoted.count >= 5:
      // What a module object has beside its own names (`math.__dict__`, `math.__class__`), which `dir` leaves out.
      let isModuleObjectName = DirListing.objectNames.contains(quoted[3]) || quoted[3] == "__dict__"
      // The lists hold public names only; CPython's modules written in Python have private ones too
      // (`heapq._heapify_max`), its C modules (`array`, `math`) few.
      let isPrivate =
        quoted[3].hasPrefix("_") && !quoted[3].hasPrefix("__") && Self.modulesWrittenInPython.contains(quoted[1])
        && PythonNames.numpyPolynomialPrivateNames[quoted[1]]?.contains(quoted[3]) != false
      let isPrivateOfCModule = StandardLibraryNames.privateNames[quoted[1]]?.contains(quoted[3]) == true
      guard let names = PythonNames.modules[quoted[1]],
        names.contains(quoted[3]) || isModuleObjectName || isPrivate || isPrivateOfCModule
      else { return nil }
      refusal = PythonError(
        "NotImplementedError", "\(quoted[1]).\(quoted[3]) is not part of the snippet language (Python has it)")
    // What every class has in CPython (`C.__doc__`, `C.__dict__`, `C.__mro__`), which snippets may lack.
    case "AttributeError"
    where error.message.hasPrefix("type object '") && quoted.count >= 5
      && (DirListing.objectNames.contains(quoted[3]) || DirListing.typeNames.contains(quoted[3])):
      refusal = PythonError(
        "NotImplementedError", "\(quoted[1]).\(quoted[3]) is not part of the snippet language (Python has it)")
    // What every object has in CPython (`obj.__doc__`, `obj.__init__`), which snippets may lack.
    case "AttributeError"
    where error.message.hasPrefix("'") && quoted.count >= 5 && DirListing.objectNames.contains(quoted[3]):
      refusal = PythonError(
        "NotImplementedError",
        "'\(quoted[1])' objects' attribute '\(quoted[3])' is not part of the snippet language (Python has it)")
    case "AttributeError" where error.message.hasPrefix("'") && quoted.count >= 5:
      var attributes =
        PythonNames.scalarTypes.contains(quoted[1])
        ? PythonNames.scalarAttributes.subtracting(scalarAttributesAbsent(quoted[1]))
        : PythonNames.types[quoted[1]] ?? NumpyModuleNames.types[quoted[1]] ?? StandardLibraryNames.types[quoted[1]]
      if quoted[1].hasPrefix("numpy.dtypes.") {
        // A dtype's class is one per kind (`numpy.dtypes.Float64DType`); what it has is numpy.dtype's.
        attributes = PythonNames.types["numpy.dtype"]
      }
      if quoted[1] == NumpyFunctionClasses.dispatcher { attributes = NumpyFunctionClasses.dispatcherAttributes }
      if quoted[1] == "builtin_function_or_method" {
        // docbuild's NumPy functions print as builtins, and many are ufuncs in NumPy (`np.add.identity`).
        attributes?.formUnion(PythonNames.types["numpy.ufunc"] ?? [])
      }
      guard attributes?.contains(quoted[3]) == true else { return nil }
      refusal = PythonError(
        "NotImplementedError",
        "'\(quoted[1])' objects' attribute '\(quoted[3])' is not part of the snippet language (Python has it)")
    // NumPy's classes that snippets write in their own language (`np.ma.MaskedArray`, `np.nditer`): a special method
    // or settable attribute the NumPy class has and snippets' lacks.
    case _ where imitationMemberLacking(error).map({ NumpyModuleNames.types[$0.type]?.contains($0.member) }) == true:
      let (type, member) = imitationMemberLacking(error)!
      refusal = PythonError(
        "NotImplementedError",
        "'\(type)' objects' \(member) is not part of the snippet language (Python has it)")
    case "ImportError" where error.message.hasPrefix("cannot import name '") && quoted.count >= 5:
      guard
        PythonNames.modules[quoted[3]]?.contains(quoted[1]) == true
          || StandardLibraryNames.privateNames[quoted[3]]?.contains(quoted[1]) == true
      else {
        // A name the module lacks in Python too: CPython's message names the module's file
        // (`… from 'numpy.linalg' (/…/numpy/linalg/__init__.py)`), which differs between machines.
        refusal = PythonError(
          "ImportError",
          error.message + " (CPython's message would name the module's file, which differs between machines)")
        break
      }
      refusal = PythonError(
        "NotImplementedError", "\(quoted[3]).\(quoted[1]) is not part of the snippet language (Python has it)")
    case "TypeError"
    where
      (error.message.hasPrefix("data type '") && error.message.hasSuffix("' not understood")
      && error.message.contains(","))
      || error.message.hasPrefix("Cannot interpret '[(") || error.message.hasPrefix("Cannot interpret '{"):
      // A comma-separated, list or dict dtype is NumPy's structured dtype, which the language leaves out.
      let example = error.message.hasPrefix("data type '") ? "'\(quoted[1])'" : "a list or dict of fields"
      refusal = PythonError(
        "NotImplementedError", "structured dtypes (\(example)) are not part of the snippet language")
    case "TypeError" where error.message.contains("() got an unexpected keyword argument '") && quoted.count >= 3:
      let function = String(error.message.prefix(while: { $0 != "(" }))
      let isUfuncKeyword = MethodSignature.ufunc(function, takes: quoted[1])
      // np.dtype's C constructor takes `metadata`, which no signature of it lists (PythonNames.keywords).
      let isDtypeMetadata = function == "dtype" && quoted[1] == "metadata"
      guard isUfuncKeyword || isDtypeMetadata || PythonNames.keywords[function]?.contains(quoted[1]) == true else {
        return nil
      }
      refusal = PythonError(
        "NotImplementedError", "\(function)(\(quoted[1])=…) is not part of the snippet language (NumPy has it)")
    default:
      return nil
    }
    refusal.location = error.location
    refusal.notes = error.notes
    refusal.isLimit = true
    return refusal
  }
}

extension Interpreter {
  /// Refuses to echo `np.empty(…)` or `np.empty_like(…)` itself: NumPy prints whatever its fresh memory held, which
  /// no build can reproduce (docbuild's are zeros; documentation marks such lines `# doctest: +SKIP`).
  static func refuseEchoOfUninitializedMemory(_ expression: Expression, _ value: Value) throws(PythonError) {
    guard case .call(let callee, _) = expression.kind, case .attribute(_, let name) = callee.kind,
      name == "empty" || name == "empty_like", case .tensor(let array) = value, array.size > 0
    else { return }
    var error = PythonError(
      "ValueError",
      "np.\(name)'s elements are whatever its memory held, so NumPy prints different numbers on each run; fill the "
        + "array before showing it, or assign it (`a = np.\(name)(…)`)")
    error.isLimit = true
    throw error
  }
}
