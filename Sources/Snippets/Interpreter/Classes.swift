import TensorCore

/// A class defined in a snippet: its name, its one base and the attributes its body bound.
///
/// Interpreter values never leave the thread running their chapter, which is why the unchecked Sendable conformance
/// is sound (as for `Scope`).
final class ClassBox: @unchecked Sendable {
  var name: String
  /// Python's `__qualname__`.
  var qualifiedName: String
  /// The builtin type a standard-library class stands in for (`tuple` for a namedtuple), for `isinstance`.
  var emulates: String?
  /// The bases the class statement names, in order (`__bases__`), without `object`.
  let bases: [ClassBox]
  /// Python's method resolution order after the class itself, without `object`: C3's linearisation of the bases
  /// (`ClassBox.linearize`), so attribute lookups and `super()` walk the classes in CPython's order.
  let ancestors: [ClassBox]
  /// The bases as the class statement names them, `object` (nil) included, for `__bases__`.
  var declaredBases: [ClassBox?] = []
  /// The first base, the only one of a class with single inheritance.
  var base: ClassBox? { bases.first }
  // The hot stored properties of classes, objects and functions skip the runtime's exclusivity check (`unchecked`):
  // a chapter's values live on one thread, and every method call paid that check (a thread-local lookup and a
  // tracking-set entry) several times, a fifth of its instructions.
  @exclusivity(unchecked) var attributes: [String: Value] {
    // Any change may add or remove a property; `definesProperty` looks again when next asked.
    didSet {
      propertiesAreCounted = false
      recentFunctions = (nil, nil)
    }
  }
  /// The last two functions `lookUpFunction` found among the class's own attributes, by name (the latest first);
  /// forgotten whenever the attributes change.
  @exclusivity(unchecked) private var recentFunctions: (NamedFunction?, NamedFunction?) = (nil, nil)
  /// Whether `attributes` holds a property, as last counted, and whether that count is still true.
  @exclusivity(unchecked) private var holdsProperty = false
  @exclusivity(unchecked) private var propertiesAreCounted = false
  /// The module the class was defined in: `__main__` for a snippet's, `collections` for `Counter`.
  var module = "__main__"
  /// The built-in exception class at the root of the class's bases (`Exception` for `class E(Exception)`), nil for
  /// a class that is not an exception.
  var exceptionBase: String?
  /// The names the class body annotates, in order (`dataclasses` makes its fields from them).
  var annotations: [String] = []
  /// The class statement's docstring (None without one), which CPython's class namespace holds as `__doc__`; nil
  /// where snippets do not know it: a class a decorator, an enum's or a snippet metaclass, or a module's code made.
  var docstring: Value?
  /// True when the class or a base defines `__new__`, which then makes its objects (set when the class is made: a
  /// special method set on a class after its statement is refused).
  var constructsWithNew = false
  /// True for a class deriving from a typing alias (`typing.Counter`), whose bases CPython completes with
  /// `typing.Generic` and snippets do not.
  var derivesFromTypingAlias = false
  /// True for a class deriving from a `types.GenericAlias` (`ChainMap[str, int]`), whose `__orig_bases__` CPython
  /// keeps and snippets do not.
  var derivesFromGenericAlias = false
  /// True for a class whose `__slots__` sit beside a builtin lineage (`class Point(namedtuple(...))` with
  /// `__slots__ = ()`), whose stand-in keeps its own state in attributes.
  var slotsBesideBuiltin = false
  /// The properties the class body bound, each name with its getter: CPython's `__set_name__` names those, while a
  /// property set on the class later (`setattr(cls, name, property(f))`) has no name in its error messages.
  /// `written` is the getter as the body wrote it (one property bound under two names has one), `getter` the one the
  /// class keeps.
  var bodyPropertyGetters: [(name: String, written: Value, getter: Value)] = []
  /// The `__slots__` names of the class and its bases (private ones renamed), empty when none declares any.
  var slotNames: Set<String> = []
  /// The only attributes an instance may hold: `slotNames` when the class and every base declare `__slots__` (so an
  /// instance has no `__dict__`), nil when an instance has a `__dict__`.
  var instanceSlots: Set<String>?
  /// For a class `dataclass(frozen=True)` made: its fields, which its `__setattr__` and `__delattr__` refuse to change
  /// on an instance of a subclass (an instance of the class itself refuses every name); nil for other classes.
  var frozenFields: Set<String>?
  /// The standard-library metaclass whose methods CPython calls on the class itself (enum's `EnumType`: `len(Color)`,
  /// `Color(1)`, `Color['RED']`), inherited from the bases; nil for other classes (Metaclasses.swift).
  var metaclass: ClassBox?
  /// The names the class statement's body binds, in the order it binds them, for a class with a metaclass.
  var bodyNames: [String] = []
  /// The names still abstract when the class was made, sorted, for a class `abc.ABCMeta` made (`abc.ABC` and the
  /// classes deriving from it); nil for every other class (AbstractClasses.swift).
  var abstractMethods: [String]?
  /// The metaclass `type()` shows for `abc.ABC`, whose methods snippets never call (`abc.ABCMeta`).
  var shownMetaclass: ClassBox?
  /// True for `typing.Protocol` itself (Protocols.swift).
  var isProtocolRoot = false
  /// True for a protocol: `typing.Protocol`, or a class naming it among its bases.
  var isProtocol = false
  /// True for a protocol made `@runtime_checkable` (Protocols.swift).
  var isRuntimeProtocol = false
  /// The snippet metaclass that made the class (`metaclass=Registry`, or a base's), UserMetaclasses.swift.
  var userMetaclass: ClassBox?
  /// True for the class a snippet class deriving from `dict`, `list`, `tuple`, `str`, `int` or `float` derives from
  /// in the builtin's place (BuiltinSubclasses.swift); `emulates` names the builtin.
  var isBuiltinStandIn = false
  /// True for `typing.Generic` itself, whose subscription makes a generic base (`Generic[T]`).
  var isGenericRoot = false

  /// The chapter's registry that lists the class (see `CycleRegistry`), told when the class is freed.
  fileprivate var registry: CycleRegistry?
  /// What a method keeps of its class (see `Closure.owner`).
  private(set) lazy var handle = ClassHandle(self)

  init(name: String, qualifiedName: String, bases: [ClassBox], ancestors: [ClassBox], attributes: [String: Value]) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.bases = bases
    self.ancestors = ancestors
    self.attributes = attributes
  }

  /// C3's linearisation of the bases (`nil` standing for `object`), as CPython's `mro_implementation` merges the
  /// bases' own orders and the list of bases: the ancestors in order without `object`, or, when no consistent order
  /// exists, the heads of the lists left unmerged, for CPython's message.
  static func linearize(_ bases: [ClassBox?]) -> Result<[ClassBox], LinearizationFailure> {
    var lists: [[ClassBox?]] = bases.map { base in base.map { [$0] + $0.ancestors.map { $0 } + [nil] } ?? [nil] }
    lists.append(bases)
    var merged: [ClassBox] = []
    func same(_ a: ClassBox?, _ b: ClassBox?) -> Bool { a === b }
    while true {
      lists.removeAll { $0.isEmpty }
      if lists.isEmpty { return .success(merged) }
      // The first head that is in no list's tail.
      var chosen: ClassBox??
      for list in lists {
        let head = list[0]
        if !lists.contains(where: { $0.dropFirst().contains { same($0, head) } }) {
          chosen = .some(head)
          break
        }
      }
      guard let next = chosen else {
        var heads: [ClassBox?] = []
        for list in lists where !heads.contains(where: { same($0, list[0]) }) { heads.append(list[0]) }
        return .failure(LinearizationFailure(heads: heads.map { $0?.name ?? "object" }))
      }
      if let type = next { merged.append(type) }
      for index in lists.indices where same(lists[index][0], next) { lists[index].removeFirst() }
    }
  }

  /// This class and its ancestors, in Python's method resolution order (without `object`).
  var resolutionOrder: [ClassBox] { [self] + ancestors }

  deinit { registry?.forget(type: self) }

  /// True when this class or a base defines a property or holds a descriptor (an object whose class defines
  /// `__get__`, `__set__` or `__delete__`): without one, an object's own attribute is what reading it gives, with no
  /// lookup in the classes first.
  var chainDefinesProperty: Bool {
    if countProperties() { return true }
    for current in ancestors where current.countProperties() { return true }
    return false
  }

  /// Whether this class's own attributes hold a property, counted again only after they changed.
  private func countProperties() -> Bool {
    if !propertiesAreCounted {
      holdsProperty = attributes.values.contains {
        switch $0 {
        case .property: true
        case .object(let object): object.type.isDescriptorClass
        default: false
        }
      }
      propertiesAreCounted = true
    }
    return holdsProperty
  }

  /// The attribute as Python's method resolution order finds it (this class, then its bases), with the class that
  /// defines it.
  func lookUp(_ name: String) -> (value: Value, owner: ClassBox)? {
    if let value = attributes[name] { return (value, self) }
    for current in ancestors {
      if let value = current.attributes[name] { return (value, current) }
    }
    return nil
  }

  /// The snippet function `lookUp(name)` finds, nil when it finds anything else or nothing. One the class itself
  /// binds is remembered until its attributes change: a method called in a loop hashed its name at every call.
  func lookUpFunction(_ name: String) -> Closure? {
    if let recent = recentFunctions.0, recent.name == name { return recent.closure }
    if let recent = recentFunctions.1, recent.name == name { return recent.closure }
    guard let found = lookUp(name), case .userFunction(let closure) = found.value else { return nil }
    // The class's own binding comes first in the resolution order, so no change to a base can hide it.
    if found.owner === self { recentFunctions = (NamedFunction(name: name, closure: closure), recentFunctions.0) }
    return closure
  }

  /// The attribute as `super()` inside `owner`'s methods finds it: in this class's resolution order, after `owner`.
  func lookUp(_ name: String, after owner: ClassBox) -> (value: Value, owner: ClassBox)? {
    let order = resolutionOrder
    let start = order.firstIndex { $0 === owner }.map { $0 + 1 } ?? order.count
    for current in order[start...] {
      if let value = current.attributes[name] { return (value, current) }
    }
    return nil
  }

  /// Objects hash by identity unless their class says otherwise: `__eq__` without `__hash__` (or `__hash__ = None`)
  /// makes them unhashable, as in Python; a `__hash__` of its own is refused, since a dict could not call it.
  func checkDefaultHash() throws(PythonError) {
    // ndarray's __hash__ is None.
    if derivesFromArray { throw PythonError.type("unhashable type: '\(name)'") }
    for current in resolutionOrder {
      if let hash = current.attributes["__hash__"] {
        if hash.isNone { throw PythonError.type("unhashable type: '\(name)'") }
        var error = PythonError(
          "NotImplementedError",
          "class \(name) defines __hash__, which snippets' dicts and sets do not call: key them by a field instead")
        error.isLimit = true
        throw error
      }
      if current.attributes["__eq__"] != nil { throw PythonError.type("unhashable type: '\(name)'") }
    }
  }

  /// True for `types.GenericAlias`, the class of `list[int]` (GenericAliasSource.swift).
  var isGenericAlias: Bool { module == "types" && name == "GenericAlias" }

  /// True when `self` is `other` or derives from it.
  func isSubclass(of other: ClassBox) -> Bool {
    self === other || ancestors.contains { $0 === other }
  }
}

/// A function with the name a class binds it to.
struct NamedFunction {
  let name: String
  let closure: Closure
}

/// Why C3 found no method resolution order: the classes at the heads of the lists it could not merge.
struct LinearizationFailure: Error {
  let heads: [String]
}

/// A class as its methods refer to it: only the class holds its handle, so a method's weak reference to the handle
/// ends with the class, and the class itself is never referenced weakly (a weakly referenced object counts its
/// references in a side table, which made every retain and release of the class, at each attribute read, slower).
final class ClassHandle: @unchecked Sendable {
  unowned let type: ClassBox

  init(_ type: ClassBox) {
    self.type = type
  }
}

/// An instance of a snippet class: its class and its own attributes.
final class ObjectBox: @unchecked Sendable {
  let type: ClassBox
  @exclusivity(unchecked) var attributes: AttributeTable = [:]
  /// The object's `__dict__` while something holds it: CPython's is the object's own table, so every later binding
  /// shows in it (`mirror`).
  @exclusivity(unchecked) weak var dictView: DictBox?
  /// The dict assigned as the object's `__dict__` (`self.__dict__ = shared`), which the object keeps alive as
  /// CPython's does, and which other objects may share (SharedDictionaries.swift).
  var assignedDictionary: DictBox?
  /// The chapter's registry that lists the object (see `CycleRegistry`), told when the object is freed.
  @exclusivity(unchecked) fileprivate var registry: CycleRegistry?
  /// The object's position in its registry's list.
  @exclusivity(unchecked) fileprivate var registryPosition = 0
  /// The array an instance of an `np.ndarray` subclass views (`ArraySubclasses`); nil for other objects.
  @exclusivity(unchecked) var array: Tensor?

  init(type: ClassBox) {
    self.type = type
  }

  deinit { registry?.forget(object: self) }
}

/// What `@staticmethod`, `@classmethod` and `@property` make of a function, and what autograd.numpy makes of NumPy's.
enum FunctionWrapper: String, Sendable {
  case staticMethod = "staticmethod"
  case classMethod = "classmethod"
  case property = "property"
  /// autograd's `primitive(f)`: a Python function standing for a NumPy callable (`anp.sin`), called as it is but
  /// not the same object, printed with an address and without the ufunc's attributes (AutogradNumpy.swift).
  case autogradFunction = "function"
}

extension Value {
  /// True for an object whose class stands in for int (an IntEnum or IntFlag member, a re flag).
  var isIntObject: Bool {
    if case .object(let object) = self { return object.type.emulatedBuiltin == "int" }
    return false
  }

  /// True for an instance of a snippet class, whose operators are its special methods.
  @inline(__always)
  var isObject: Bool {
    if case .object = self { return true }
    return false
  }

  /// True for a NumPy object array.
  var isObjectArray: Bool {
    if case .objectArray = self { return true }
    return false
  }

  /// True for NumPy's object dtype object (`x.dtype` of an object array, `np.dtype(object)`).
  var isObjectDTypeValue: Bool {
    if case .objectDType = self { return true }
    return false
  }
}

extension Interpreter {
  /// The builtins that make and inspect classes and objects, which need the interpreter to call methods.
  static let classBuiltins: NameSet = [
    "super", "object", "staticmethod", "classmethod", "property", "hasattr", "getattr", "setattr", "set", "eval",
    // A snippet metaclass's `type.__new__(mcs, name, bases, namespace)` and `type.__prepare__` (UserMetaclasses.swift).
    "type.__new__", "type.__prepare__",
    // `super().__new__(cls)` in a snippet class that defines `__new__`.
    "object.__new__",
  ]

  /// The special names a snippet class may bind: those the interpreter calls (or, for `__hash__`, checks), plain
  /// class data, and Python 2's special names, which CPython 3 never calls either (`__nonzero__ = __bool__`,
  /// `__div__` beside `__truediv__`).
  /// Special names a class holds as plain data, which snippet code may set on a class after its statement.
  static let classDataNames: NameSet = ["__name__", "__qualname__", "__module__", "__doc__", "__annotations__"]

  static let honouredSpecialNames: NameSet = {
    var names: Set<String> = [
      "__init__", "__repr__", "__str__", "__format__", "__neg__", "__pos__", "__eq__", "__ne__", "__lt__", "__le__",
      "__gt__", "__ge__", "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
      "__iter__", "__next__", "__call__", "__enter__", "__exit__", "__hash__", "__copy__", "__post_init__",
      "__reversed__", "__get__", "__set__", "__delete__", "__set_name__", "__getattr__", "__bytes__", "__slots__",
      // Plain class data: only a `match` statement reads `__match_args__`, and snippets refuse `match`.
      "__doc__", "__module__", "__qualname__", "__match_args__",
      "__nonzero__", "__div__", "__rdiv__", "__idiv__", "__unicode__", "__cmp__", "__coerce__", "__getslice__",
      "__setslice__", "__delslice__", "__long__",
    ]
    names.insert("__invert__")
    // Read by an array's operators (ArrayObjectOperands.swift): a higher priority hands them to the object.
    names.insert("__array_priority__")
    // Called by complex() (Builtins.swift); nothing else in CPython calls it.
    names.insert("__complex__")
    // Called by abs, round, divmod and math.floor/ceil/trunc (NumberProtocols.swift), and `__float__` by float(),
    // complex(), math's functions of reals and %-formatting, as CPython calls it; NumPy refuses such an object where
    // it takes an array. `__int__` and `__index__` stay refused in snippet classes: indexing and NumPy would need them.
    names.formUnion([
      "__abs__", "__round__", "__floor__", "__ceil__", "__trunc__", "__divmod__", "__rdivmod__", "__float__",
    ])
    for operation in [
      "add", "sub", "mul", "truediv", "pow", "matmul", "floordiv", "mod", "and", "or", "xor", "lshift", "rshift",
    ] {
      names.formUnion(["__\(operation)__", "__r\(operation)__", "__i\(operation)__"])
    }
    return NameSet(names)
  }()

  /// The refusal of a typing.NamedTuple or enum class (outside the standard-library modules) whose body uses a private
  /// name: the parser renames it as CPython does (`_Class__x`), but CPython then refuses the renamed field name (a
  /// NamedTuple) or keeps it out of the members (an enum), which snippets do not follow.
  func refusePrivateNames(in definition: ClassDefinition) throws(PythonError) {
    guard runningModule == nil, let name = privateName(in: definition) else { return }
    let stripped = definition.name.drop { $0 == "_" }
    throw PythonError.limit(
      "class \(definition.name) uses the private name '\(name)', which Python renames to '_\(stripped)\(name)' "
        + "inside a class (name mangling); in an enum or typing.NamedTuple class snippets do not follow what CPython "
        + "then does with it (no member; a refused field name): use a name without two leading underscores")
  }

  /// A name in the class's code (its f-strings included) that Python mangles: two leading underscores, at most one
  /// trailing, in a class whose name is not all underscores. Nil when there is none.
  func privateName(in definition: ClassDefinition) -> String? {
    guard definition.name.contains(where: { $0 != "_" }) else { return nil }
    let isPrivate = { (name: String) in name.hasPrefix("__") && !name.hasSuffix("__") && name.count > 2 }
    for token in Lexer.tokenize(text(of: definition.range)) {
      switch token.kind {
      case .name where isPrivate(token.text): return token.text
      case .string where token.text.prefix(while: { $0 != "\"" && $0 != "'" }).lowercased().contains("f"):
        if let name = RefusedEffects.identifiers(in: token.text).first(where: isPrivate) { return name }
      default: break
      }
    }
    return nil
  }

  /// Runs a `class` statement's body and binds the class.
  mutating func defineClass(_ definition: ClassDefinition) throws(PythonError) -> Value {
    var exceptionBase: String?
    var derivesFromArray = false
    var derivesFromType = false
    // The bases as C3 sees them: a snippet class, or nil for `object`.
    var named: [ClassBox?] = []
    var builtinBase: String?
    var bases: [Value] = []
    for expression in definition.bases { bases.append(try evaluate(expression)) }
    if bases.contains(where: Self.isTypingNamedTuple) { return try defineNamedTuple(definition, bases: bases) }
    for case .classObject(let base) in bases where base.isGenericRoot {
      throw PythonError.type("Cannot inherit from plain Generic")
    }
    let derivesFromTypingAlias = try replaceTypingAliases(in: &bases)
    let derivesFromGenericAlias = try replaceGenericAliases(in: &bases)
    // `class D(dict)`: the class snippets' own Python code for the builtin stands in as the base.
    for index in bases.indices {
      if case .function(let name) = bases[index], let standIn = try builtinStandIn(name) {
        bases[index] = .classObject(standIn)
      }
    }
    for base in bases {
      switch base {
      case .classObject(let type):
        named.append(type)
        if type.exceptionBase != nil || type.emulatedBuiltin != nil { builtinBase = type.name }
        exceptionBase = exceptionBase ?? type.exceptionBase
        derivesFromArray = derivesFromArray || type.derivesFromArray
      case .function("object"): named.append(nil)
      case .function("type"):
        // A metaclass (UserMetaclasses.swift).
        named.append(nil)
        derivesFromType = true
      case .function("numpy.ndarray"):
        derivesFromArray = true
        builtinBase = "numpy.ndarray"
      case .function(let name) where Builtins.isRaisable(name):
        exceptionBase = name
        builtinBase = name
      case let other:
        // Python derives from its built-in types too (`class C(np.ndarray)`, `class D(dict)`).
        throw PythonError.limit(
          "a snippet class can derive only from another snippet class or object, not from \(other.repr)")
      }
    }
    let ancestors = try linearizeBases(definition, named, builtinBase: builtinBase)
    let metaclass = named.lazy.compactMap { $0?.metaclass }.first
    let bodyNames = try metaclass.map { _ throws(PythonError) in try Self.metaclassBodyNames(definition) } ?? []
    let metaclassKeyword = try definition.keywords.first { $0.name == "metaclass" }.map {
      (keyword) throws(PythonError) in try evaluate(keyword.value)
    }
    let snippetMetaclass = try userMetaclass(named: metaclassKeyword, bases: named)
    if snippetMetaclass != nil, metaclass != nil || derivesFromArray || exceptionBase != nil || derivesFromType {
      throw PythonError.limit(
        "a snippet metaclass for an enum, an exception, an ndarray subclass or a metaclass is not part of the snippet "
          + "language")
    }
    // An enum's private names (`_Color__x` once renamed) are plain attributes in CPython 3.11, not members; snippets'
    // enum would make them members.
    if metaclass != nil { try refusePrivateNames(in: definition) }
    // A metaclass's `__prepare__` runs before the body.
    let prepared = try snippetMetaclass.flatMap { (found) throws(PythonError) in
      try preparedNamespace(found, name: definition.name, bases: named.compactMap { $0 })
    }
    let body = Scope.make(definition: definition.body, parent: scope)
    body.isClassBody = true
    let saved = scope
    scope = body
    defer { scope = saved }
    try tick()
    _ = try run(definition.body.body)
    // A metaclass's special methods are checked once it is made (`refuseMetaclassSpecialMethods`).
    if !derivesFromType {
      try refuseUncalledSpecialMethods(
        definition, body: body, derivesFromArray: derivesFromArray,
        derivesFromBuiltin: named.contains { $0?.callsMissing == true },
        makesPlainObjects: metaclass == nil && snippetMetaclass == nil && exceptionBase == nil && !derivesFromArray
          && builtinBase == nil)
    }
    let type = ClassBox(
      name: definition.name, qualifiedName: definition.qualifiedName, bases: named.compactMap { $0 },
      ancestors: ancestors, attributes: [:])
    type.annotations = definition.annotations
    if runningModule == nil, metaclass == nil, snippetMetaclass == nil {
      type.docstring = Self.docstring(of: definition.body)
    }
    type.declaredBases = named
    type.isProtocol = named.contains { $0?.isProtocolRoot == true }
    type.derivesFromTypingAlias = derivesFromTypingAlias
    type.derivesFromGenericAlias = derivesFromGenericAlias
    type.module = runningModule ?? "__main__"
    type.exceptionBase = exceptionBase
    if derivesFromArray && type.bases.isEmpty { type.emulates = ArraySubclasses.emulated }
    cycles.register(type: type)
    try applySlots(definition, body: body, to: type, builtinBase: builtinBase)
    for (name, value) in body.bound {
      // Methods see the names around the class, not the class body's (Python's class scope is not enclosing).
      type.attributes[name] = method(value, of: type, enclosing: saved, body: body)
      if case .property(let written, _, _) = value, case .property(let getter, _, _)? = type.attributes[name] {
        type.bodyPropertyGetters.append((name, written, getter))
      }
    }
    if !type.derivesFromArray, case .userFunction? = type.attributes["__new__"] {
      // CPython makes a class body's `__new__` a static method (an ndarray subclass's is called as it is written:
      // ArraySubclasses.swift).
      type.attributes["__new__"] = .wrapped(.staticMethod, type.attributes["__new__"]!)
    }
    type.constructsWithNew = type.lookUp("__new__") != nil
    if case .userFunction? = type.attributes["__init_subclass__"] {
      // CPython makes a class body's `__init_subclass__` a class method.
      type.attributes["__init_subclass__"] = .wrapped(.classMethod, type.attributes["__init_subclass__"]!)
    }
    if derivesFromType {
      if definition.bases.count > 1 {
        throw PythonError.limit("a metaclass with several bases is not part of the snippet language")
      }
      type.emulates = "type"
    }
    for keyword in definition.keywords where keyword.name != "metaclass" {
      // `boundary=` of an enum.Flag class (the parser keeps no other keyword): a class attribute enum's code reads.
      guard metaclass != nil else {
        throw PythonError.limit(
          "the class keyword \(keyword.name)= outside an enum class is not part of the snippet language")
      }
      type.attributes["_" + keyword.name + "_"] = try evaluate(keyword.value)
    }
    try callSetName(type, body.bound.map(\.name))
    if metaclass == nil, snippetMetaclass == nil, let hook = type.lookUp("__init_subclass__", after: type) {
      // CPython's `super(cls, cls).__init_subclass__()` once the class is made: the nearest base's (object's does
      // nothing; class keywords, which it would take, are refused above).
      _ = try callValue(bind(hook.value, to: .classObject(type), type: type), arguments([]))
    }
    if let abstract = abstractMethods(of: type) {
      type.abstractMethods = abstract
      // The most derived of the bases' metaclasses: typing's _ProtocolMeta derives from abc.ABCMeta.
      let shown = type.bases.compactMap(\.shownMetaclass)
      type.shownMetaclass = shown.first { $0.name == "_ProtocolMeta" } ?? shown.first
    }
    if type.isMetaclass { try refuseMetaclassSpecialMethods(type) }
    if let snippetMetaclass {
      try runMetaclass(
        snippetMetaclass, on: type, definition: definition, bodyNames: body.bound.map(\.name), prepared: prepared)
    }
    if let metaclass {
      type.metaclass = metaclass
      type.bodyNames = bodyNames
      _ = try callMetaclass(type, "_docbuild_class_made_", arguments([]))
    }
    return .classObject(type)
  }

  /// Replaces a `types.GenericAlias` among the bases (`class Environment(ChainMap[Symbol, Any])`,
  /// `class L(list[int])`) with its origin, as its `__mro_entries__` does in CPython, which adds nothing else to the
  /// bases; true when there was one.
  private mutating func replaceGenericAliases(in bases: inout [Value]) throws(PythonError) -> Bool {
    var replaced = false
    for index in bases.indices {
      guard case .object(let alias) = bases[index], alias.type.name == "GenericAlias",
        ["_generic_alias", "types"].contains(alias.type.module),
        let origin = alias.attributes["__origin__"]
      else { continue }
      bases[index] = origin
      replaced = true
    }
    return replaced
  }

  /// Replaces a typing alias among the bases (`class Dist(typing.Counter)`) with the class it stands for, as CPython's
  /// `__mro_entries__` does; true when there was one. CPython also adds `typing.Generic` to the bases, which snippets
  /// do not, so such a class refuses `__bases__` and `__mro__`.
  private mutating func replaceTypingAliases(in bases: inout [Value]) throws(PythonError) -> Bool {
    var replaced = false
    var entered: [Value] = []
    for base in bases {
      guard case .object(let alias) = base, alias.type.module == "typing",
        let entries = try callSpecial(alias, "__mro_entries__", [try .makeTuple(bases)])
      else {
        entered.append(base)
        continue
      }
      // One class, or two for `Protocol[T]` (Protocol and Generic).
      guard case .tuple(let items) = entries, (1...2).contains(items.count) else {
        throw PythonError.limit("a class deriving from this typing form is not part of the snippet language")
      }
      entered.append(contentsOf: items)
      replaced = true
    }
    bases = entered
    return replaced
  }

  /// Refuses a special method the interpreter would never call, where it is defined: it changes what CPython prints
  /// without a trace (`__new__` printing, `__getattribute__` answering).
  func refuseUncalledSpecialMethods(
    _ definition: ClassDefinition, body: Scope, derivesFromArray: Bool, derivesFromBuiltin: Bool = false,
    makesPlainObjects: Bool = false
  ) throws(PythonError) {
    guard runningModule == nil else { return }
    for (name, _) in body.bound where name.hasPrefix("__") && name.hasSuffix("__") && name.count > 4 {
      guard
        Self.honouredSpecialNames.contains(name)
          || (makesPlainObjects && (name == "__new__" || name == "__init_subclass__"))
          || (derivesFromArray && ArraySubclasses.specialNames.contains(name))
          || (derivesFromBuiltin && BuiltinSubclasses.specialNames.contains(name))
      else {
        var error = PythonError(
          "NotImplementedError",
          "class \(definition.name) defines \(name), which snippets do not call; the special methods they call are "
            + "__init__, __repr__, __str__, __format__, the arithmetic, bitwise and comparison operators, __len__, "
            + "__getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__, __reversed__, __call__, __bool__, "
            + "__enter__, __exit__, __getattr__, and a descriptor's __get__, __set__, __delete__ and __set_name__")
        error.isLimit = true
        throw error
      }
    }
  }

  /// The class's ancestors in C3's order, with CPython's TypeErrors for a base named twice and for bases no order
  /// can reconcile. Several bases where one is a built-in type (an exception, `np.ndarray`, a namedtuple) are refused:
  /// CPython interleaves the built-in classes into the order and checks their instance layouts.
  private mutating func linearizeBases(
    _ definition: ClassDefinition, _ named: [ClassBox?], builtinBase: String?
  ) throws(PythonError) -> [ClassBox] {
    // A standard-library module's own classes (enum's IntEnum) combine such a class with others knowingly.
    if definition.bases.count > 1, let builtinBase, runningModule == nil, !Self.mixesIntoCollectionsClass(named) {
      throw PythonError.limit(
        "class \(definition.name) derives from several classes, one of them the built-in \(builtinBase): snippets "
          + "follow multiple inheritance only among snippet classes and object")
    }
    for (index, base) in named.enumerated() where named[..<index].contains(where: { $0 === base }) {
      throw PythonError.type("duplicate base class \(base?.name ?? "object")")
    }
    switch ClassBox.linearize(named) {
    case .success(let ancestors): return ancestors
    case .failure(let failure):
      throw PythonError.type(
        "Cannot create a consistent method resolution\norder (MRO) for bases \(failure.heads.joined(separator: ", "))")
    }
  }

  /// True for bases that are one `collections` class written in the snippet language (`Counter`, `OrderedDict`,
  /// `defaultdict`, or a snippet class deriving from one) and plain snippet classes: Fluent Python's
  /// `class UpperCounter(UpperCaseMixin, collections.Counter)`. CPython's order is C3's over them, with `dict` after
  /// the collections class, and no instance layouts conflict, as the mixins hold no slots and derive from no builtin.
  static func mixesIntoCollectionsClass(_ bases: [ClassBox?]) -> Bool {
    let lineages = bases.compactMap { $0 }.filter { base in
      base.resolutionOrder.contains { $0.emulates != nil || $0.exceptionBase != nil || $0.derivesFromArray }
    }
    guard bases.count > 1, lineages.count == 1, let lineage = lineages.first,
      lineage.resolutionOrder.contains(where: { $0.module == "collections" && $0.emulates == "dict" }),
      !lineage.resolutionOrder.contains(where: \.isBuiltinStandIn)
    else { return false }
    return bases.allSatisfy { base in
      guard let base else { return false }
      return base === lineage
        || base.resolutionOrder.allSatisfy { plain in
          plain.module != "collections" && plain.metaclass == nil && plain.userMetaclass == nil
            && plain.slotNames.isEmpty && plain.abstractMethods == nil && !plain.isProtocol
            && !plain.isGenericRoot && !plain.derivesFromTypingAlias
        }
    }
  }

  /// The marker name of `object.__init__` reached through `super()`, bound to the instance.
  static let objectInitializer = "object.__init__"

  /// `Class.__mro__` as values: the class, its ancestors, the built-in exception classes it derives from, `object`.
  static func resolutionChain(_ type: ClassBox) -> [Value] {
    let order = type.resolutionOrder
    if let stop = order.firstIndex(where: \.isBuiltinStandIn), let builtin = order[stop].emulates {
      // The builtin itself in the place of snippets' class for it (`class D(dict)`).
      return order[..<stop].map { .classObject($0) } + [.function(builtin), .function("object")]
    }
    // A standard-library class standing in for a tuple or a dict (a namedtuple, Counter): the helper classes snippets
    // derive it from are theirs, not Python's, whose order goes on with the built-in class.
    if let stop = order.firstIndex(where: { ["tuple", "dict", "type"].contains($0.emulates) }),
      let builtin = order[stop].emulates
    {
      return order[...stop].map { .classObject($0) } + [.function(builtin), .function("object")]
    }
    return order.map { .classObject($0) }
      + (type.exceptionBase.flatMap(Self.builtinExceptionChain) ?? [.function("object")])
  }

  /// `__mro__` of a built-in exception class with one base (`ValueError`, `Exception`, `BaseException`, `object`);
  /// nil for other names and for NumPy's exceptions, whose classes have several bases.
  static func builtinExceptionChain(_ name: String) -> [Value]? {
    guard Builtins.exceptionBases[name] != nil, !["UFuncTypeError", "AxisError", "LinAlgError"].contains(name) else {
      return nil
    }
    var chain: [Value] = []
    var current = name
    while !current.isEmpty {
      chain.append(.function(current))
      current = Builtins.exceptionBases[current] ?? ""
    }
    return chain + [.function("object")]
  }

  /// A function defined in a class body, re-closed over the scope around the class and told its class (for
  /// `super()`).
  func method(_ value: Value, of type: ClassBox, enclosing: Scope?, body: Scope) -> Value {
    switch value {
    case .userFunction(let closure) where closure.enclosing === body:
      // A method of a top-level class sees only its locals, the chapter's names and builtins.
      let definition = enclosing == nil ? resolvingGlobals(closure.definition) : closure.definition
      let method = Closure(
        definition: definition, defaults: closure.defaults, enclosing: enclosing, origin: closure.origin,
        code: closure.code)
      method.owner = type
      method.module = closure.module
      // What a decorator in the class body set on the function (`abc.abstractmethod`'s `__isabstractmethod__`,
      // functools.wraps' names, a counter) is the method's too: CPython keeps the one function object.
      method.renamed = closure.renamed
      method.renamedQualified = closure.renamedQualified
      method.dispatchAnnotation = closure.dispatchAnnotation
      for (name, value) in closure.assigned { _ = method.assign(name, value) }
      return .userFunction(method)
    case .wrapped(let wrapper, let inner):
      return .wrapped(wrapper, method(inner, of: type, enclosing: enclosing, body: body))
    case .property(let getter, let setter, let deleter):
      return .property(
        getter: method(getter, of: type, enclosing: enclosing, body: body),
        setter: method(setter, of: type, enclosing: enclosing, body: body),
        deleter: method(deleter, of: type, enclosing: enclosing, body: body))
    default:
      return value
    }
  }

  /// `object.name` as CPython's `object.__getattribute__` finds it: a property or data descriptor of the class, the
  /// object's own attribute, then the class's attribute bound to the object.
  private mutating func instanceAttribute(_ object: ObjectBox, _ name: String) throws(PythonError) -> Value? {
    let value = Value.object(object)
    let found = object.type.lookUp(name)
    if let found, case .property(let getter, _, _) = found.value {
      return try callValue(getter, arguments([value]))
    }
    // A descriptor in the class: a data descriptor (with `__set__` or `__delete__`) comes before the object's own
    // attribute, one with `__get__` alone after it.
    if let found, case .object(let descriptor) = found.value, let getter = descriptor.type.lookUp("__get__"),
      object.attributes[name] == nil || descriptor.type.isDataDescriptorClass
    {
      return try callValue(
        bind(getter.value, to: found.value, type: descriptor.type), arguments([value, .classObject(object.type)]))
    }
    if let own = object.attributes[name] { return own }
    if name == "__class__" {
      // What `type()` shows: a stand-in for a builtin's instance (sys.path, a list) gives the builtin.
      if let shown = object.type.shownBuiltinType { return .function(shown) }
      return .classObject(object.type)
    }
    if object.type.isGenericAlias, found == nil {
      // CPython's GenericAlias forwards other attributes to its origin (`list[int].append`), and its __dict__ is
      // not the instance attributes snippets' model keeps.
      throw PythonError.limit(
        "the attribute '\(name)' of a generic alias is not part of the snippet language (Python has it)")
    }
    if name == "__dict__" {
      if object.type.metaclass != nil { throw Self.metaclassRefusal(object.type, "the __dict__ of its members") }
      if object.type.instanceSlots != nil {
        throw PythonError("AttributeError", "'\(Value.object(object).typeName)' object has no attribute '__dict__'")
      }
      if !object.type.slotNames.isEmpty {
        // CPython's __dict__ leaves out what the slots hold; snippets keep every attribute in one table.
        throw PythonError.limit(
          "the __dict__ (or vars()) of a '\(object.type.name)' object, whose class has both __slots__ and a "
            + "__dict__, is not supported in snippets")
      }
      if let builtin = object.type.emulatedBuiltin, builtin != ArraySubclasses.emulated {
        // A namedtuple's or Counter's attributes are those of snippets' own Python code for it, not CPython's.
        throw PythonError.limit(
          "the __dict__ (or vars()) of a '\(object.type.name)' object is not supported in snippets, which make this "
            + "\(builtin) in Python code of their own")
      }
      if let view = object.dictView { return .dict(view) }
      // In the order the names were bound, as CPython's dict keeps it (a name unbound and bound again goes last).
      guard case .dict(let view) = try Value.makeDict(object.attributes.map { (.string($0.0), $0.1) }) else {
        return nil
      }
      view.viewOf = "the __dict__ of a '\(object.type.name)' object"
      view.addAttributeOwner(object)
      object.dictView = view
      return .dict(view)
    }
    guard let found else {
      if let array = object.array { return try arraySubclassAttribute(object, array, name) }
      // What every exception has in CPython (`e.__cause__`, `e.add_note`), which snippets do not keep.
      if object.type.exceptionBase != nil, Self.baseExceptionAttributes.contains(name) {
        throw PythonError.limit(
          "\(object.type.name).\(name) is not kept in snippets (Python has it): print the error, str(e) or e.args")
      }
      // A builtin's attribute (`int.bit_length`, `dict.__sizeof__`) that snippets' own code for a class standing in
      // for the builtin (an IntEnum, a Counter) lacks: CPython has it.
      if let builtin = object.type.emulatedBuiltin, PythonNames.types[builtin]?.contains(name) == true {
        throw PythonError.limit(
          "\(builtin).\(name) of a '\(Value.object(object).typeName)' object is not part of the snippet language "
            + "(Python has it)")
      }
      throw PythonError("AttributeError", "'\(Value.object(object).typeName)' object has no attribute '\(name)'")
    }
    if case .wrapped(.autogradFunction, _) = found.value {
      // A Python function of autograd's, it binds the object as its first argument, which NumPy's ufunc does not:
      // `self.act(x)` is `anp.tanh(self, x)`, a TypeError worded by NumPy's internals.
      throw PythonError.limit(
        "autograd.numpy's function as the class attribute \(name), read through an instance, is bound to the instance "
          + "as a Python function is, which snippets do not follow: set it on the instance (self.\(name) = …) or "
          + "wrap it in staticmethod")
    }
    return bind(found.value, to: value, type: object.type)
  }

  /// The standard-library classes, by module and name, that CPython 3.11 writes in Python or gives a namespace holding
  /// `__module__` (`functools.partial`, `decimal.Decimal`), so their instances read it; its instances of the others
  /// (`deque`, `OrderedDict`, `defaultdict`) raise AttributeError.
  static let libraryClassesWithModule: NameSet = [
    "collections.Counter", "collections.ChainMap", "collections.UserDict", "collections.UserList",
    "collections.UserString", "fractions.Fraction", "functools.partial", "decimal.Decimal",
  ]

  /// A function's or class's docstring: the body's first statement when it is a string literal, else None.
  static func docstring(of definition: FunctionDefinition) -> Value {
    if let first = definition.body.first, case .expression(let expression) = first.kind,
      case .string(let text) = expression.kind
    {
      return .string(text)
    }
    return Value.none
  }

  /// The standard-library classes that are C types in CPython 3.11 whose instances have no `__module__`,
  /// `__weakref__` or `__annotations__`.
  static let libraryClassesWithoutModule: NameSet = [
    "collections.deque", "collections.OrderedDict", "collections.defaultdict",
  ]

  /// What an instance finds in the namespaces CPython's class statements make, which snippets' classes do not hold
  /// as attributes: `__module__` (the first class's), `__weakref__` (added by a class without `__slots__`) and an
  /// annotated class's `__annotations__` (`__doc__`, the class's docstring, `objectAttribute` reads first). Nil where CPython raises AttributeError too; a refusal where snippets do not
  /// know the namespace (a standard-library class's, a builtin's) or do not keep the value.
  static func classStatementName(_ object: ObjectBox, _ name: String) throws(PythonError) -> Value? {
    guard ["__module__", "__weakref__", "__annotations__"].contains(name) else { return nil }
    let shown = Value.object(object).typeName
    let order = object.type.resolutionOrder
    if let first = order.first, Self.libraryClassesWithoutModule.contains("\(first.module).\(first.name)") {
      return nil  // C types whose instances have none of the three
    }
    func isClassStatement(_ box: ClassBox) -> Bool {
      box.module == "__main__" && box.emulates == nil && !box.isBuiltinStandIn && box.exceptionBase == nil
    }
    let unknown = PythonError.limit(
      "the attribute \(name) of a '\(shown)' object, whose class derives from a class snippets write in their own "
        + "Python, is not part of the snippet language")
    var present = PythonError(
      "AttributeError", "'\(shown)' objects' attribute '\(name)' is not part of the snippet language (Python has it)")
    present.presentInPython = true
    switch name {
    case "__module__":
      // A snippet's class, or one a snippet made with namedtuple, Enum or type(), which CPython names `__main__`.
      guard let first = order.first else { return nil }
      if first.module == "__main__" && !first.isBuiltinStandIn
        || Self.libraryClassesWithModule.contains("\(first.module).\(first.name)")
      {
        return .string(first.module)
      }
      throw unknown
    case "__weakref__":
      // CPython adds it to a class without `__slots__` (or naming it in them) whose bases lack it; a builtin base
      // of variable size (`int`, `tuple`) allows none, and snippets do not know the standard library's classes.
      guard order.allSatisfy(isClassStatement) else { throw unknown }
      func namesWeakrefSlot(_ box: ClassBox) -> Bool {
        switch box.attributes["__slots__"] {
        case .string(let slot)?: return slot == "__weakref__"
        case .tuple(let slots)?, .list(let slots)?:
          return slots.items.contains { if case .string("__weakref__") = $0 { true } else { false } }
        default: return false
        }
      }
      if order.allSatisfy({ $0.attributes["__slots__"] != nil && !namesWeakrefSlot($0) }) { return nil }
      throw present
    default:
      for box in order {
        guard isClassStatement(box) else { throw unknown }
        if !box.annotations.isEmpty { throw present }
      }
      return nil
    }
  }

  /// `value.name` for classes, objects, bound `super()` and wrapped functions; nil for other values.
  mutating func objectAttribute(_ value: Value, _ name: String) throws(PythonError) -> Value? {
    switch value {
    case .method(let parts, Self.fromPyFuncMarker):
      return try Self.fromPyFuncAttribute(parts, name)
    case .exception(let exception):
      return try Self.exceptionAttribute(exception, name)
    case .object(let object) where BareObjects.isBare(object):
      return try BareObjects.attribute(name)
    case .object(let object):
      // The instance's class statement put its docstring (or None) in the class's own namespace as `__doc__`, where
      // the instance finds it before any ancestor's (one an ancestor's body assigned is not inherited). One the class
      // itself holds (a descriptor too) takes the usual lookup.
      if name == "__doc__", object.attributes["__doc__"] == nil, object.assignedDictionary == nil,
        object.type.attributes["__doc__"] == nil, let docstring = object.type.docstring
      {
        return docstring
      }
      do throws(PythonError) {
        return try instanceAttribute(object, name)
      } catch {
        if error.type == "AttributeError", !error.isLimit, let found = try Self.classStatementName(object, name) {
          return found
        }
        // `__getattr__` answers what the usual lookup (a property's getter included) raised AttributeError for.
        guard error.type == "AttributeError", !error.isLimit, let hook = object.type.lookUp("__getattr__") else {
          throw error
        }
        return try callValue(bind(hook.value, to: value, type: object.type), arguments([.string(name)]))
      }
    case .function(let builtin) where name == "__mro__" && Self.builtinExceptionChain(builtin) != nil:
      return try .makeTuple(Self.builtinExceptionChain(builtin)!)
    case .classObject(let type):
      if ["__bases__", "__mro__", "mro"].contains(name) {
        if type.resolutionOrder.contains(where: \.derivesFromTypingAlias) {
          throw PythonError.limit(
            "\(name) of a class deriving from a typing alias (CPython adds typing.Generic to its bases) is not part of "
              + "the snippet language")
        }
        if runningModule == nil,
          type.resolutionOrder.contains(where: { $0.module == "collections" && $0.name == "UserDict" })
        {
          throw PythonError.limit(
            "\(name) of a UserDict class (CPython's derives from collections.abc.MutableMapping) is not part of the "
              + "snippet language")
        }
        if runningModule == nil, name != "__bases__" || type.module == "collections",
          let abstract = type.resolutionOrder.first(where: {
            $0.module == "collections" && ["ChainMap", "UserList", "UserString"].contains($0.name)
          })
        {
          // CPython's derive from collections.abc's classes, which snippets' do not.
          throw PythonError.limit(
            "\(name) of a class deriving from collections.\(abstract.name) (CPython's derives from collections.abc's "
              + "classes) is not part of the snippet language")
        }
        // IntEnum's and IntFlag's classes, whose bases in CPython include int itself; enum's own code reads them.
        if runningModule == nil, type.emulatedBuiltin == "int", type.builtinStandInAncestor == nil {
          throw PythonError.limit(
            "\(name) of the class \(type.name), an int in Python, is not part of the snippet language")
        }
      }
      switch name {
      case "__name__": return .string(type.name)
      case "__qualname__": return .string(type.qualifiedName)
      case "__bases__":
        if let builtin = type.emulates, ["tuple", "dict", "type"].contains(builtin) {
          // See `resolutionChain`.
          return try .makeTuple([.function(builtin)])
        }
        let root: Value = type.emulates == ArraySubclasses.emulated ? .function("numpy.ndarray") : .function("object")
        if type.declaredBases.isEmpty { return try .makeTuple([root]) }
        return try .makeTuple(
          type.declaredBases.map { base in
            guard let base else { return .function("object") }
            return base.isBuiltinStandIn ? .function(base.emulates ?? "object") : .classObject(base)
          })
      case "__mro__":
        // The class, its ancestors, then the built-in exception classes it derives from, then object.
        return try .makeTuple(Self.resolutionChain(type))
      case "mro":
        return .method(value, "mro")
      case "__module__": return .string(type.module)
      case "__doc__" where type.attributes["__doc__"] == nil && type.docstring != nil: return type.docstring!
      default: break
      }
      guard let found = type.lookUp(name) else {
        if type.metaclass != nil { return try metaclassAttribute(type, name) }
        if let fromMetaclass = try userMetaclassAttribute(type, name) { return fromMetaclass }
        if type.abstractMethods != nil, Self.abcMetaclassAttributes.contains(name) {
          throw PythonError.limit(
            "\(type.name).\(name) (abc.ABCMeta's) is not part of the snippet language (Python has it)")
        }
        if ["__parameters__", "__orig_bases__"].contains(name),
          type.resolutionOrder.contains(where: {
            $0.isGenericRoot || $0.derivesFromTypingAlias || $0.derivesFromGenericAlias
          })
        {
          // What CPython's typing keeps on a class deriving from Generic[T] or a typing alias.
          throw PythonError.limit(
            "\(name) of a class deriving from typing.Generic or a typing alias is not part of the snippet language "
              + "(Python has it)")
        }
        if let builtin = type.builtinStandInAncestor?.emulates, PythonNames.types[builtin]?.contains(name) == true {
          // `I.from_bytes`, `F.fromhex`: the builtin's class attributes that snippets' class for it lacks.
          throw PythonError.limit(
            "\(builtin).\(name) of the class \(type.name) is not part of the snippet language (Python has it)")
        }
        if type.slotNames.contains(name) {
          // CPython's class holds a member descriptor per slot (`<member 'x' of 'P' objects>`).
          throw PythonError.limit(
            "the slot '\(name)' of the class \(type.name) (a member descriptor) is not part of the snippet language")
        }
        throw PythonError("AttributeError", "type object '\(type.name)' has no attribute '\(name)'")
      }
      // A descriptor read from the class: its `__get__(None, class)`.
      if case .object(let descriptor) = found.value, let getter = descriptor.type.lookUp("__get__") {
        return try callValue(
          bind(getter.value, to: found.value, type: descriptor.type), arguments([.none, value]))
      }
      switch found.value {
      case .wrapped(.staticMethod, let function): return function
      case .wrapped(.classMethod, let function):
        guard case .userFunction(let closure) = function else { return function }
        return .boundMethod(value, closure)
      default: return found.value
      }
    case .wrapped(.autogradFunction, let inner):
      return try AutogradNumpy.attribute(name, ofFunctionWrapping: inner)
    case .wrapped(let wrapper, let inner) where wrapper != .property:
      // A staticmethod or classmethod object itself, as a class body's own table holds it (`{'a': _method_a}`):
      // the function it wraps, and its descriptor protocol called by hand.
      switch name {
      case "__func__", "__wrapped__": return inner
      case "__get__": return .method(value, "__get__")
      default: return nil
      }
    case .superObject(let type, let receiver):
      // In a metaclass's method whose receiver is one of its classes (`__call__(cls)`), super() searches the
      // class's metaclass; with the metaclass itself (`__new__(mcs)`), the metaclass's own order.
      let throughMetaclass: ClassBox? =
        if type.isMetaclass, case .classObject(let received) = receiver, !received.isMetaclass {
          received.userMetaclass
        } else { nil }
      let receiverClass: ClassBox? =
        switch receiver {
        case .object(let object): object.type
        case .classObject(let type): throughMetaclass ?? type
        default: nil
        }
      guard let found = (receiverClass ?? type).lookUp(name, after: type) else {
        // `type`'s own `__new__`, `__call__` and `__init__`, at the end of a metaclass's chain.
        if type.isMetaclass, case .classObject = receiver {
          switch name {
          case "__new__": return .function("type.__new__")
          case "__prepare__": return .function("type.__prepare__")
          case "__call__" where throughMetaclass != nil: return .method(receiver, "type.__call__")
          case "__init__" where throughMetaclass != nil: return .method(receiver, "type.__init__")
          default: break
          }
        }
        // `super().__init_subclass__()` at the end of a chain of class methods: object's, which does nothing.
        if name == "__init_subclass__", case .classObject = receiver, type.exceptionBase == nil {
          return .method(receiver, "object.__init_subclass__")
        }
        // `super().__new__(cls)` at the end of the chain of a class defining `__new__`: object's.
        if name == "__new__", case .classObject = receiver, type.exceptionBase == nil {
          return .function("object.__new__")
        }
        // `super().__init__()` at the end of a cooperative chain: object's, which takes no arguments.
        if name == "__init__", type.exceptionBase == nil, case .object = receiver {
          return .method(receiver, Self.objectInitializer)
        }
        // `super().__init__(message)` in an exception class: BaseException's, which sets `args`.
        if name == "__init__", type.exceptionBase != nil, case .object = receiver { return .method(receiver, name) }
        // `super().__setitem__(key, value)` in an ndarray subclass: NumPy's item assignment.
        if name == "__setitem__", case .object(let object) = receiver, object.array != nil {
          return .method(receiver, name)
        }
        throw PythonError("AttributeError", "'super' object has no attribute '\(name)'")
      }
      if case .property(let getter, _, _) = found.value { return try callValue(getter, arguments([receiver])) }
      let receiverType: ClassBox =
        switch receiver {
        case .object(let object): object.type
        case .classObject(let type): type
        default: type
        }
      if case .classObject = receiver, throughMetaclass == nil {
        if case .userFunction = found.value { return found.value }
      }
      return bind(found.value, to: receiver, type: throughMetaclass ?? receiverType)
    case .method(let receiver, let method) where name == "__name__" && method != Self.vectorizedMarker:
      // A bound method's name (`a.min.__name__`, handson-ml3 loops over `(a.min, a.max, ...)`); a NumPy function
      // reached as a method keeps its own (`np.add.reduce`).
      if case .function = receiver, !TypeMethods.isDescriptor(value) { return nil }
      return .string(method)
    case .property where name == "setter" || name == "getter" || name == "deleter":
      // Called as a decorator, it makes a copy of the property with that function (Interpreter.callValue).
      return .method(value, name)
    case .property(let getter, _, _) where name == "fget": return getter
    case .property(_, let setter, _) where name == "fset": return setter
    case .property(_, _, let deleter) where name == "fdel": return deleter
    case .scalarType(let dtype) where name == "__name__" || name == "__qualname__":
      return .string(dtype.rawValue)
    case .function(let function) where name == "__name__":
      let last = String(function.split(separator: ".").last ?? Substring(function))
      // NumPy's aliases are the same objects as the functions they name (`np.abs is np.absolute`).
      if function == "numpy." + last, let canonical = PythonNames.numpyAliasNames[last] { return .string(canonical) }
      return .string(last)
    case .boundMethod(_, let closure) where name == "__func__":
      // The function the method binds, whose own attributes the method reads (CPython's `method.__func__`).
      return .userFunction(closure)
    case .boundMethod(let receiver, _) where name == "__self__":
      return receiver
    case .boundMethod(_, let closure)
    where closure.assignedValue(name) != nil || ["__name__", "__qualname__", "__module__", "__doc__"].contains(name):
      // A bound method reads its function's own attributes (`obj.method.calls`, `obj.method.__name__`).
      return try objectAttribute(.userFunction(closure), name)
    case .userFunction(let closure):
      if let assigned = closure.assignedValue(name) { return assigned }
      switch name {
      case "__get__": return .method(value, "__get__")
      // The module whose code ran the `def`: a snippet's is `__main__`.
      case "__module__": return .string(closure.module ?? "__main__")
      case "__name__": return .string(closure.renamed ?? closure.definition.name)
      case "__doc__" where closure.module != nil:
        // The standard library's functions written in the snippet language carry none of CPython's docstrings.
        throw PythonError.limit(
          "the docstring of \(closure.module!).\(closure.definition.name) is not part of the snippet language "
            + "(Python has one)")
      case "__doc__": return Self.docstring(of: closure.definition)
      case "__qualname__": return .string(closure.renamedQualified ?? closure.definition.qualifiedName)
      default: return nil
      }
    default:
      return nil
    }
  }

  /// A class attribute as seen through an instance: functions bind to it, wrapped ones as their wrapper says.
  func bind(_ attribute: Value, to receiver: Value, type: ClassBox) -> Value {
    switch attribute {
    case .userFunction(let closure): return .boundMethod(receiver, closure)
    case .wrapped(.staticMethod, let function): return function
    case .wrapped(.classMethod, let function):
      guard case .userFunction(let closure) = function else { return function }
      return .boundMethod(.classObject(type), closure)
    case .method(.function(let builtin), let name) where TypeMethods.isDescriptor(attribute):
      // `load = list.extend` in a class deriving from list: the builtin's method, bound to the instance.
      if case .object(let object) = receiver, let standIn = object.type.builtinStandInAncestor,
        standIn.emulates == builtin, case .userFunction(let closure)? = standIn.lookUp(name)?.value
      {
        return .boundMethod(receiver, closure)
      }
      return attribute
    default: return attribute
    }
  }

  /// `value.name = newValue`.
  mutating func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws(PythonError) {
    switch value {
    case .object(let object) where object.array != nil && PythonNames.types["numpy.ndarray"]?.contains(name) == true:
      // NumPy's own attributes of the array (`shape`, `dtype`, `real`): not an attribute of the instance's own.
      throw ArraySubclasses.refusal(object.type, "setting the attribute '\(name)'")
    case .object(let object) where object.type.module == "sys" && object.type.name == "_search_path":
      throw PythonError.limit(
        "setting the attribute '\(name)' of sys.path is not supported in snippets: CPython's sys.path is a list")
    case .object(let object) where object.type.module == "sys":
      // sys.version_info and sys.float_info are CPython's structseq objects: read-only fields, no instance dictionary.
      // The snippet versions' own helpers (`_values`, `_refuse`) are not attributes of CPython's objects.
      let isHelper = name.hasPrefix("_") && !name.hasPrefix("__")
      guard !isHelper, object.type.lookUp(name) != nil else {
        throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'")
      }
      if Self.structSequenceFields.contains(name) { throw PythonError("AttributeError", "readonly attribute") }
      throw PythonError("AttributeError", "'\(value.typeName)' object attribute '\(name)' is read-only")
    case .object(let object) where name == "__dict__" && runningModule == nil:
      // CPython makes the dictionary the instance's attribute table, shared with whatever else holds it (the Borg
      // pattern's `self.__dict__ = self._shared_state`): the object's table is loaded from it, and each write to
      // one of its holders reaches the others (`DictBox.mirror`).
      try replaceAttributeDictionary(object, with: newValue)
    case .object(let object):
      if frozenClassesExist, runningModule != "dataclasses", !settingPastFrozen {
        try refuseFrozenChange(object, name, "assign to")
      }
      // Only a property in the class or a base takes the assignment over (looked for only when there is one).
      if object.type.chainDefinesProperty, let found = object.type.lookUp(name),
        case .property(_, let setter, _) = found.value
      {
        guard !setter.isNone else {
          // A namedtuple's fields are read-only, with CPython 3.11's message for them.
          if object.type.emulatedBuiltin == "tuple", object.type.builtinStandInAncestor == nil {
            throw PythonError("AttributeError", "can't set attribute")
          }
          throw PythonError(
            "AttributeError",
            "\(try Self.propertyShown(found, named: name)) of '\(object.type.name)' object has no setter")
        }
        _ = try callValue(setter, arguments([value, newValue]))
        return
      }
      // A data descriptor in the class takes the assignment over; one with `__delete__` alone refuses it.
      if object.type.chainDefinesProperty, let found = object.type.lookUp(name),
        case .object(let descriptor) = found.value, descriptor.type.isDataDescriptorClass
      {
        guard let setter = descriptor.type.lookUp("__set__") else { throw PythonError("AttributeError", "__set__") }
        _ = try callValue(bind(setter.value, to: found.value, type: descriptor.type), arguments([value, newValue]))
        return
      }
      // The standard library's stand-ins keep their own state in attributes (`_docbuild_value`, a namedtuple's
      // `_values`) on an instance whose class declares `__slots__` beside them.
      if let slots = object.type.instanceSlots, !slots.contains(name),
        runningModule == nil || !object.type.slotsBesideBuiltin
      {
        // An instance of a class with `__slots__` (and no `__dict__`) holds only its slots; a class attribute it
        // would shadow is read-only.
        let typeName = Value.object(object).typeName
        if object.type.lookUp(name) != nil {
          throw PythonError("AttributeError", "'\(typeName)' object attribute '\(name)' is read-only")
        }
        throw PythonError("AttributeError", "'\(typeName)' object has no attribute '\(name)'")
      }
      // One search of the table when the name is bound already (`self.count = self.count + 1`).
      if !object.attributes.rebind(name, to: newValue) {
        // CPython's deque and defaultdict (C types) and a namedtuple (`__slots__ = ()`) have no instance
        // dictionary: a new attribute is an AttributeError. Their snippet versions keep their state in `_` names.
        if Self.refusesNewAttribute(name, of: object.type) {
          // A C type's error names it with its module (`weakref.ReferenceType`).
          let shown = object.type.isWeakReferenceType ? "weakref.ReferenceType" : Value.object(object).typeName
          throw PythonError("AttributeError", "'\(shown)' object has no attribute '\(name)'")
        }
        try checkObjectBudget(adding: true)
        object.attributes[name] = newValue
      }
      try object.dictView?.mirror(name, newValue, from: object)
    case .classObject(let type):
      if type.metaclass != nil, runningModule == nil {
        throw Self.metaclassRefusal(type, "setting its attribute \(name)")
      }
      if runningModule == nil, name.count > 4, name.hasPrefix("__"), name.hasSuffix("__"),
        !Self.honouredSpecialNames.contains(name), !Self.classDataNames.contains(name)
      {
        // A special method set on the class afterwards would be ignored as one defined in its body would
        // (`B.__setattr__ = f`: CPython then calls f on every assignment).
        throw PythonError.limit(
          "setting \(name) on class \(type.name) is not supported in snippets: snippets do not call it")
      }
      // namedtuple names the class it makes, as CPython's does.
      switch (name, newValue) {
      case ("__name__", .string(let text)): type.name = text
      case ("__qualname__", .string(let text)): type.qualifiedName = text
      case ("__module__", .string(let text)): type.module = text
      default: type.attributes[name] = newValue
      }
    case .userFunction(let closure) where name == "__name__" || name == "__qualname__":
      // functools.wraps copies the wrapped function's names.
      guard case .string(let text) = newValue else {
        throw PythonError.type("\(name) must be set to a string object")
      }
      if name == "__name__" { closure.renamed = text } else { closure.renamedQualified = text }
    case .userFunction(let closure):
      // A function's own attributes (`f.calls = 0`), and what functools.wraps sets: `__doc__` (which overrides the
      // docstring), `__module__`, `__wrapped__`. Its other special attributes change how it runs or are read-only.
      // abc's `abstractmethod` marks a function with `__isabstractmethod__`, as CPython's does.
      guard
        !name.hasPrefix("__") || ["__doc__", "__wrapped__", "__module__"].contains(name)
          || (name == "__isabstractmethod__" && runningModule != nil)
      else {
        throw PythonError.limit("setting a function's \(name) is not supported in snippets")
      }
      try checkObjectBudget(adding: closure.assignedValue(name) == nil)
      _ = closure.assign(name, newValue)
    case .iterator(let box)
    where box.broadcast != nil && ["shape", "nd", "ndim", "size", "numiter", "index", "iters"].contains(name):
      throw PythonError("AttributeError", "attribute '\(name)' of 'numpy.broadcast' objects is not writable")
    case .tensor(let array) where array.isFlatIterator:
      throw FlatIterator.attributeWriteError(name)
    case .tensor(let array) where name == "shape":
      try assignShape(array, newValue)
    case .tensor(let array) where name == "real" || name == "imag":
      try assignPart(array, name, newValue)
    case .tensor(let array) where name == "flat":
      try assignFlat(array, newValue)
    case .rendered(let text) where (try? ArrayViewAttributes.flag(name, in: text, attribute: true)) ?? nil != nil:
      // `Z.flags.writeable = False` (NumPy's 100 exercises): docbuild's flags object is a copy of the text.
      throw PythonError.limit(
        "setting a.flags.\(name) is not supported in snippets: docbuild cannot change an array's flags (to keep an "
          + "array unchanged, work on a copy of it)")
    default:
      if case .module(let module) = value {
        // CPython lets a program replace a module's attribute (Think Python stubs `os.getcwd` so); docbuild's
        // modules are shared and immutable, so this is its limit, never an AttributeError a transcript could record.
        throw PythonError.limit(
          "snippets cannot change module '\(module)' (Python can): assign to a name of your own instead")
      }
      if let type = value.builtinClassName {
        throw PythonError.type("cannot set '\(name)' attribute of immutable type '\(type)'")
      }
      if case .function(let function) = value,
        Value.isUfunc(function)
          || (value.mayBeNumpyFunction
            && value.numpyFunctionName.flatMap(NumpyFunctionClasses.shownClass) != "builtin_function_or_method")
      {
        // NumPy's ufuncs, dispatchers and Python functions keep attributes of their own; docbuild's do not.
        throw PythonError.limit("setting an attribute of a NumPy function is not supported in snippets")
      }
      throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'")
    }
  }

  /// `del value.name`.
  mutating func deleteAttribute(_ value: Value, _ name: String) throws(PythonError) {
    switch value {
    case .object(let object) where object.array != nil && PythonNames.types["numpy.ndarray"]?.contains(name) == true:
      throw ArraySubclasses.refusal(object.type, "deleting the attribute '\(name)'")
    case .object(let object):
      if frozenClassesExist, runningModule != "dataclasses" {
        try refuseFrozenChange(object, name, "delete")
      }
      if let found = object.type.lookUp(name), case .object(let descriptor) = found.value,
        descriptor.type.isDataDescriptorClass
      {
        guard let deleter = descriptor.type.lookUp("__delete__") else {
          throw PythonError("AttributeError", "__delete__")
        }
        _ = try callValue(bind(deleter.value, to: found.value, type: descriptor.type), arguments([value]))
        return
      }
      if let found = object.type.lookUp(name), case .property(_, _, let deleter) = found.value {
        guard !deleter.isNone else {
          throw PythonError(
            "AttributeError",
            "\(try Self.propertyShown(found, named: name)) of '\(object.type.name)' object has no deleter")
        }
        _ = try callValue(deleter, arguments([value]))
        return
      }
      guard object.attributes.removeValue(forKey: name) != nil else {
        // An unset slot's descriptor names only the slot.
        if object.type.slotNames.contains(name) { throw PythonError("AttributeError", name) }
        throw PythonError("AttributeError", "'\(Value.object(object).typeName)' object has no attribute '\(name)'")
      }
      try object.dictView?.mirror(name, nil, from: object)
    case .userFunction(let closure) where !name.hasPrefix("__"):
      guard closure.unassign(name) else {
        throw PythonError("AttributeError", "'function' object has no attribute '\(name)'")
      }
    case .classObject(let type):
      if type.metaclass != nil { throw Self.metaclassRefusal(type, "deleting its attribute \(name)") }
      guard type.attributes.removeValue(forKey: name) != nil else {
        throw PythonError("AttributeError", "type object '\(type.name)' has no attribute '\(name)'")
      }
    case .tensor(let array) where array.isFlatIterator:
      throw FlatIterator.attributeWriteError(name)
    case .tensor(let array) where name == "flat":
      throw PythonError(
        "AttributeError",
        array.isScalar
          ? "attribute 'flat' of 'numpy.generic' objects is not writable" : "Cannot delete array flat iterator")
    case .tensor(let array) where name == "shape" || name == "real" || name == "imag":
      let part = name == "shape" ? "shape" : name == "real" ? "real part" : "imaginary part"
      throw PythonError(
        "AttributeError",
        array.isScalar
          ? "attribute '\(name)' of 'numpy.generic' objects is not writable" : "Cannot delete array \(part)")
    default:
      if let type = value.builtinClassName {
        // CPython's message for deleting names setting too.
        throw PythonError.type("cannot set '\(name)' attribute of immutable type '\(type)'")
      }
      throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'")
    }
  }

  /// Every attribute and object counts against the element budget, so a loop making objects cannot exhaust memory.
  mutating func checkObjectBudget(adding: Bool) throws(PythonError) {
    guard adding else { return }
    objectCells += 1
    if objectCells > objectBudget {
      throw PythonError.limit(
        "snippets may hold at most \(objectBudget) object attributes and objects per statement", type: "MemoryError")
    }
  }

  /// A new instance of a snippet class: `object.__new__`'s checks (the arguments, then the abstract methods left),
  /// then `__init__`.
  mutating func makeInstance(_ type: ClassBox, _ call: CallArguments) throws(PythonError) -> Value {
    if type.constructsWithNew, let constructor = type.lookUp("__new__") {
      return try makeInstance(type, through: constructor.value, call)
    }
    try checkObjectBudget(adding: true)
    let box = ObjectBox(type: type)
    cycles.register(object: box)
    let object = Value.object(box)
    if let base = type.exceptionBase {
      if call.positional.count >= 2, Builtins.exception(base, isA: "OSError") {
        throw PythonError.limit(
          "\(type.name) with \(call.positional.count) arguments is not supported in snippets: CPython's OSError "
            + "reads them as an errno and its text (`[Errno 2] …`); give one message")
      }
      // BaseException.__new__ keeps the arguments as `args`, whatever `__init__` then does.
      box.attributes["args"] = try .makeTuple(call.positional)
      if type.lookUp("__init__") == nil {
        guard call.keywords.isEmpty else { throw PythonError.type("\(type.name)() takes no keyword arguments") }
        return object
      }
    }
    let initializer = type.lookUp("__init__")
    let takesArguments = !call.positional.isEmpty || !call.keywords.isEmpty
    // Under typing.Protocol, whose `__init__` is not object's, the arguments are checked after the abstract methods.
    let derivesFromProtocol = initializer == nil && type.derivesFromProtocol
    if initializer == nil, takesArguments, !derivesFromProtocol {
      throw PythonError.type("\(type.name)() takes no arguments")
    }
    // object.__new__ checks the arguments first, then the abstract methods left.
    if let abstract = type.abstractMethods, !abstract.isEmpty { throw Self.abstractInstanceError(type, abstract) }
    if derivesFromProtocol {
      if type.isProtocol { throw PythonError.type("Protocols cannot be instantiated") }
      if takesArguments { throw PythonError.type("\(type.name)() takes no arguments") }
    }
    guard let initializer else { return object }
    let result = try callValue(bind(initializer.value, to: object, type: type), call)
    guard result.isNone else {
      throw PythonError.type("__init__() should return None, not '\(result.typeName)'")
    }
    return object
  }

  /// `cls(...)` for a class whose own `__new__` (or its builtin stand-in's) makes its objects, as CPython's
  /// `type.__call__` does: `__new__(cls, ...)`, then, when it returns an object of the class, `__init__` of the object's
  /// class with the same arguments.
  mutating func makeInstance(
    _ type: ClassBox, through constructor: Value, _ call: CallArguments
  ) throws(PythonError) -> Value {
    var constructor = constructor
    if case .wrapped(.staticMethod, let inner) = constructor { constructor = inner }
    var forwarded = call
    forwarded.positional.insert(.classObject(type), at: 0)
    if !forwarded.positionalTexts.isEmpty { forwarded.positionalTexts.insert("", at: 0) }
    let made = try callValue(constructor, forwarded)
    guard case .object(let box) = made, box.type.isSubclass(of: type) else { return made }
    // object.__init__ takes the arguments without a word when the class has its own __new__.
    guard let initializer = box.type.lookUp("__init__") else { return made }
    let result = try callValue(bind(initializer.value, to: made, type: box.type), call)
    guard result.isNone else { throw PythonError.type("__init__() should return None, not '\(result.typeName)'") }
    return made
  }

  /// `object.__new__(cls)`, reached through `super().__new__(cls)` in a class defining `__new__`: a new object of
  /// `cls`, after object's checks (no other argument, since the class has its own `__new__`; no abstract method left).
  mutating func objectNew(_ call: CallArguments) throws(PythonError) -> Value {
    guard let first = call.positional.first else {
      throw PythonError.type("object.__new__(): not enough arguments")
    }
    guard case .classObject(let type) = first else {
      throw PythonError.type("object.__new__(X): X is not a type object (\(first.typeName))")
    }
    guard type.metaclass == nil, type.userMetaclass == nil, type.exceptionBase == nil, !type.derivesFromArray,
      type.builtinStandInAncestor == nil, !type.isMetaclass, !type.derivesFromProtocol
    else {
      throw PythonError.limit(
        "object.__new__ of the class \(type.name) (an enum, exception, metaclass, protocol or a builtin's subclass) "
          + "is not part of the snippet language")
    }
    if call.positional.count > 1 || !call.keywords.isEmpty {
      throw PythonError.type("object.__new__() takes exactly one argument (the type to instantiate)")
    }
    if let abstract = type.abstractMethods, !abstract.isEmpty { throw Self.abstractInstanceError(type, abstract) }
    try checkObjectBudget(adding: true)
    let box = ObjectBox(type: type)
    cycles.register(object: box)
    return .object(box)
  }

  /// Calls a class (making an instance), a bound method, an object with `__call__`, or a class builtin.
  mutating func callObject(_ function: Value, _ call: CallArguments) throws(PythonError) -> Value? {
    switch function {
    case .classObject(let type) where type.metaclass != nil:
      return try callMetaclass(type, "__call__", call)
    case .classObject(let type) where type.isWeakReferenceType:
      return try makeWeakReference(type, call)
    case .classObject(let type) where type.derivesFromArray:
      return try makeArraySubclassInstance(type, call)
    case .classObject(let type) where type.builtinStandInAncestor != nil:
      return try makeBuiltinSubclassInstance(type, call)
    case .classObject(let type) where type.isMetaclass:
      throw PythonError.limit(
        "calling the metaclass \(type.name) is not part of the snippet language: make its classes with class statements"
      )
    case .classObject(let type):
      if let metaclass = type.userMetaclass, let method = metaclass.lookUp("__call__") {
        return try callValue(bind(method.value, to: function, type: metaclass), call)
      }
      return try makeInstance(type, call)
    case .function("type.__new__"):
      return try typeNew(call)
    case .function("object.__new__"):
      return try objectNew(call)
    case .function("type.__prepare__"):
      // `type.__prepare__(name, bases, **kwds)`: a new empty dict, whatever it is given.
      return try Value.makeDict([])
    case .boundMethod(let receiver, let closure):
      var call = call
      call.positional.insert(receiver, at: 0)
      if !call.positionalTexts.isEmpty { call.positionalTexts.insert("", at: 0) }
      return try callUser(closure, call)
    case .object(let object):
      guard let method = object.type.lookUp("__call__") else {
        throw PythonError.type("'\(Value.object(object).typeName)' object is not callable")
      }
      return try callValue(bind(method.value, to: function, type: object.type), call)
    case .wrapped(.staticMethod, let inner):
      return try callValue(inner, call)
    case .function(let name) where Self.classBuiltins.contains(name):
      return try callClassBuiltin(name, call)
    default:
      return nil
    }
  }

  private mutating func callClassBuiltin(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "super" where call.positional.count == 2 && call.keywords.isEmpty:
      // `super(Class, self)`, Python 2's spelling (NumPy's 100 exercises): the lookup starts after Class.
      guard case .classObject(let type) = call.positional[0] else {
        throw PythonError.type("super() argument 1 must be a type, not \(call.positional[0].typeName)")
      }
      let receiver = call.positional[1]
      let isInstance: Bool =
        switch receiver {
        case .object(let object): object.type.isSubclass(of: type)
        case .classObject(let subclass): subclass.isSubclass(of: type)
        default: false
        }
      guard isInstance else {
        throw PythonError.type("super(type, obj): obj must be an instance or subtype of type")
      }
      return .superObject(type, receiver)
    case "super":
      guard call.positional.isEmpty, call.keywords.isEmpty else {
        throw PythonError.limit(
          "super() takes no arguments in snippets: write super().method(…) inside a method")
      }
      guard let closure = currentClosure, let owner = closure.owner, let frame = scope,
        let first = closure.definition.positionalParameters.first, let receiver = frame[first.name]
      else {
        throw PythonError("RuntimeError", "super(): no arguments")
      }
      return .superObject(owner, receiver)
    case "object":
      // A featureless instance (BareObjects.swift); CPython's object() takes no arguments.
      guard call.positional.isEmpty, call.keywords.isEmpty else {
        throw PythonError.type("object() takes no arguments")
      }
      return .object(ObjectBox(type: BareObjects.type))
    case "property":
      // The docstring (`property(get, set, delete, "doc")`) is taken and dropped: a property's `__doc__` is not
      // part of the language, so nothing can show it.
      let given = call.positional.count + call.keywords.count
      guard given <= 4 else { throw PythonError.type("property() takes at most 4 arguments (\(given) given)") }
      let bound = try call.bind(["fget", "fset", "fdel", "doc"])
      return .property(
        getter: bound["fget"] ?? .none, setter: bound["fset"] ?? .none, deleter: bound["fdel"] ?? .none)
    case "staticmethod", "classmethod":
      let bound = try call.bind(["function"], required: 1)
      let wrapper = FunctionWrapper(rawValue: name)!
      return .wrapped(wrapper, bound.value("function"))
    case "eval": return try evaluateText(call)
    case "hasattr", "getattr":
      try call.rejectKeywords()
      let count = call.positional.count
      guard name == "getattr" ? (2...3).contains(count) : count == 2 else {
        throw PythonError.type(
          "\(name) expected \(name == "getattr" ? "at least 2" : "2") arguments, got \(count)")
      }
      guard case .string(let attribute) = call.positional[1] else {
        throw PythonError.type("attribute name must be string, not '\(call.positional[1].typeName)'")
      }
      do {
        let value = try attributeValue(call.positional[0], attribute)
        return name == "hasattr" ? .bool(true) : value
      } catch {
        guard error.type == "AttributeError" else { throw error }
        // An attribute Python has that snippets lack (`hasattr('x', '__len__')`): hasattr is True, as in Python;
        // getattr is refused, never the AttributeError Python would not raise.
        if let refusal = Self.refusalForMissingName(error) {
          if name == "hasattr" { return .bool(true) }
          throw refusal
        }
        if name == "hasattr" { return .bool(false) }
        if count == 3 { return call.positional[2] }
        throw error
      }
    case "setattr":
      try call.rejectKeywords()
      guard call.positional.count == 3 else {
        throw PythonError.type("setattr expected 3 arguments, got \(call.positional.count)")
      }
      guard case .string(let attribute) = call.positional[1] else {
        throw PythonError.type("attribute name must be string, not '\(call.positional[1].typeName)'")
      }
      try setAttribute(call.positional[0], attribute, call.positional[2])
      return .none
    default:
      return try makeSet(call)
    }
  }

  /// `value.name` for any value.
  mutating func attributeValue(_ value: Value, _ name: String) throws(PythonError) -> Value {
    if name == "T", case .tensor(let array) = value, !array.isFlatIterator {
      // `a.T` in a loop: what the steps below give an array that is not a flat iterator (no object or iterator
      // attribute, no refusal while tracing, since autograd's ArrayBox has `.T`, no flag record's answer), without
      // the lookups that find nothing to do (400 instructions of its 7,400).
      if makesViewsDirectly, let view = try core({ try array.matrixTransposeView() }) { return .tensor(view) }
      let transposed = try core { try array.transpose() }
      if makesViewsDirectly, let placement = ViewShortcutRules.placement(of: transposed, from: array, .reversedAxes) {
        return .tensor(ViewShortcutRules.view(consume transposed, of: array, at: placement))
      }
      return try attributeView(name, value, .tensor(consume transposed))
    }
    if case .tuple(let items) = value, let named = items.namedType, name.hasPrefix("_") {
      // NumPy's results are named tuples of classes of its own (`_fields`, `_asdict`, `_replace`, `__class__`).
      guard name == "_fields" else { throw named.classRefusal("the attribute '\(name)'") }
      return try .makeTuple(named.fields.map { .string($0) })
    }
    if name == "__class__", DirListing.isPlainBuiltin(value) { return Self.typeOf(value) }
    // A `numpy.vectorize` object's attributes (`excluded`, `otypes`, `pyfunc`; Powerful NumPy's
    // `vfunc.excluded.add(0)` changes the next call's arguments) are not modelled: refused, never Python's
    // AttributeError.
    if case .method(_, Self.vectorizedMarker) = value {
      throw NumpyArrays.unsupported(
        "the attribute \(name) of a numpy.vectorize object is not supported in snippets (call it as NumPy does)")
    }
    if case .module(let module) = value {
      if name == "__name__", Self.modulesNamedAsImported.contains(module) { return .string(module) }
      if name == "__name__", let numpyName = Self.numpyModuleNames[module] { return .string(numpyName) }
      // autograd's wrappers of NumPy's modules are modules of their own names (`autograd.numpy.linalg`).
      if name == "__name__", AutogradNumpy.wrappedModules[module] != nil { return .string(module) }
      // Every module, native or written in the snippet language, is an instance of Python's module type.
      if name == "__class__" { return Self.typeOf(value) }
      if let numpyModule = AutogradNumpy.wrappedModules[module] {
        return try autogradNumpyMember(module, wrapping: numpyModule, name)
      }
      if let member = try pythonModuleMember(module, name) { return member }
    }
    if let result = try objectAttribute(value, name) { return result }
    if case .iterator(let box) = value, let result = try iteratorAttribute(box, name) { return result }
    if runningModule == nil, case .tensor = value { try AutogradTracing.refuseAttribute(name, of: value) }
    if name == "bit_generator", case .randomObject(let handle) = value, !handle.isLegacy {
      return try bitGenerator(of: handle)
    }
    let result = try Attributes.get(name, of: value)
    if case .tensor(let array) = value, !flagRecords.isEmpty, let shown = ownerAttribute(name, of: array, result) {
      return shown
    }
    return try attributeView(name, value, consume result)
  }

  /// The standard-library modules whose `__name__` is the name snippets import them by (`os.path`'s is
  /// `posixpath`, NumPy's submodules' their own: NumpyModuleNames).
  static let modulesNamedAsImported: NameSet = [
    "math", "random", "copy", "collections", "itertools", "functools", "operator", "string", "typing", "dataclasses",
    "array", "re", "collections.abc",
  ]

  /// NumPy's modules' `__name__`, by docbuild's name for each (`np.emath` is NumPy's `numpy.lib.scimath`).
  static let numpyModuleNames: [String: String] = [
    "numpy": "numpy", "numpy.random": "numpy.random", "numpy.linalg": "numpy.linalg", "numpy.fft": "numpy.fft",
    "numpy.lib": "numpy.lib", "numpy.lib.stride_tricks": "numpy.lib.stride_tricks",
    "numpy.lib.recfunctions": "numpy.lib.recfunctions", "numpy.emath": "numpy.lib.scimath", "numpy.ma": "numpy.ma",
    "numpy.polynomial": "numpy.polynomial", "numpy.rec": "numpy.rec", "numpy._core.records": "numpy._core.records",
    "numpy.char": "numpy.char", "numpy.strings": "numpy.strings",
  ]

  /// The standard-library stand-in classes whose instances CPython prints with object.__repr__'s text under the same
  /// module and name (`<itertools.chain object at 0x…>`); other stand-ins' instances print otherwise in CPython (or
  /// their classes have CPython names of their own), so printing them is refused.
  static let classesPrintedAsCPython: NameSet = [
    "itertools.accumulate", "itertools.chain", "itertools.combinations", "itertools.combinations_with_replacement",
    "itertools.compress", "itertools.cycle", "itertools.dropwhile", "itertools.filterfalse", "itertools.groupby",
    "itertools._grouper", "itertools.islice", "itertools.pairwise", "itertools.permutations", "itertools.product",
    "itertools.starmap", "itertools.takewhile", "itertools._tee", "itertools.zip_longest", "dataclasses._MISSING_TYPE",
  ]

  /// Calls a special method the object's class defines, or returns nil when it defines none.
  mutating func callSpecial(_ object: ObjectBox, _ name: String, _ arguments: [Value]) throws(PythonError) -> Value? {
    guard let method = object.type.lookUp(name) else {
      if object.array != nil { throw ArraySubclasses.refusal(object.type, name) }
      return nil
    }
    return try callValue(bind(method.value, to: .object(object), type: object.type), self.arguments(arguments))
  }

  /// The special methods behind each binary operator: the left operand's, then the right one's reflected.
  private static func specialNames(_ op: BinaryOperator) -> (String, String) {
    switch op {
    case .add: ("__add__", "__radd__")
    case .subtract: ("__sub__", "__rsub__")
    case .multiply: ("__mul__", "__rmul__")
    case .divide: ("__truediv__", "__rtruediv__")
    case .power: ("__pow__", "__rpow__")
    case .matrixMultiply: ("__matmul__", "__rmatmul__")
    case .floorDivide: ("__floordiv__", "__rfloordiv__")
    case .modulo: ("__mod__", "__rmod__")
    }
  }

  /// A binary operator where an operand is an object: `a.__add__(b)`, then `b.__radd__(a)`, as Python tries them.
  /// `inPlace` is `array op= object` (`inPlaceResult`).
  mutating func objectBinary(_ op: BinaryOperator, _ left: Value, _ right: Value, inPlace: Bool = false)
    throws(PythonError) -> Value
  {
    let (forward, reflected) = Self.specialNames(op)
    switch try arrayObjectPlan(array: left, object: right, symbol: op.rawValue, mayDefer: true, inPlace: inPlace) {
    case .element? where op == .matrixMultiply:
      throw ArrayObjectOperands.matrixProduct(right)
    case .element(let item)?: return try objectBinary(op, item, right)
    case .deferToObject?:
      if case .object(let object) = right, let result = try callSpecial(object, reflected, [left]),
        !result.isNotImplemented
      {
        return result
      }
      // Python tries the array's sequence concatenation last, which NumPy fills with an error of its own.
      if op == .add, case .tensor(let tensor) = left, !tensor.isScalar {
        throw PythonError.type(
          "Concatenation operation is not implemented for NumPy arrays, use np.concatenate() instead. Please do "
            + "not rely on this error; it may not be given on all Python implementations.")
      }
      throw PythonError.type(
        "unsupported operand type(s) for \(op == .power ? "** or pow()" : op.rawValue): '\(left.typeName)' and "
          + "'\(right.typeName)'")
    case nil: break
    }
    if case .object(let object) = left, let result = try callSpecial(object, forward, [right]), !result.isNotImplemented
    {
      return result
    }
    // The array's reflected operator runs NumPy's ufunc over the object and each element.
    if case .element(let item)? = try arrayObjectPlan(array: right, object: left, symbol: op.rawValue, mayDefer: false)
    {
      if op == .matrixMultiply { throw ArrayObjectOperands.matrixProduct(left) }
      return try objectBinary(op, left, item)
    }
    if case .object(let object) = right, let result = try callSpecial(object, reflected, [left]),
      !result.isNotImplemented
    {
      return result
    }
    if !left.isObject, !right.isObject { return try Operators.binary(op, left, right) }
    // A str, list or tuple tries its own concatenation or repetition last: `[1] + obj` is "can only concatenate
    // list (not "C") to list", and `obj * [1]` "can't multiply sequence by non-int of type 'C'", as in CPython.
    if op == .add, left.isBuiltinSequence { return try Operators.binary(op, left, right) }
    if op == .multiply, left.isBuiltinSequence || right.isBuiltinSequence {
      let nonInteger = left.isBuiltinSequence ? right : left
      if case .object(let object) = nonInteger, object.type.lookUp("__index__") == nil {
        throw PythonError.type("can't multiply sequence by non-int of type '\(nonInteger.typeName)'")
      }
    }
    let symbol = op == .power ? "** or pow()" : op.rawValue
    throw PythonError.type(
      "unsupported operand type(s) for \(symbol): '\(left.typeName)' and '\(right.typeName)'")
  }

  /// `-x`, `+x` for an object: `__neg__`, `__pos__`.
  mutating func objectUnary(_ op: UnaryOperator, _ object: ObjectBox) throws(PythonError) -> Value {
    let name = op == .negate ? "__neg__" : "__pos__"
    if let result = try callSpecial(object, name, []) { return result }
    throw PythonError.type("bad operand type for unary \(op.rawValue): '\(object.type.name)'")
  }

  /// A comparison where an operand is an object: its rich comparison, then the reflected one, then identity for
  /// `==`/`!=`, as Python does.
  mutating func objectCompare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    let names: (String, String)
    switch op {
    case .equal: names = ("__eq__", "__eq__")
    case .notEqual: names = ("__ne__", "__ne__")
    case .less: names = ("__lt__", "__gt__")
    case .lessOrEqual: names = ("__le__", "__ge__")
    case .greater: names = ("__gt__", "__lt__")
    case .greaterOrEqual: names = ("__ge__", "__le__")
    case .in, .notIn:
      if case .iterator(let box) = right {
        // CPython's `in` over an iterator takes items until one equals the operand, leaving the rest in it.
        var found = false
        while let item = try box.next(&self) {
          if try containsWithEquality([item], left) {
            found = true
            break
          }
        }
        return .bool(op == .in ? found : !found)
      }
      if case .range(let start, let stop, let step) = right {
        // `10.0 in range(20)`: an item equal to it is looked for (Operators.contains answers for ints alone).
        let found = try rangePosition(of: left, start, stop, step) != nil
        return .bool(op == .in ? found : !found)
      }
      if case .classObject(let type) = right, type.metaclass != nil {
        let found = try truth(try callMetaclass(type, "__contains__", arguments([left])))
        return .bool(op == .in ? found : !found)
      }
      guard case .object(let object) = right else {
        guard case .list(let items) = right, items.contains(where: \.isObject) || left.isObject else {
          if case .tuple(let items) = right, items.contains(where: \.isObject) || left.isObject {
            let found = try containsWithEquality(Array(items), left)
            return .bool(op == .in ? found : !found)
          }
          return try Operators.compare(op, left, right)
        }
        let found = try containsWithEquality(Array(items), left)
        return .bool(op == .in ? found : !found)
      }
      let found: Bool
      if let result = try callSpecial(object, "__contains__", [left]) {
        found = try truth(result)
      } else {
        found = try objectItems(object).contains { Self.sameObject($0, left) || Operators.pythonEquals($0, left) }
      }
      return .bool(op == .in ? found : !found)
    case .is, .isNot:
      guard left.isObject || right.isObject || Self.isClass(left) || Self.isClass(right) else {
        return try Operators.compare(op, left, right)
      }
      return .bool(Self.sameObject(left, right) == (op == .is))
    }
    if !left.isObject { try refuseElementwiseComparison(op, array: left, object: right) }
    if case .object(let object) = left, let result = try callSpecial(object, names.0, [right]),
      !result.isNotImplemented
    {
      return result
    }
    if left.isObject { try refuseElementwiseComparison(op, array: right, object: left) }
    if case .object(let object) = right, let result = try callSpecial(object, names.1, [left]),
      !result.isNotImplemented
    {
      return result
    }
    // object.__ne__ inverts `__eq__`; a class with its own `__ne__` that gave NotImplemented falls to identity. The
    // right operand's inherited `__ne__` is tried as its reflected method (`5 != obj` is `not obj.__eq__(5)`).
    if op == .notEqual, case .object(let object) = left, object.type.lookUp("__ne__") == nil,
      let result = try callSpecial(object, "__eq__", [right]),
      !result.isNotImplemented
    {
      return .bool(try !truth(result))
    }
    if op == .notEqual, case .object(let object) = right, object.type.lookUp("__ne__") == nil,
      let result = try callSpecial(object, "__eq__", [left]),
      !result.isNotImplemented
    {
      return .bool(try !truth(result))
    }
    if op == .equal || op == .notEqual { return .bool(Self.sameObject(left, right) == (op == .equal)) }
    throw PythonError.type(
      "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
  }

  /// Refuses a comparison NumPy runs over an array of dtype object (an array or NumPy scalar and an object whose
  /// class sets no higher `__array_priority__`): its answer is a NumPy bool, which the object's method never makes.
  private mutating func refuseElementwiseComparison(_ op: ComparisonOperator, array: Value, object: Value)
    throws(PythonError)
  {
    if case .element? = try arrayObjectPlan(array: array, object: object, symbol: op.rawValue, mayDefer: true) {
      throw ArrayObjectOperands.elementwise(op.rawValue, object)
    }
  }

  private static func isClass(_ value: Value) -> Bool {
    if case .classObject = value { return true }
    return false
  }

  /// `item in items` as Python decides it: identity first, then `==` (an object's `__eq__` included).
  private mutating func containsWithEquality(_ items: [Value], _ item: Value) throws(PythonError) -> Bool {
    for element in items {
      try tick()
      if Self.sameObject(element, item) { return true }
      if element.isObject || item.isObject {
        if try truth(try objectCompare(.equal, element, item)) { return true }
      } else if try truth(try Operators.compare(.equal, element, item)) {
        return true
      }
    }
    return false
  }

  /// `==` and `!=` between lists, tuples or dicts holding objects: element by element with each object's `__eq__`.
  mutating func containerEquals(_ left: Value, _ right: Value) throws(PythonError) -> Bool? {
    switch (left, right) {
    case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
      guard a.contains(where: \.holdsObjects) || b.contains(where: \.holdsObjects) else { return nil }
      // Lists of other lengths are unequal at once; tuples call their common items' `__eq__` first, as CPython's
      // `tuplerichcompare` does.
      if case .list = left, a.count != b.count { return false }
      for (x, y) in zip(a, b) where !Self.sameObject(x, y) {
        try tick()
        let equal: Bool
        if let nested = try containerEquals(x, y) {
          equal = nested
        } else if x.isObject || y.isObject {
          equal = try truth(try objectCompare(.equal, x, y))
        } else {
          equal = try truth(try Operators.compare(.equal, x, y))
        }
        if !equal { return false }
      }
      return a.count == b.count
    default:
      return nil
    }
  }

  /// `<`, `<=`, `>` and `>=` between lists or tuples holding objects, as CPython's list and tuple comparisons: the
  /// first pair of items that differ by `==` decides with `op` (through the objects' methods), else the lengths do;
  /// nil for other operands.
  mutating func containerOrder(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    switch op {
    case .less, .lessOrEqual, .greater, .greaterOrEqual: break
    default: return nil
    }
    switch (left, right) {
    case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
      guard a.contains(where: \.holdsObjects) || b.contains(where: \.holdsObjects) else { return nil }
      var index = 0
      while index < a.count && index < b.count {
        let (x, y) = (a[index], b[index])
        try tick()
        if !Self.sameObject(x, y), !(try truth(try compareGeneral(.equal, x, y))) {
          return try compareGeneral(op, x, y)
        }
        index += 1
      }
      let (m, n) = (a.count, b.count)
      switch op {
      case .less: return .bool(m < n)
      case .lessOrEqual: return .bool(m <= n)
      case .greater: return .bool(m > n)
      default: return .bool(m >= n)
      }
    default:
      return nil
    }
  }

  /// Whether an instance of `type` refuses a new attribute `name` in CPython: `collections.deque` and `defaultdict`
  /// (whose one member is `default_factory`), and the class a namedtuple call makes (not a subclass of it, which has
  /// a `__dict__`). Their snippet versions keep their state in `_` names, which stay settable.
  /// The named fields of sys.version_info and sys.float_info, whose assignment CPython calls a "readonly attribute".
  static let structSequenceFields: NameSet = [
    "major", "minor", "micro", "releaselevel", "serial", "max", "max_exp", "max_10_exp", "min", "min_exp",
    "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
  ]

  static func refusesNewAttribute(_ name: String, of type: ClassBox) -> Bool {
    // fractions.Fraction has `__slots__ = ('_numerator', '_denominator')` (a subclass of it has a __dict__).
    if type.module == "fractions" && type.name == "Fraction" {
      return name != "_numerator" && name != "_denominator"
    }
    // A weak reference (a C type) has no instance dictionary.
    if type.isWeakReferenceType { return true }
    guard !name.hasPrefix("_") else { return false }
    if type.module == "collections" && type.name == "defaultdict" { return name != "default_factory" }
    return (type.module == "collections" && type.name == "deque") || type.emulates == "tuple"
  }

  /// How CPython 3.11's property errors name a property: `property 'x'` with the name the class body bound it to
  /// (its `__set_name__`), plain `property` for one set on the class afterwards.
  static func propertyShown(_ found: (value: Value, owner: ClassBox), named name: String) throws(PythonError)
    -> String
  {
    guard case .property(let getter, _, _) = found.value else { return "property '\(name)'" }
    let entries = found.owner.bodyPropertyGetters
    guard let written = entries.first(where: { sameCallable($0.getter, getter) })?.written else { return "property" }
    let names = entries.filter { sameCallable($0.written, written) }.map(\.name)
    guard names.count == 1 else {
      // CPython names it after the last of them in the body's order, which snippets do not keep.
      throw PythonError.limit(
        "the error for a property the class body binds under several names (\(names.sorted().joined(separator: ", ")))"
          + " is not supported in snippets")
    }
    return "property '\(names[0])'"
  }

  /// Identity of two callables: the same snippet function, object or class.
  static func sameCallable(_ left: Value, _ right: Value) -> Bool {
    if case .userFunction(let a) = left, case .userFunction(let b) = right { return a === b }
    return sameObject(left, right) || (left.isNone && right.isNone)
  }

  /// Python's identity for objects and classes.
  static func sameObject(_ left: Value, _ right: Value) -> Bool {
    switch (left, right) {
    case (.object(let a), .object(let b)): a === b
    case (.classObject(let a), .classObject(let b)): a === b
    default: false
    }
  }

  /// Truthiness with `__bool__` and `__len__` for objects.
  mutating func truth(_ value: Value) throws(PythonError) -> Bool {
    if case .objectArray(let array) = value {
      guard array.count == 1 else { throw ObjectArrays.truthError(array.count) }
      return try truth(array.elements[0])
    }
    guard case .object(let object) = value else { return try value.truthValue() }
    if let result = try callSpecial(object, "__bool__", []) {
      guard case .bool(let flag) = result else {
        throw PythonError.type("__bool__ should return bool, returned \(result.typeName)")
      }
      return flag
    }
    if let result = try callSpecial(object, "__len__", []) { return try result.toInt() != 0 }
    return true
  }

  /// The items of an object: `__iter__`'s result (an iterator object's `__next__` until StopIteration), or
  /// `__getitem__` from 0 until IndexError.
  mutating func objectItems(_ object: ObjectBox) throws(PythonError) -> [Value] {
    if let iterator = try objectIterator(object) {
      guard case .object(let source) = iterator else { return try iterate(iterator) }
      var items: [Value] = []
      while let item = try nextItem(of: source) {
        items.append(item)
        if items.count > maxElementCount {
          throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
        }
      }
      return items
    }
    if object.type.lookUp("__getitem__") != nil {
      var items: [Value] = []
      while true {
        try tick()
        do {
          guard let item = try callSpecial(object, "__getitem__", [.int(items.count)]) else { break }
          items.append(item)
        } catch {
          if error.type == "IndexError" || error.type == "StopIteration" { break }
          throw error
        }
        if items.count > maxElementCount {
          throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
        }
      }
      return items
    }
    throw PythonError.type("'\(Value.object(object).typeName)' object is not iterable")
  }

  /// `len(object)` through `__len__`.
  mutating func objectLength(_ object: ObjectBox) throws(PythonError) -> Value {
    guard let result = try callSpecial(object, "__len__", []) else {
      throw PythonError.type("object of type '\(Value.object(object).typeName)' has no len()")
    }
    guard case .int(let count) = result else {
      throw PythonError.type("'\(result.typeName)' object cannot be interpreted as an integer")
    }
    guard count >= 0 else { throw PythonError.value("__len__() should return >= 0") }
    return result
  }

  /// The text `print` (str) or the REPL and containers (repr) show for a value that may hold objects.
  mutating func text(_ value: Value, repr: Bool, depth: Int = 0) throws(PythonError) -> String {
    guard depth < maxValueNesting else {
      // Python prints on to about 1,000 levels before its RecursionError.
      throw PythonError.limit(
        "values nested more than \(maxValueNesting) levels deep (objects holding containers holding objects …) are "
          + "not printed in snippets")
    }
    if runningModule == nil, let boxed = try AutogradTracing.boxText(value, repr: repr) { return boxed }
    // Once, at the top: the refusal walks the lists and dicts inside, which the nested calls below would walk again.
    if depth == 0 {
      try ApproximateFloats.refuse(in: value)
      try ApproximateFloats.refuseArrays(in: value, depth: maxValueNesting)
    }
    switch value {
    case .tensor(let tensor) where tensor.isFlatIterator: throw FlatIterator.reprRefusal()
    case .tensor(let tensor):
      // str() and repr() show what print shows, so they refuse what print refuses.
      if let refusal = tensor.shownDigitsRefusal() { throw PythonError(refusal) }
      if tensor.failsFloatFormatting(repr: repr) { throw PythonError.value("precision must be >= 0") }
      return repr ? value.repr : value.str
    case .rawArray(let array):
      // Reading the values may be refused (a bool byte other than 0 and 1): never a made-up text.
      if try array.values().failsFloatFormatting(repr: repr) { throw PythonError.value("precision must be >= 0") }
      return repr ? value.repr : value.str
    case .objectArray(let array): return try objectArrayText(array, repr: repr, depth: depth)
    case .structArray(let array):
      // Printing may be refused (a sub-array past the print threshold): never an empty text.
      return (try repr ? array.reprText() : array.strText()) ?? ""
    case .dateArray(let array):
      // So may a datetime64 array's (summarised past the threshold): `Value.repr` would print nothing for it.
      return try repr ? array.reprText() : array.strText()
    case .classObject(let type) where type.metaclass != nil:
      let result = try callMetaclass(type, "__repr__", arguments([]))
      guard case .string(let text) = result else {
        throw PythonError.type("__repr__ returned non-string (type \(result.typeName))")
      }
      return text
    case .object(let object)
    where object.array != nil && object.type.lookUp("__str__") == nil && object.type.lookUp("__repr__") == nil:
      return try arraySubclassText(object, object.array!, repr: repr)
    case .object(let object):
      let method = !repr && object.type.lookUp("__str__") != nil ? "__str__" : "__repr__"
      // An exception's str is BaseException.__str__ (its args) unless the class defines __str__: it never falls back
      // to a __repr__ the class defines, as object.__str__ would.
      if object.type.exceptionBase != nil, object.type.lookUp(repr ? "__repr__" : "__str__") == nil {
        return try exceptionText(object, repr: repr, depth: depth)
      }
      guard let result = try callSpecial(object, method, []) else {
        let shown = "\(object.type.module).\(object.type.qualifiedName)"
        let snippetClass = object.type.module == "__main__"
        let printedAsCPython = snippetClass || Self.classesPrintedAsCPython.contains(shown)
        var error = PythonError(
          "NotImplementedError",
          BareObjects.isBare(object)
            ? "an object() prints as <object object at 0x…>, whose address differs on every run"
            : printedAsCPython
              ? "a \(object.type.name) object prints as <\(shown) object at 0x…>, whose address differs on every run"
                + (snippetClass ? ": define __repr__ in class \(object.type.name) to print it" : "")
                // A module's stand-in for a class whose CPython text docbuild does not make (`functools.partial(…)`), or
                // whose default text it does not vouch for.
              : "printing a \(shown) object is not supported in snippets")
        error.isLimit = true
        // Printed by an echo or `print`, a snippet's class (or a module's whose stand-in is named as CPython's type
        // is) shows object.__repr__'s text, its address any address.
        guard printedAsCPython else { throw error }
        return "<\(shown) object at " + (try markedAddress(refusing: error)) + ">"
      }
      guard case .string(let text) = result else {
        throw PythonError.type("\(method) returned non-string (type \(result.typeName))")
      }
      return text
    case .list(let items) where items.contains(where: \.holdsObjects):
      var parts: [String] = []
      for item in items { parts.append(try text(item, repr: true, depth: depth + 1)) }
      return "[" + parts.joined(separator: ", ") + "]"
    case .tuple(let items) where items.contains(where: \.holdsObjects):
      var parts: [String] = []
      for item in items { parts.append(try text(item, repr: true, depth: depth + 1)) }
      // A named tuple of NumPy's (`SVDResult(U=matrix(...), ...)` of an np.matrix) names its class and fields.
      if let type = items.namedType {
        return type.name + "(" + zip(type.fields, parts).map { "\($0)=\($1)" }.joined(separator: ", ") + ")"
      }
      return items.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
    case .dict(let dict) where dict.keys.contains(where: \.holdsObjects) || dict.values.contains(where: \.holdsObjects):
      var parts: [String] = []
      for (key, item) in zip(dict.keys, dict.values) {
        parts.append(
          try text(key, repr: true, depth: depth + 1) + ": " + (try text(item, repr: true, depth: depth + 1)))
      }
      return "{" + parts.joined(separator: ", ") + "}"
    case .set(let set):
      guard let order = set.displayOrder else {
        // Printed by an echo or `print`, a set of strings (None, bytes) shows its elements in insertion order, marked
        // so that the expected text may show them in any order, as CPython's changes from run to run.
        guard marksVariableText, !set.items.contains(where: \.holdsObjects) else { throw set.unknownOrder }
        var parts: [String] = []
        for item in set.items {
          let part = try text(item, repr: true, depth: depth + 1)
          if part.unicodeScalars.contains(where: VariableTextMarkers.isMarker) { throw set.unknownOrder }
          parts.append(part)
        }
        markedParts += 1
        return VariableTextMarkers.markedSet(parts, frozen: set.isFrozen)
      }
      var parts: [String] = []
      for item in order { parts.append(try text(item, repr: true, depth: depth + 1)) }
      return SetBox.repr(parts, frozen: set.isFrozen)
    case .dictView(let view, let dict) where value.holdsObjects:
      var parts: [String] = []
      for item in dict.items(view) { parts.append(try text(item, repr: true, depth: depth + 1)) }
      return "dict_\(view.rawValue)([" + parts.joined(separator: ", ") + "])"
    case .exception(let exception) where exception.arguments?.contains(where: \.holdsObjects) == true:
      // `ValueError(obj)`, `KeyError(obj)`: BaseException's str and repr show the arguments through their own
      // __str__/__repr__, which only the interpreter can call.
      let arguments = exception.arguments ?? []
      var parts: [String] = []
      for argument in arguments { parts.append(try text(argument, repr: true, depth: depth + 1)) }
      if repr { return "\(exception.type)(\(parts.joined(separator: ", ")))" }
      switch arguments.count {
      case 1 where exception.type == "KeyError": return parts[0]
      case 1: return try text(arguments[0], repr: false, depth: depth + 1)
      default: return "(" + parts.joined(separator: ", ") + ")"
      }
    case .boundMethod(_, let closure) where closure.module == "_builtin_bases":
      // A builtin's method of a builtin subclass's instance: CPython's repr shows the instance's address.
      throw PythonError.limit(
        "a builtin method of an instance of a builtin subclass is not shown: Python prints it with a memory address "
          + "(`<built-in method … at 0x…>`), which differs on every run; call it instead")
    case .boundMethod(let receiver, let closure):
      return "<bound method \(closure.definition.qualifiedName) of \(try text(receiver, repr: true, depth: depth + 1))>"
    case .function("numpy.str_"), .function("numpy.bytes_"), .function("bytes"), .function("numpy.datetime64"),
      .function("numpy.timedelta64"), .function("numpy.longlong"), .function("numpy.ulonglong"):
      return "<class '\(value.functionName ?? "")'>"
    case .function(let name) where name.hasPrefix("numpy.") && NumpyDTypes.isUnsupportedType(String(name.dropFirst(6))):
      throw NumpyDTypes.unsupportedType(String(name.dropFirst(6)))
    case .method(let parts, Self.fromPyFuncMarker):
      return Self.fromPyFuncRepr(parts)
    case .function(let name) where Value.isUfunc(name):
      let ufunc = String(name.dropFirst("numpy.".count))
      return "<ufunc '\(PythonNames.ufuncCanonicalNames[ufunc] ?? ufunc)'>"
    case .function(let name) where name.hasPrefix("math."):
      return "<built-in function \(name.dropFirst("math.".count))>"
    case .module(let name) where ModuleText.repr(name) == nil:
      throw ModuleText.pathRefusal(name)
    case _ where value.numpyFunctionName != nil:
      // NumPy's own function: a C builtin's text, else `<function NAME at 0x…>` with its address any address.
      let name = value.numpyFunctionName ?? ""
      if let text = NumpyFunctionClasses.addresslessText(of: name, repr: repr) { return text }
      let error = PythonError.limit(
        "\(value.repr) is not shown: Python prints functions and methods with their memory address (`<function … "
          + "at 0x…>`), which differs on every run; call it instead")
      guard NumpyFunctionClasses.shownClass(of: name) != nil else { throw error }
      return "<function \(NumpyFunctionClasses.shownName(of: name)) at " + (try markedAddress(refusing: error)) + ">"
    case .function, .userFunction, .derivative, .method:
      guard value.printsWithAddress else { return repr ? value.repr : value.str }
      let error = PythonError.limit(
        "\(value.repr) is not shown: Python prints functions and methods with their memory address (`<function … "
          + "at 0x…>`), which differs on every run; call it instead")
      // A snippet's own function, printed by an echo or `print`: its qualified name, its address any address.
      guard case .userFunction(let closure) = value, closure.module == nil else { throw error }
      let name = closure.renamedQualified ?? closure.definition.qualifiedName
      return "<function \(name) at " + (try markedAddress(refusing: error)) + ">"
    case .iterator(let box):
      // `<list_iterator object at 0x…>`, `<generator object <genexpr> at 0x…>`, `<map object at 0x…>`.
      let shown =
        if let generator = box.source as? GeneratorSource {
          "generator object \(generator.closure.definition.qualifiedName)"
        } else if box.source is GeneratorExpressionSource {
          "generator object <genexpr>"
        } else {
          "\(box.kind) object"
        }
      var error = PythonError(
        "NotImplementedError",
        "a \(box.kind) object prints with its memory address (<\(shown) at 0x…>), which differs on every "
          + "run: print list(…) of it instead")
      error.isLimit = true
      // Printed by an echo or `print`, an iterator of a kind whose name is CPython's shows it, its address any.
      let named =
        box.source is GeneratorSource || box.source is GeneratorExpressionSource
        || IteratorBox.kindsNamedAsCPython.contains(box.kind)
      guard named else { throw error }
      return "<\(shown) at " + (try markedAddress(refusing: error)) + ">"
    case .wrapped(.autogradFunction, _):
      throw AutogradNumpy.printRefusal
    case .wrapped, .superObject, .property, .printOptionsContext:
      var error = PythonError(
        "NotImplementedError",
        "\(value.typeName) objects print with a memory address, which differs on every run: call the method instead")
      error.isLimit = true
      throw error
    default:
      return repr ? value.repr : value.str
    }
  }

  /// The value with every object inside it replaced by the text it prints as, so the existing printing (and its
  /// output limit) applies.
  mutating func printable(_ value: Value, repr: Bool) throws(PythonError) -> Value {
    if !uninitializedMemory.isEmpty, let refusal = uninitializedMemory.refusal(showing: value) { throw refusal }
    if runningModule == nil, let boxed = try AutogradTracing.boxText(value, repr: repr) { return .rendered(boxed) }
    guard value.holdsObjects else { return value }
    return .rendered(try text(value, repr: repr))
  }
}

extension Value {
  /// True when printing the value needs the interpreter: it is or holds an object, a set or a bound method.
  var holdsObjects: Bool {
    switch self {
    case .object, .set, .boundMethod, .wrapped, .superObject, .property, .printOptionsContext, .iterator,
      .objectArray:
      true
    case .classObject(let type): type.metaclass != nil
    case .tensor(let tensor): tensor.isFlatIterator
    // Scalar types of dtypes docbuild lacks (`np.longdouble`): their echo is refused by `text`.
    case .function(let name):
      (name.hasPrefix("numpy.") && NumpyDTypes.isUnsupportedType(String(name.dropFirst(6)))) || Value.isUfunc(name)
        || name.hasPrefix("math.") || self.printsWithAddress
    case .userFunction, .derivative, .method: self.printsWithAddress
    case .module(let name): ModuleText.repr(name) == nil
    case .exception(let exception): exception.arguments?.contains(where: \.holdsObjects) ?? false
    case .dictView(_, let dict):
      dict.keys.contains(where: \.holdsObjects) || dict.values.contains(where: \.holdsObjects)
    case .list(let items), .tuple(let items): !items.holdsOnlyScalars && items.contains(where: \.holdsObjects)
    case .dict(let dict): dict.keys.contains(where: \.holdsObjects) || dict.values.contains(where: \.holdsObjects)
    default: false
    }
  }

  /// True for Python's `NotImplemented`, which a special method returns to let the other operand try.
  var isNotImplemented: Bool {
    if case .function("NotImplemented") = self { return true }
    return false
  }
}

/// The objects, classes and closed-over frames a chapter made, listed without being kept alive, so the chapter can
/// break the reference cycles among them when it ends (an object whose method closes over the object, as micrograd's
/// `_backward` does, would otherwise outlive its chapter: values are reference counted).
///
/// Each member removes itself when it is freed, so the lists hold only live values. They are not weak references: a
/// weakly referenced object counts its references in a side table, which makes every retain and release of it slower
/// (and an object, class or frame is retained at nearly every step that touches it).
final class CycleRegistry: @unchecked Sendable {
  /// The live objects, each knowing its position (`registryPosition`): a loop making objects adds and removes one
  /// per iteration, without hashing its identity into a dictionary when it is made and again when it is freed.
  // Unchecked for the reason ClassBox's hot properties are: each object made and freed paid the runtime's
  // exclusivity check of `objects` (a thread-local lookup and a tracking-set entry), about 200 instructions.
  @exclusivity(unchecked) private var objects: [Unmanaged<ObjectBox>] = []
  @exclusivity(unchecked) private var types: [ObjectIdentifier: Unmanaged<ClassBox>] = [:]
  @exclusivity(unchecked) private var scopes: [ObjectIdentifier: Unmanaged<Scope>] = [:]

  func register(object: ObjectBox? = nil, type: ClassBox? = nil, scope: Scope? = nil) {
    if let object {
      object.registry = self
      object.registryPosition = objects.count
      objects.append(.passUnretained(object))
    }
    if let type {
      type.registry = self
      types[ObjectIdentifier(type)] = .passUnretained(type)
    }
    if let scope {
      scope.registry = self
      scopes[ObjectIdentifier(scope)] = .passUnretained(scope)
    }
  }

  /// Called by a member being freed.
  func forget(object: ObjectBox) {
    let position = object.registryPosition
    guard position < objects.count, objects[position].toOpaque() == Unmanaged.passUnretained(object).toOpaque()
    else { return }
    // The last object takes the freed one's place.
    let last = objects.removeLast()
    guard position < objects.count else { return }
    objects[position] = last
    last.takeUnretainedValue().registryPosition = position
  }
  func forget(type: ClassBox) { types[ObjectIdentifier(type)] = nil }
  func forget(scope: Scope) { scopes[ObjectIdentifier(scope)] = nil }

  /// Empties every registered object, class and frame that is still alive; call only when no name can reach them.
  func breakCycles() {
    // Every member is retained before any is emptied: emptying one may free others, which then leave the lists.
    let liveObjects = objects.map { $0.takeUnretainedValue() }
    let liveTypes = types.values.map { $0.takeUnretainedValue() }
    let liveScopes = scopes.values.map { $0.takeUnretainedValue() }
    (objects, types, scopes) = ([], [:], [:])
    for object in liveObjects {
      // No longer listed: freeing it later has nothing to remove.
      object.registry = nil
      object.attributes = [:]
    }
    for type in liveTypes { type.attributes = [:] }
    for scope in liveScopes { scope.clear() }
  }
}

extension Value {
  /// True for `np.NAME` with NAME a ufunc, which Python prints as `<ufunc 'NAME'>`.
  static func isUfunc(_ name: String) -> Bool {
    name.hasPrefix("numpy.") && PythonNames.ufuncs.contains(String(name.dropFirst("numpy.".count)))
  }

  /// True for functions and methods whose Python text holds a memory address: every function a snippet defines,
  /// NumPy's and matplotlib's Python functions, bound methods. Python's builtins, classes, ufuncs and `math`'s
  /// functions print without one.
  var printsWithAddress: Bool {
    switch self {
    // A Generator's methods are refused where the Generator is (its repr holds the address too).
    case .method(.randomObject, _): return false
    case .method(_, Interpreter.fromPyFuncMarker): return false
    // A method descriptor (`<method 'lower' of 'str' objects>`) has no address in its repr.
    case .method where TypeMethods.isDescriptor(self): return false
    case .userFunction(let closure) where closure.standsForBuiltin: return false
    case .userFunction, .derivative, .method: return true
    case .function(let name):
      if Value.isUfunc(name) || name.hasPrefix("math.") { return false }
      if ["NotImplemented", "numpy.str_", "numpy.bytes_", "bytes", "set", "object"].contains(name) { return false }
      if Builtins.isType(name) { return false }
      return !(Builtins.isPythonBuiltin(name) && PythonNames.builtins.contains(name))
    default: return false
    }
  }
}

extension Interpreter {
  /// `eval(text)` at a snippet's top level: the text parsed as one expression (CPython strips its leading spaces and
  /// tabs) and evaluated among the snippet's names (Fluent Python's `eval(repr(v)) == v`). Refused where CPython's
  /// answer would need what snippets do not follow: a function's names (eval sees its locals, not the names around
  /// them), explicit globals or locals, bytes or code objects, a walrus (it binds into eval's namespace), and text
  /// the snippet parser does not accept (CPython's SyntaxError names `<string>` and its own wording).
  mutating func evaluateText(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 1, call.keywords.isEmpty else {
      throw PythonError.limit("eval() with globals or locals is not supported in snippets: call it with the text only")
    }
    let text: String
    switch call.positional[0] {
    case .string(let string): text = string
    case .bytes, .bytearray:
      throw PythonError.limit("eval() of bytes is not supported in snippets: decode them to a str first")
    case let other:
      if other.isObject { throw PythonError.limit("eval() of an object is not supported in snippets") }
      throw PythonError.type("eval() arg 1 must be a string, bytes or code object")
    }
    guard scope == nil, runningModule == nil else {
      throw PythonError.limit(
        "eval() inside a function or comprehension is not supported in snippets: call it at the top level of the "
          + "snippet")
    }
    let source = String(text.drop { $0 == " " || $0 == "\t" })
    let tokens = Lexer.tokenizeSkippingTrivia(source)
    if tokens.contains(where: { $0.isSymbol(":=") }) {
      throw PythonError.limit("eval() of a walrus (:=) is not supported in snippets")
    }
    var parser = Parser(source)
    let expression: Expression
    do throws(SyntaxError) {
      while parser.current.kind == .newline { _ = parser.advance() }
      expression = try parser.parseExpressionList()
      while parser.current.kind == .newline { _ = parser.advance() }
      guard parser.current.kind == .end else { throw parser.unexpected(expected: "the end of the expression") }
    } catch {
      throw PythonError.limit(
        "eval() of text that is not one expression the snippet language parses is not supported in snippets "
          + "(\(error.message)); CPython's SyntaxError names <string>")
    }
    // The expression's source ranges are in the evaluated text, not in the running statement.
    let statementCode = code
    code = Array(source.utf8)
    defer { code = statementCode }
    return try evaluate(expression)
  }
}

extension Interpreter {
  /// True for a base beside which a class's `__slots__` work as CPython's: a plain snippet class, or one whose
  /// builtin lineage is a builtin (`tuple`, `dict`, …), a namedtuple's class or a `collections` mapping or deque, not an
  /// exception or `np.ndarray`.
  static func takesSlotsBesideBuiltin(_ base: ClassBox) -> Bool {
    base.resolutionOrder.allSatisfy { $0.exceptionBase == nil && !$0.derivesFromArray && $0.metaclass == nil }
      && (base.emulatedBuiltin == nil || base.resolutionOrder.contains { lacksInstanceDict($0) || isCollection($0) })
  }

  private static func isCollection(_ type: ClassBox) -> Bool {
    type.module == "collections" && ["Counter", "OrderedDict", "defaultdict", "deque"].contains(type.name)
  }

  /// True for the classes standing in for CPython types whose instances have no `__dict__`.
  static func lacksInstanceDict(_ type: ClassBox) -> Bool {
    type.isBuiltinStandIn || type.emulates == "tuple"
      || (type.module == "collections" && ["defaultdict", "deque"].contains(type.name))
  }

  /// The base CPython names refusing non-empty `__slots__` in a class deriving from tuple, int or bytes (the builtin, or
  /// the class deriving from it: a namedtuple's), nil when the items can take slots.
  static func variableSizeBase(of type: ClassBox) -> String? {
    guard let base = type.bases.first(where: { $0.emulatedBuiltin != nil }),
      let builtin = base.emulatedBuiltin, ["tuple", "int", "bytes"].contains(builtin)
    else { return nil }
    return base.isBuiltinStandIn ? builtin : base.name
  }

  /// Reads a class body's `__slots__` (a str, or a tuple or list of them) into the class's slot names, with CPython's
  /// errors for a name that is not an identifier and for a slot that is also a class variable. Private names are
  /// renamed as CPython renames them (`__x` of class `P` is `_P__x`). A `__dict__` slot, slots beside a built-in base
  /// and several bases with slots (CPython's layout conflicts) are refused. Classes of the standard-library modules
  /// written in the snippet language keep their own handling (`refusesNewAttribute`).
  mutating func applySlots(
    _ definition: ClassDefinition, body: Scope, to type: ClassBox, builtinBase: String?
  ) throws(PythonError) {
    guard runningModule == nil else { return }
    let inherited = type.bases.reduce(into: Set<String>()) { $0.formUnion($1.slotNames) }
    let declared = body.bound.first(where: { $0.name == "__slots__" })?.value
    // CPython checks the instance layouts of the bases, with or without __slots__ in the class itself.
    if type.bases.filter({ !$0.slotNames.isEmpty }).count > 1 {
      throw PythonError.limit(
        "__slots__ in several bases of class \(definition.name) is not supported in snippets (CPython checks their "
          + "instance layouts)")
    }
    if let builtinBase, declared != nil || !inherited.isEmpty,
      type.exceptionBase != nil || type.derivesFromArray || type.bases.isEmpty
        || !type.bases.allSatisfy({ Self.takesSlotsBesideBuiltin($0) })
    {
      throw PythonError.limit(
        "__slots__ in a class deriving from the built-in \(builtinBase) is not supported in snippets")
    }
    type.slotsBesideBuiltin =
      builtinBase != nil || type.ancestors.contains { Self.lacksInstanceDict($0) || Self.isCollection($0) }
    guard let declared else {
      type.slotNames = inherited
      return
    }
    var written: [Value]
    switch declared {
    case .string: written = [declared]
    case .tuple(let items), .list(let items): written = items.items
    default:
      throw PythonError.limit("__slots__ other than a str or a tuple or list of str is not supported in snippets")
    }
    let stripped = String(definition.name.drop { $0 == "_" })
    var own: [String] = []
    for item in written {
      guard case .string(let name) = item else {
        throw PythonError.limit("__slots__ other than a str or a tuple or list of str is not supported in snippets")
      }
      guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic),
        name.unicodeScalars.allSatisfy({
          $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0)
        })
      else {
        if name.unicodeScalars.contains(where: { !$0.isASCII }) {
          throw PythonError.limit("a __slots__ name outside ASCII is not supported in snippets")
        }
        throw PythonError.type("__slots__ must be identifiers")
      }
      if name == "__dict__" {
        throw PythonError.limit("a '__dict__' slot is not supported in snippets: leave __slots__ out instead")
      }
      if name == "__weakref__" { continue }
      let isPrivate = name.hasPrefix("__") && !name.hasSuffix("__") && !stripped.isEmpty
      own.append(isPrivate ? "_" + stripped + name : name)
    }
    // CPython's tuple, int and bytes keep their items in the instance itself, where no slot can follow.
    if builtinBase != nil, !written.isEmpty, let variable = Self.variableSizeBase(of: type) {
      throw PythonError.type("nonempty __slots__ not supported for subtype of '\(variable)'")
    }
    let classVariables = Set(body.bound.map(\.name))
    if let conflict = own.first(where: { classVariables.contains($0) }) {
      throw PythonError.value("'\(conflict)' in __slots__ conflicts with class variable")
    }
    type.slotNames = inherited.union(own)
    // Without __slots__ a base gives its instances a __dict__ (object's and other slotted classes' do not; nor do
    // Python's builtins, a namedtuple's class, defaultdict's and deque's).
    let basesHaveNoDict = type.bases.allSatisfy { $0.instanceSlots != nil || Self.lacksInstanceDict($0) }
    type.instanceSlots = basesHaveNoDict ? type.slotNames : nil
  }
}
