import TensorCore

/// Which view of a dict: `keys()`, `values()` or `items()`.
enum DictView: String, Sendable {
  case keys
  case values
  case items
}

/// A Python value as a dict key: equal keys hash equal as in Python (`1`, `1.0` and `True` are one key).
indirect enum HashKey: Hashable, Sendable {
  case none
  case integer(BigInt)
  case float(Double)
  /// A complex number with a non-zero imaginary part (one whose imaginary part is zero is its real part's key).
  case complex(Double, Double)
  /// A str by its code points: Swift's String equality would merge canonically equivalent texts Python keeps apart.
  case string([Unicode.Scalar])
  case tuple([HashKey])
  case type(String)
  /// An object or class: hashed by identity, as Python's default `__hash__` does.
  case identity(ObjectIdentifier)
  /// A frozenset, equal to any frozenset of the same elements.
  case frozenset(Set<HashKey>)

  /// True for a NaN float's key (or a tuple's holding one): Python finds such a key only by the float object's
  /// identity, which snippets do not track.
  var holdsNaN: Bool {
    switch self {
    case .float(let value): value.isNaN
    case .complex(let real, let imag): real.isNaN || imag.isNaN
    case .tuple(let keys): keys.contains { $0.holdsNaN }
    case .frozenset(let keys): keys.contains { $0.holdsNaN }
    default: false
    }
  }

  /// The key for `value`, or Python's TypeError for an unhashable value.
  init(_ value: Value) throws(PythonError) {
    switch value {
    case .none: self = .none
    case .bool, .int, .bigInt: self = .integer(value.bigInteger ?? BigInt(0))
    case .float(let double):
      if double.isFinite, double == double.rounded() {
        self = .integer(BigInt(exactly: double))
      } else {
        self = .float(double.isNaN ? .nan : double)
      }
    case .complex(let z):
      if z.imag == 0 {
        self = try HashKey(.float(z.real))
      } else {
        self = .complex(z.real.isNaN ? .nan : z.real == 0 ? 0 : z.real, z.imag.isNaN ? .nan : z.imag)
      }
    case .string(let text), .textScalar(let text, false): self = .string(Array(text.unicodeScalars))
    case .bytes(let text), .textScalar(let text, true):
      // Never equal to a str key: b'a' and 'a' are different keys in Python.
      self = .tuple([.type("bytes"), .string(Array(text.unicodeScalars))])
    case .tuple(let items):
      var keys: [HashKey] = []
      for item in items { keys.append(try HashKey(item)) }
      self = .tuple(keys)
    case .tensor(let tensor) where tensor.isScalar:
      self = try HashKey(try value.pythonNumber(for: "hash"))
    case .function(let name), .module(let name): self = .type(name)
    // Never equal to NumPy's own function as a key: autograd's is another object.
    case .wrapped(.autogradFunction, .function(let name)): self = .type("autograd." + name)
    case .object(let object):
      if let held = value.immutableBuiltinValue {
        // A str, int, float or tuple subclass hashes and compares as the value it holds, unless it says otherwise.
        if object.type.overridesBuiltin("__hash__") || object.type.overridesBuiltin("__eq__") {
          throw PythonError.limit(
            "an instance of \(object.type.name), which defines __eq__ or __hash__, cannot be a dict key or set item "
              + "in snippets: docbuild's dicts and sets do not call them")
        }
        self = try HashKey(held)
        return
      }
      if let items = object.namedTupleItems {
        // A namedtuple is the tuple of its items as a key, as in CPython (equal to that tuple, with its hash).
        self = try HashKey(.tuple(items))
        return
      }
      if object.type.emulatedBuiltin == "tuple" {
        // A namedtuple subclass defining __eq__ or __hash__: docbuild's dicts do not call them.
        var error = PythonError.type(
          "a namedtuple subclass defining __eq__ or __hash__ cannot be a dict key or set item in snippets; use tuple(p)"
        )
        error.isLimit = true
        throw error
      }
      try object.type.checkDefaultHash()
      self = .identity(ObjectIdentifier(object))
    case .classObject(let type): self = .identity(ObjectIdentifier(type))
    // A function hashes by identity, as CPython's does (by its address): a key, a member of a set; a set of them has
    // no known order (`PythonHash.of` gives none), so iterating one stays refused.
    case .userFunction(let closure): self = .identity(ObjectIdentifier(closure))
    case .set(let set) where set.isFrozen:
      var keys: Set<HashKey> = []
      for item in set.elements.keys { keys.insert(try HashKey(item)) }
      self = .frozenset(keys)
    case .rendered(let text): self = .string(Array(text.unicodeScalars))
    case .scalarType(let dtype), .dtype(let dtype), .orderedDType(let dtype, .little):
      self = .type("numpy." + dtype.rawValue)
    case .orderedDType(let dtype, _): self = .type("numpy.>" + dtype.rawValue)
    case .dateArray(let array) where array.isScalar:
      throw DateTimes.refusal("a datetime64 or timedelta64 value as a dict key or set item")
    case .dateDType:
      throw DateTimes.refusal("a datetime64 dtype as a dict key or set item")
    default:
      throw PythonError.type("unhashable type: '\(value.typeName)'")
    }
  }
}

extension ObjectBox {
  /// A namedtuple's items, when neither its class nor a subclass between defines `__eq__` or `__hash__`: then it hashes
  /// and compares as the tuple of them, as CPython's tuple subclass does; nil for any other object.
  var namedTupleItems: ValueList? {
    for current in type.resolutionOrder {
      if current.emulates == "tuple" {
        guard case .tuple(let items)? = attributes["_values"] else { return nil }
        return items
      }
      if current.attributes["__hash__"] != nil || current.attributes["__eq__"] != nil { return nil }
    }
    return nil
  }
}

/// A Python dict: keys in insertion order, each with its value. A class, since a dict is one object whatever holds it.
final class DictBox: @unchecked Sendable {
  /// The keys in insertion order, with a placeholder where a key was deleted (see `holes`).
  private var slotKeys: [Value] = []
  /// Each key's value, at the key's slot.
  private var slotValues: [Value] = []
  /// The slots whose key was deleted: a deletion leaves a hole, as CPython's dict leaves a dummy entry, so that
  /// `del d[k]` costs O(1) instead of moving every later key; the holes are squeezed out when the keys are read.
  private var holes: Set<Int> = []
  private var positions: [HashKey: Int] = [:]
  /// Elements counted through every level, as `ValueList.weight`.
  private(set) var weight = 1
  /// 1 + the deepest value's nesting (an upper bound once items are removed).
  private(set) var depth = 1
  /// NumPy's read-only `dtype.fields`, printed `mappingproxy({...})`: writes are CPython's TypeErrors, and only the
  /// reading methods (`ContainerMethods.mappingProxyMethods`) exist. Set once the dict is filled.
  var isMappingProxy = false
  /// Set for an object's `__dict__`, which mirrors the object's attributes (`mirror`): a write into it binds or
  /// unbinds the attribute (`attributeOwners`); one under a key that is not a string is refused naming this.
  var viewOf: String?
  /// The objects whose `__dict__` this is (one, or several sharing it after `self.__dict__ = shared`, the Borg
  /// pattern), whose attributes a write into it changes; those gone are skipped.
  private var attributeOwners: [WeakObject] = []

  /// Makes the dict `object`'s `__dict__` too.
  func addAttributeOwner(_ object: ObjectBox) {
    attributeOwners.removeAll { $0.object == nil || $0.object === object }
    attributeOwners.append(WeakObject(object))
  }

  /// Detaches the dict from `object`, whose `__dict__` is now another.
  func removeAttributeOwner(_ object: ObjectBox) {
    attributeOwners.removeAll { $0.object == nil || $0.object === object }
  }

  /// Binds (or, with nil, unbinds) the attribute in every object sharing the dict but `source`.
  private func updateOwners(_ name: String, _ value: Value?, except source: ObjectBox?) {
    for owner in attributeOwners {
      guard let object = owner.object, object !== source else { continue }
      if let value { object.attributes[name] = value } else { _ = object.attributes.removeValue(forKey: name) }
    }
  }

  var count: Int { slotKeys.count - holes.count }

  /// How many times a key was added or deleted: a dict or set iterator compares it, with `count`, at each step.
  private(set) var keyChanges = 0

  /// The keys in insertion order.
  var keys: [Value] {
    compact()
    return slotKeys
  }

  /// The values, in the order of their keys.
  var values: [Value] {
    compact()
    return slotValues
  }

  /// Removes the holes deleted keys left, keeping the order of the rest: O(n), once per run of deletions.
  private func compact() {
    guard !holes.isEmpty else { return }
    var keptKeys: [Value] = []
    var keptValues: [Value] = []
    keptKeys.reserveCapacity(count)
    keptValues.reserveCapacity(count)
    for index in slotKeys.indices where !holes.contains(index) {
      keptKeys.append(slotKeys[index])
      keptValues.append(slotValues[index])
    }
    // Every position past a hole moves down by the holes before it; the hash keys themselves stay.
    let removed = holes.sorted()
    for (key, position) in positions {
      var low = 0
      var high = removed.count
      while low < high {
        let middle = (low + high) / 2
        if removed[middle] < position { low = middle + 1 } else { high = middle }
      }
      positions[key] = position - low
    }
    slotKeys = keptKeys
    slotValues = keptValues
    holes = []
  }

  /// How many keys hold a NaN float: looking up or adding another NaN key then depends on object identity.
  private var nanKeyCount = 0

  /// The key for `key`, refused where Python's answer would turn on whether two NaN floats are one object
  /// (`np.nan in {np.nan}` is True, `float('nan') in {float('nan')}` False).
  private func hashKey(_ key: Value) throws(PythonError) -> HashKey {
    let hashKey = try HashKey(key)
    if nanKeyCount > 0, hashKey.holdsNaN { throw Operators.nanIdentityError }
    return hashKey
  }

  /// The value for `key`, or nil.
  func get(_ key: Value) throws(PythonError) -> Value? {
    guard let position = positions[try hashKey(key)] else { return nil }
    return slotValues[position]
  }

  /// Sets `key` to `value`, keeping the first key's position (and spelling) as Python does.
  func set(_ key: Value, _ value: Value) throws(PythonError) {
    if isMappingProxy { throw PythonError.type("'mappingproxy' object does not support item assignment") }
    if let viewOf {
      // `obj.__dict__[name] = value` (a lazy property caching its value) binds the attribute, as in CPython.
      guard case .string(let name) = key else { throw Self.viewWrite(viewOf) }
      try store(key, value)
      updateOwners(name, value, except: nil)
      return
    }
    try store(key, value)
  }

  /// The attribute `name` bound (or, with nil, unbound) in `source`, whose `__dict__` this is: kept here and in
  /// every other object sharing the dict.
  func mirror(_ name: String, _ value: Value?, from source: ObjectBox? = nil) throws(PythonError) {
    if let value { try store(.string(name), value) } else { _ = try delete(.string(name)) }
    updateOwners(name, value, except: source)
  }

  /// `key`'s value replaced by the same array after an in-place write (view tracking), also in an object's `__dict__`.
  func refresh(_ key: Value, _ value: Value) throws(PythonError) { try store(key, value) }

  private static func viewWrite(_ owner: String) -> PythonError {
    PythonError.limit(
      "writing a key that is not a string into \(owner) is not supported in snippets: docbuild binds only "
        + "attributes through it")
  }

  private func store(_ key: Value, _ value: Value) throws(PythonError) {
    let hashKey = try hashKey(key)
    if case .dict(let inner) = value, inner === self {
      throw ValueList.selfContaining("dict")
    }
    if value.contains(listsOf: self) { throw ValueList.selfContaining("dict") }
    let newDepth = Swift.max(depth, value.nestingDepth + 1)
    if newDepth > maxValueNesting {
      throw ValueList.nestingRefusal()
    }
    if let position = positions[hashKey] {
      let newWeight = weight - slotValues[position].weight + value.weight
      if newWeight > maxElementCount { throw Self.tooLarge }
      weight = newWeight
      slotValues[position] = value
    } else {
      let (newWeight, overflowed) = weight.addingReportingOverflow(key.weight + value.weight)
      if overflowed || newWeight > maxElementCount { throw Self.tooLarge }
      weight = newWeight
      positions[hashKey] = slotKeys.count
      keyChanges += 1
      if hashKey.holdsNaN { nanKeyCount += 1 }
      slotKeys.append(key)
      slotValues.append(value)
    }
    depth = newDepth
  }

  /// Removes `key`, returning its value, or nil when it is absent.
  func remove(_ key: Value) throws(PythonError) -> Value? {
    if isMappingProxy { throw PythonError.type("'mappingproxy' object does not support item deletion") }
    if let viewOf {
      guard case .string(let name) = key else { throw Self.viewWrite(viewOf) }
      updateOwners(name, nil, except: nil)
      return try delete(key)
    }
    return try delete(key)
  }

  private func delete(_ key: Value) throws(PythonError) -> Value? {
    let hashKey = try hashKey(key)
    guard let position = positions.removeValue(forKey: hashKey) else { return nil }
    keyChanges += 1
    let value = slotValues[position]
    weight -= slotKeys[position].weight + value.weight
    if hashKey.holdsNaN { nanKeyCount -= 1 }
    if position == slotKeys.count - 1 {
      slotKeys.removeLast()
      slotValues.removeLast()
    } else {
      // The slot keeps a placeholder until `compact`; dropping its key and value frees what they held now.
      slotKeys[position] = .none
      slotValues[position] = .none
      holes.insert(position)
    }
    return value
  }

  /// The items of a view, in order.
  func items(_ view: DictView) -> [Value] {
    switch view {
    case .keys: return keys
    case .values: return values
    case .items: return zip(keys, values).map { .tuple(ValueList([$0, $1])) }
    }
  }

  private static var tooLarge: PythonError {
    PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
  }
}

extension Value {
  /// A new dict from key/value pairs (later duplicates win, as in a dict display).
  static func makeDict(_ pairs: [(Value, Value)]) throws(PythonError) -> Value {
    let dict = DictBox()
    for (key, value) in pairs { try dict.set(key, value) }
    return .dict(dict)
  }

  /// True when storing this value inside `dict` would make a cycle.
  func contains(listsOf dict: DictBox) -> Bool {
    switch self {
    case .dict(let inner): return inner === dict || inner.values.contains { $0.contains(listsOf: dict) }
    case .list(let items), .tuple(let items): return items.items.contains { $0.contains(listsOf: dict) }
    default: return false
    }
  }
}

/// A weak reference to an object, for a dict shared as several objects' `__dict__`.
struct WeakObject {
  weak var object: ObjectBox?
  init(_ object: ObjectBox) { self.object = object }
}
