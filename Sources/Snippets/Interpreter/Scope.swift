import SourceText

/// The variables of one running call of a function defined in a snippet.
///
/// A class, so closures share it: a nested function sees the enclosing call's variables as they are when it runs
/// (cells, not copies), and `nonlocal` writes reach them. The locals live in the object itself, by the slots of
/// `definition.slotNames` (nil while unbound), so a call allocates once. Interpreter values never leave the thread
/// running their chapter; ManagedBuffer is never Sendable, and Closure holds frames under its own unchecked
/// conformance.
final class Scope: ManagedBuffer<ScopeHeader, Value?> {
  /// A frame for a call of `definition`, every local unbound.
  static func make(definition: FunctionDefinition, parent: Scope?) -> Scope {
    let count = definition.slotNames.count
    let buffer = Scope.create(minimumCapacity: count) { _ in
      ScopeHeader(definition: definition, parent: parent, count: count)
    }
    let scope = unsafeDowncast(buffer, to: Scope.self)
    scope.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: count) }
    return scope
  }

  deinit {
    let registry = withUnsafeMutablePointers { header, elements in
      _ = elements.deinitialize(count: header.pointee.count)
      return header.pointee.registry
    }
    registry?.forget(scope: self)
  }

  // The header is read and written through its pointer: `ManagedBuffer.header` is a class's stored property, whose
  // every access paid the runtime's exclusivity check (about a tenth of a recursive call's instructions).

  /// The chapter's registry that lists the frame (see `CycleRegistry`), told when the frame is freed.
  var registry: CycleRegistry? {
    get { withUnsafeMutablePointerToHeader { $0.pointee.registry } }
    set { withUnsafeMutablePointerToHeader { $0.pointee.registry = newValue } }
  }

  /// The function whose call this frame is.
  var definition: FunctionDefinition { withUnsafeMutablePointerToHeader { $0.pointee.definition } }
  /// The scope of the call that created this function, for its free variables.
  var parent: Scope? { withUnsafeMutablePointerToHeader { $0.pointee.parent } }
  /// True for a class body's frame, whose unbound names Python reads from the module and the builtins.
  var isClassBody: Bool {
    get { withUnsafeMutablePointerToHeader { $0.pointee.isClassBody } }
    set { withUnsafeMutablePointerToHeader { $0.pointee.isClassBody = newValue } }
  }
  /// How many slots the frame has.
  var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

  /// A local by slot; nil while unbound. Slots come from the frame's own definition, so they are always in range.
  subscript(slot: Int) -> Value? {
    get { withUnsafeMutablePointerToElements { $0[slot] } }
    set { withUnsafeMutablePointerToElements { $0[slot] = newValue } }
  }

  /// The int a slot holds, read in place (no copy of the whole value made); nil when it holds anything else or is
  /// unbound.
  @inline(__always)
  func int(at slot: Int) -> Int? {
    withUnsafeMutablePointerToElements { elements in
      if case .int(let number)? = elements[slot] { return number }
      return nil
    }
  }

  /// `self.x` for the object a slot holds: its own attribute, read in place, when no property of its class could
  /// come before it (as `Interpreter.attribute(of:_:)` reads it); nil for anything else.
  @inline(__always)
  func ownAttribute(at slot: Int, _ name: String) -> Value? {
    withUnsafeMutablePointerToElements { elements in
      guard case .object(let object)? = elements[slot], !object.type.chainDefinesProperty else { return nil }
      return object.attributes[name]
    }
  }

  /// A local by name (nil when unbound or not a local), for lookups the parser could not resolve to a slot.
  subscript(name: String) -> Value? {
    guard let slot = definition.slotIndex[name] else { return nil }
    return self[slot]
  }

  /// Every slot's value, in slot order.
  var values: [Value?] { (0..<count).map { self[$0] } }

  /// The bound locals with their names, in slot order (a class body's attributes, the memory walk).
  var bound: [(name: String, value: Value)] {
    zip(definition.slotNames, values).compactMap { name, value in value.map { (name, $0) } }
  }

  /// Unbinds every local (breaking the reference cycles a frame may be part of).
  func clear() {
    for slot in 0..<count { self[slot] = nil }
  }
}

/// What a frame holds besides its locals.
struct ScopeHeader {
  let definition: FunctionDefinition
  let parent: Scope?
  let count: Int
  var registry: CycleRegistry?
  var isClassBody = false
}

/// The chapter's names: a slot per name ever bound or resolved, so a top-level name read in a loop is an array index.
///
/// The table from names to slots only grows and is shared by copies (a slot means the same name in every copy);
/// the values are a plain array, so saving and restoring the namespace around a failed statement stays a copy.
struct Namespace: @unchecked Sendable {
  /// Names to slots; a class so every copy of the namespace agrees.
  final class Table {
    var slotOf: [String: Int] = [:]
    var names: [String] = []
    /// What each slot's name means when the chapter has not bound it: its builtin, found once (builtins never
    /// change, and a bound name is always looked at first).
    var builtins: [Value?] = []
    /// The functions, submodules and scalar types of native modules (`numpy.exp`) already looked up.
    var moduleMembers: [ModuleMember: Value] = [:]

    func slot(for name: String) -> Int {
      if let slot = slotOf[name] { return slot }
      slotOf[name] = names.count
      names.append(name)
      return names.count - 1
    }
  }

  let table: Table
  private(set) var values: [Value?] = []
  /// Slots bound to one object by `b = a`, until either is bound again: a group number per slot, 0 for none
  /// (`NameAliases.swift`). An array indexed by slot, not a dictionary: `b = a` in a loop hashed its slots four
  /// times, 450 instructions where the whole statement is 1,000.
  var objectGroups: [Int] = []
  /// The last group number `bind(_:_:toObjectOf:)` handed out: every pairing gets a new one, so a name paired
  /// before its rebinding never joins a later pairing of the same name.
  var lastObjectGroup = 0

  /// A namespace holding `initial`; `table` keeps the slots of an earlier namespace (a `fresh` block), so
  /// functions resolved against it stay right.
  init(_ initial: [String: Value], table: Table = Table()) {
    self.table = table
    for (name, value) in initial.sorted(by: { $0.key < $1.key }) { self[name] = value }
  }

  /// The value in a slot, nil when unbound.
  @inline(__always)
  func value(at slot: Int) -> Value? {
    slot < values.count ? values[slot] : nil
  }

  /// Binds or unbinds a slot.
  @inline(__always)
  mutating func set(_ slot: Int, _ value: Value?) {
    if slot < objectGroups.count, objectGroups[slot] != 0 { objectGroups[slot] = 0 }
    if slot >= values.count {
      if value == nil { return }
      values += [Value?](repeating: nil, count: slot + 1 - values.count)
    }
    values[slot] = value
  }

  /// Takes a slot's value out, leaving the slot unbound until `putBack`, so that the caller holds the only reference
  /// the namespace had; the names bound to one object stay paired.
  mutating func takeOut(_ slot: Int) -> Value? {
    guard slot < values.count else { return nil }
    var taken: Value? = nil
    swap(&taken, &values[slot])
    return taken
  }

  /// Puts back what `takeOut` took.
  mutating func putBack(_ slot: Int, _ value: Value) {
    values[slot] = value
  }

  subscript(name: String) -> Value? {
    get { table.slotOf[name].flatMap { value(at: $0) } }
    set { set(table.slot(for: name), newValue) }
  }

  /// Unbinds a name, returning what it held.
  mutating func removeValue(forKey name: String) -> Value? {
    guard let slot = table.slotOf[name], let old = value(at: slot) else { return nil }
    set(slot, nil)
    return old
  }

  /// The bound names with their values, in slot order.
  var entries: [(name: String, value: Value)] {
    values.enumerated().compactMap { slot, value in value.map { (table.names[slot], $0) } }
  }

  /// The bound values.
  var boundValues: [Value] { values.compactMap { $0 } }
}

/// A member of a module, `numpy` and `exp` for `np.exp`.
struct ModuleMember: Hashable {
  var module: String
  var name: String
}

/// A function value: its definition, its defaults (evaluated when `def` ran) and the scope it closes over.
final class Closure: @unchecked Sendable {
  let definition: FunctionDefinition
  /// Changed only where an array a default holds is written (`transformEverywhere`).
  @exclusivity(unchecked) var defaults: [String: Value]
  let enclosing: Scope?
  /// Where the `def` was, in file coordinates, for errors raised inside the function.
  let origin: CodeOrigin
  /// The code the `def` was in, for the source text of arguments and claims inside the function.
  let code: [UInt8]
  /// The class whose body defined the function, for `super()`; through a weak reference to the class's handle,
  /// since the class holds the function.
  var owner: ClassBox? {
    get { ownerHandle?.type }
    set { ownerHandle = newValue?.handle }
  }
  private weak var ownerHandle: ClassHandle?
  /// The standard-library module whose code defined the function (PythonModules), nil for a snippet's own.
  @exclusivity(unchecked) var module: String?
  /// `__name__` and `__qualname__` as assigned (functools.wraps), overriding the definition's.
  var renamed: String?
  var renamedQualified: String?
  /// The function's own attributes in the order they were first set (its `__dict__`, `f.calls = 0`), with what
  /// functools.wraps sets (`__doc__` here overrides the docstring); a function has few, so a list serves.
  private(set) var assigned: [(name: String, value: Value)] = []
  /// The first annotation in CPython's `__annotations__` order, as its parameter's name and the classes it names
  /// (two or more for `int | float`), kept only where reading it again has no effect (Annotations.swift); what
  /// `functools.singledispatch`'s `register` reads.
  var dispatchAnnotation: (name: String, classes: [Value])?

  /// The attribute `name` as assigned, or nil.
  func assignedValue(_ name: String) -> Value? { assigned.first { $0.name == name }?.value }

  /// Sets the attribute `name`; true when it is new.
  func assign(_ name: String, _ value: Value) -> Bool {
    if let index = assigned.firstIndex(where: { $0.name == name }) {
      assigned[index].value = value
      return false
    }
    assigned.append((name, value))
    return true
  }

  /// Deletes the attribute `name`; false when it was not set.
  func unassign(_ name: String) -> Bool {
    guard let index = assigned.firstIndex(where: { $0.name == name }) else { return false }
    assigned.remove(at: index)
    return true
  }

  /// True for a function a standard-library module's source defines in place of one CPython writes in C
  /// (`heapq.heappush`), which Python shows as `<built-in function heappush>` of type `builtin_function_or_method`.
  var standsForBuiltin: Bool { pythonType == "builtin_function_or_method" }

  /// CPython's type of the module member this function stands for (`PythonNames.moduleCallableTypes`), or nil for
  /// a snippet's own function and a module's helpers.
  var pythonType: String? {
    guard let module, renamed == nil else { return nil }
    return PythonNames.moduleCallableTypes[module + "." + definition.qualifiedName]
  }

  init(
    definition: FunctionDefinition, defaults: [String: Value], enclosing: Scope?, origin: CodeOrigin, code: [UInt8]
  ) {
    self.definition = definition
    self.defaults = defaults
    self.enclosing = enclosing
    self.origin = origin
    self.code = code
  }
}

/// A one-pass iterator: items computed when it was made (`items`), then, for a lazy one, items its source computes
/// when asked (`map`, `filter`, `zip`, `enumerate`, a list's iterator, a generator; LazyIterators.swift).
final class IteratorBox: @unchecked Sendable {
  /// Python's type name: `zip`, `enumerate`, `map`, `filter`, `list_reverseiterator`, `generator`.
  let kind: String
  var items: [Value]
  var position = 0
  /// What computes the items after `items`, nil when there are no more (or never were).
  var source: (any IteratorSource)?
  /// What the generator returned, once it is exhausted (`x = yield from g`).
  var returned: Value?
  /// For `np.broadcast(*args)`: the broadcast shape and how many arrays it iterates (`b.shape`, `b.numiter`).
  var broadcast: (shape: [Int], count: Int)?

  init(kind: String, items: [Value]) {
    self.kind = kind
    self.items = items
  }

  /// A lazy iterator: every item comes from `source`.
  init(kind: String, source: any IteratorSource) {
    self.kind = kind
    self.items = []
    self.source = source
  }

  /// True while items may still come from a source (the iterator is lazy and not known to be exhausted).
  var isLazy: Bool { source != nil }

  /// The computed items not yet consumed, consuming them.
  func drainBuffered() -> [Value] {
    let rest = Array(items[position...])
    position = items.count
    return rest
  }
}

/// Maps locations in the code being run to file locations: a line and column offset.
struct CodeOrigin: Sendable, Hashable {
  var lineOffset = 0
  var columnOffset = 0

  func fileLocation(_ location: SourcePosition) -> SourcePosition {
    SourcePosition(line: location.line + lineOffset, column: location.column + columnOffset)
  }
}

extension Interpreter {
  /// The value of a name where the running code sees it: the function's locals, enclosing functions' variables,
  /// the chapter's names, then the builtins.
  func lookUp(_ name: String) throws(PythonError) -> Value {
    if let scope {
      let definition = scope.definition
      if let slot = definition.slotIndex[name] {
        if let value = scope[slot] { return value }
        return try unboundRead(name)
      }
      if !definition.globals.contains(name) {
        var outer = scope.parent
        var outermost = scope
        while let enclosing = outer {
          // A class body is no enclosing scope for what is nested in it (a comprehension, a lambda): CPython's
          // `[base + i for i in r]` in a class body does not see the class's `base`.
          if enclosing.isClassBody, runningModule == nil {
            outermost = enclosing
            outer = enclosing.parent
            continue
          }
          if let slot = enclosing.definition.slotIndex[name] {
            if let value = enclosing[slot] { return value }
            throw PythonError(
              "NameError",
              "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
          }
          outermost = enclosing
          outer = enclosing.parent
        }
        // A module's code has its own globals (its frame) and never sees the chapter's names.
        if outermost.definition.isModuleBody { return try lookUpBuiltin(name) }
      }
    }
    if let value = globals[name] { return value }
    if let refused = refusedNameError(name) { throw refused }
    return try lookUpBuiltin(name)
  }

  /// A read of a local not bound yet: Python's UnboundLocalError in a function. A class body looks a name up in the
  /// class namespace, then the module's names and the builtins (`LOAD_NAME`), so there it is the global's value,
  /// or a NameError (`@shares.setter` before any `shares`).
  func unboundRead(_ name: String) throws(PythonError) -> Value {
    guard let scope, scope.isClassBody, runningModule == nil else { throw Self.unboundLocal(name) }
    if let value = globals[name] { return value }
    if let refused = refusedNameError(name) { throw refused }
    return try lookUpBuiltin(name)
  }

  /// Python's error for reading a local before it is bound.
  static func unboundLocal(_ name: String) -> PythonError {
    PythonError("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
  }

  /// A top-level name's value in the running code: the chapter's, else its builtin (cached in the slot).
  @inline(__always)
  func globalValue(_ slot: Int, _ name: String) throws(PythonError) -> Value {
    if let value = globals.value(at: slot) { return value }
    if let refused = refusedNameError(name) { throw refused }
    let table = globals.table
    if slot < table.builtins.count, let builtin = table.builtins[slot] { return builtin }
    let builtin = try lookUpBuiltin(name)
    // The REPL's `_` changes with each echo: never cached.
    if name == "_" { return builtin }
    if slot >= table.builtins.count {
      table.builtins += [Value?](repeating: nil, count: slot + 1 - table.builtins.count)
    }
    table.builtins[slot] = builtin
    return builtin
  }

  /// A function defined at the top level (or a method of a top-level class), its names that are not local
  /// resolved to the chapter's slots: inside such a function every other name is a global or a builtin.
  func resolvingGlobals(_ definition: FunctionDefinition) -> FunctionDefinition {
    let table = globals.table
    let resolution = NameResolution(slots: { table.slot(for: $0) }, kind: .global)
    return FunctionDefinition(definition, body: resolution.statements(definition.body))
  }

  /// Binds a name where an assignment in the running code binds it.
  mutating func store(_ name: String, _ value: Value) throws(PythonError) {
    try rebind(name, to: value)
  }

  /// Binds `name` to `value`, or unbinds it when `value` is nil, in the scope an assignment in the running code
  /// binds it in.
  @inline(__always)
  mutating func rebind(_ name: String, to value: Value?) throws(PythonError) {
    if let scope, !scope.definition.globals.contains(name) {
      if let slot = scope.definition.slotIndex[name] {
        scope[slot] = value
        return
      }
      if scope.definition.nonlocals.contains(name) {
        var outer = scope.parent
        while let enclosing = outer {
          if let slot = enclosing.definition.slotIndex[name] {
            enclosing[slot] = value
            return
          }
          outer = enclosing.parent
        }
        throw PythonError("SyntaxError", "no binding for nonlocal '\(name)' found")
      }
      // The scope analysis finds every name a body binds, so this is unreachable; the chapter's names are the
      // safe place if it ever is not.
    }
    if let value { globals[name] = value } else { _ = globals.removeValue(forKey: name) }
  }
}
