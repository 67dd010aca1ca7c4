/// `weakref.ref`: a reference that does not keep its object alive, answering the object while it lives and None once
/// CPython has freed it.
///
/// CPython frees an object the moment its last reference goes (and an object in a reference cycle at a garbage
/// collection, a moment no snippet can follow); docbuild's values are reference counted too, but not reference for
/// reference as CPython's are (CPython also holds what docbuild does not: a traceback's frames, a suspended generator's
/// temporaries). So calling a weak reference answers its object only when docbuild can prove CPython still holds it:
/// the object is reachable from the program's names, through the references CPython keeps too (a frame's locals, an
/// instance's attributes, a container's items, the REPL's `_`). Anything else is refused, never guessed.
final class WeakReferences: @unchecked Sendable {
  /// One weak reference: the `weakref.ReferenceType` instance and the object it refers to, neither kept alive.
  final class Entry {
    weak var reference: ObjectBox?
    weak var referent: ObjectBox?

    init(reference: ObjectBox, referent: ObjectBox) {
      self.reference = reference
      self.referent = referent
    }
  }

  /// The entries by the identity of their reference and of their referent. An identity is only trusted while the
  /// entry's weak pointer still answers that very object (a freed object's address may be reused).
  private var byReference: [ObjectIdentifier: Entry] = [:]
  private var byReferent: [ObjectIdentifier: Entry] = [:]
  /// The table size at which entries whose reference was freed are swept out.
  private var sweepAt = 64

  /// The live reference without a callback to `referent`, which CPython hands out again (`ref(a) is ref(a)`).
  func existing(to referent: ObjectBox) -> ObjectBox? {
    guard let entry = byReferent[ObjectIdentifier(referent)], entry.referent === referent else { return nil }
    return entry.reference
  }

  func add(reference: ObjectBox, to referent: ObjectBox) {
    if byReference.count >= sweepAt { sweep() }
    let entry = Entry(reference: reference, referent: referent)
    byReference[ObjectIdentifier(reference)] = entry
    byReferent[ObjectIdentifier(referent)] = entry
  }

  /// The entry of a live reference, nil for an object that is not one.
  func entry(of reference: ObjectBox) -> Entry? {
    guard let entry = byReference[ObjectIdentifier(reference)], entry.reference === reference else { return nil }
    return entry
  }

  private func sweep() {
    byReference = byReference.filter { $0.value.reference != nil }
    byReferent = byReferent.filter { $0.value.reference != nil && $0.value.referent != nil }
    sweepAt = max(64, byReference.count * 2)
  }
}

extension ClassBox {
  /// True for `weakref.ReferenceType` (`weakref.ref`) itself.
  var isWeakReferenceType: Bool { module == "weakref" && name == "ReferenceType" }
}

extension Interpreter {
  /// The most values one weak reference call walks looking for its object among the program's names.
  static let maxWeakReferenceWalk = 1_000_000

  /// `weakref.ref(object)` (or `weakref.ref(object, None)`): the reference, the same one while it lives, as CPython's.
  mutating func makeWeakReference(_ type: ClassBox, _ call: CallArguments) throws(PythonError) -> Value {
    guard call.keywords.isEmpty else { throw PythonError.type("ref() takes no keyword arguments") }
    let count = call.positional.count
    guard count >= 1 else { throw PythonError.type("__new__ expected at least 1 argument, got 0") }
    guard count <= 2 else { throw PythonError.type("__new__ expected at most 2 arguments, got \(count)") }
    if count == 2, !call.positional[1].isNone {
      throw PythonError.limit(
        "weakref.ref with a callback is not supported in snippets: CPython calls it when it frees the object, a "
          + "moment snippets do not follow")
    }
    let referent = try weaklyReferable(call.positional[0])
    if let existing = weakReferences.existing(to: referent) { return .object(existing) }
    try checkObjectBudget(adding: true)
    let reference = ObjectBox(type: type)
    cycles.register(object: reference)
    weakReferences.add(reference: reference, to: referent)
    return .object(reference)
  }

  /// The object a weak reference may refer to, CPython's TypeError for a value it cannot, or a refusal for one
  /// CPython can but snippets do not follow.
  private func weaklyReferable(_ value: Value) throws(PythonError) -> ObjectBox {
    let notReferable = PythonError.type("cannot create weak reference to '\(value.typeName)' object")
    switch value {
    case .none, .bool, .int, .bigInt, .float, .complex, .string, .tuple, .list, .dict, .bytes, .range, .slice,
      .ellipsis, .bytearray:
      throw notReferable
    case .tensor where value.typeName != "numpy.ndarray":
      // NumPy's scalars (`np.float64(1.0)`) have no weak references; its arrays have.
      throw notReferable
    case .object(let object):
      let type = object.type
      if let slots = type.instanceSlots, !slots.contains("__weakref__"), type.builtinStandInAncestor == nil,
        type.module == "__main__"
      {
        // A class with `__slots__` and no `__weakref__` slot has no room for weak references.
        throw notReferable
      }
      guard type.module == "__main__", type.instanceSlots == nil, type.builtinStandInAncestor == nil,
        type.exceptionBase == nil, type.metaclass == nil, !type.derivesFromArray, type.emulates == nil
      else {
        throw PythonError.limit(
          "weakref.ref of a '\(value.typeName)' object is not supported in snippets: only instances of a snippet's "
            + "own plain classes")
      }
      return object
    default:
      throw PythonError.limit(
        "weakref.ref of a '\(value.typeName)' object is not supported in snippets: only instances of a snippet's own "
          + "plain classes")
    }
  }

  /// Calling a weak reference: its object while CPython surely holds it (reachable from the program's names), or
  /// a refusal.
  mutating func weakReferent(_ reference: Value) throws(PythonError) -> Value {
    guard case .object(let box) = reference, let entry = weakReferences.entry(of: box) else {
      throw PythonError.type("descriptor '__call__' requires a 'weakref.ReferenceType' object")
    }
    let unknown =
      "calling a weak reference whose object no name of the program reaches is not supported in snippets: CPython "
      + "frees an object when its last reference goes, or at a garbage collection for one in a reference cycle, "
      + "and whether it has done so here is not known; keep a name for the object while its weak reference is used"
    guard let referent = entry.referent else { throw PythonError.limit(unknown) }
    switch try reachesFromRoots(referent) {
    case true: return .object(referent)
    case false: throw PythonError.limit(unknown)
    }
  }

  /// True when `target` is reachable from the program's roots (the running frames' locals, the chapter's names and
  /// the REPL's `_`) through references CPython keeps as well: an instance's attributes and class, a class's
  /// attributes and bases, the items of lists, tuples, dicts and sets, a bound method's object, an exception's
  /// arguments. A function's closure and defaults, a generator's frame, an iterator and the standard library's
  /// objects are not walked (docbuild's may hold more than CPython's), nor is a weak reference's object (its class
  /// is `weakref`'s).
  private func reachesFromRoots(_ target: ObjectBox) throws(PythonError) -> Bool {
    var pending: [Value] = []
    var seen: Set<ObjectIdentifier> = []
    // Lists a value to walk, answering true when it is the target itself.
    func reaches(_ value: Value) -> Bool {
      switch value {
      case .object(let object):
        if object === target { return true }
        if seen.insert(ObjectIdentifier(object)).inserted { pending.append(value) }
      case .classObject(let type):
        if seen.insert(ObjectIdentifier(type)).inserted { pending.append(value) }
      case .list(let items), .tuple(let items):
        if !items.holdsOnlyScalars, seen.insert(ObjectIdentifier(items)).inserted { pending.append(value) }
      case .dict(let dict), .dictView(_, let dict):
        if seen.insert(ObjectIdentifier(dict)).inserted { pending.append(.dict(dict)) }
      case .set(let set):
        if seen.insert(ObjectIdentifier(set)).inserted { pending.append(value) }
      case .boundMethod(let receiver, _), .method(let receiver, _), .wrapped(_, let receiver):
        return reaches(receiver)
      case .property(let getter, let setter, let deleter):
        return reaches(getter) || reaches(setter) || reaches(deleter)
      case .exception(let exception):
        return (exception.arguments ?? []).contains { reaches($0) }
      default: break
      }
      return false
    }
    var roots: [Value] = []
    if let scope { roots.append(contentsOf: scope.values.compactMap { $0 }) }
    for frame in callerFrames.reversed() { roots.append(contentsOf: frame.values.compactMap { $0 }) }
    roots.append(contentsOf: globals.boundValues)
    // After a refused statement Python may have echoed something else into `_`.
    if let lastEchoed, lastEchoedRefusedLine == nil { roots.append(lastEchoed) }
    // Each root is walked to its end before the next, nearest first: the object a running method asks for is
    // usually a few references from its frame (DeZero's outputs, from the variable whose backward runs).
    var walked = 0
    for root in roots {
      if reaches(root) { return true }
      while let value = pending.popLast() {
        walked += 1
        if walked > Self.maxWeakReferenceWalk {
          throw PythonError.limit(
            "calling a weak reference walked more than \(Self.maxWeakReferenceWalk) values looking for its object "
              + "among the program's names")
        }
        switch value {
        // Only a snippet's own classes and their instances are walked: the standard library's classes written in
        // the snippet language keep their state as CPython's C types need not (an iterator its items read ahead).
        case .object(let object):
          if object.type.module != "__main__" { continue }
          for (_, attribute) in object.attributes where reaches(attribute) { return true }
          if let dict = object.assignedDictionary, reaches(.dict(dict)) { return true }
          if reaches(.classObject(object.type)) { return true }
        case .classObject(let type):
          if type.module != "__main__" { continue }
          for attribute in type.attributes.values where reaches(attribute) { return true }
          for base in type.bases where reaches(.classObject(base)) { return true }
        case .list(let items), .tuple(let items):
          for item in items where reaches(item) { return true }
        case .dict(let dict):
          for key in dict.keys where reaches(key) { return true }
          for item in dict.values where reaches(item) { return true }
        case .set(let set):
          for element in set.elements.keys where reaches(element) { return true }
        default:
          continue
        }
      }
    }
    return false
  }
}

extension Interpreter {
  /// The `__setattr__` and `__delattr__` `dataclass(frozen=True)` writes: the nearest frozen dataclass among the
  /// instance's class and its ancestors raises `dataclasses.FrozenInstanceError` for any name when the instance is
  /// of that very class, and for its fields otherwise. (`verb`: "assign to" or "delete".)
  mutating func refuseFrozenChange(_ object: ObjectBox, _ name: String, _ verb: String) throws(PythonError) {
    guard let frozen = object.type.resolutionOrder.first(where: { $0.frozenFields != nil }),
      let fields = frozen.frozenFields, frozen === object.type || fields.contains(name)
    else { return }
    let errorType = try pythonModuleMember("dataclasses", "FrozenInstanceError") ?? .none
    let error = try callValue(errorType, arguments([.string("cannot \(verb) field '\(name)'")]))
    guard case .object(let instance) = error else { throw PythonError("AttributeError", "cannot \(verb) field") }
    throw try raisedError(instance)
  }
}
