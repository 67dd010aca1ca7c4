/// `abc.ABC` and `@abstractmethod` (AbcSource.swift). CPython's `ABCMeta` works out, when it makes a class, which of
/// its names are still abstract (`__abstractmethods__`): those its own body binds to an abstract value, and those a
/// base made by `ABCMeta` lists that the class still finds abstract. `object.__new__` then refuses to make an
/// instance of a class with any, naming them in sorted order. The set is fixed when the class is made, as CPython's.
extension Interpreter {
  /// `__docbuild_abstract_base__(ABC, ABCMeta)`: marks abc's `ABC` as made by `ABCMeta`, which `type()` shows.
  mutating func markAbstractBase(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 2, case .classObject(let base) = call.positional[0],
      case .classObject(let metaclass) = call.positional[1]
    else { throw PythonError.type("__docbuild_abstract_base__(ABC, ABCMeta)") }
    base.abstractMethods = []
    base.shownMetaclass = metaclass
    return .none
  }

  /// The names still abstract in a class just made, when a base was made by `ABCMeta` (nil otherwise), computed as
  /// CPython's `_abc._abc_init` does: the class's own abstract attributes, then each such base's abstract names the
  /// class still resolves to an abstract value.
  func abstractMethods(of type: ClassBox) -> [String]? {
    let abstractBases = type.bases.filter { $0.abstractMethods != nil }
    guard !abstractBases.isEmpty else { return nil }
    var names = Set(type.attributes.compactMap { name, value in Self.isAbstract(value) ? name : nil })
    for base in abstractBases {
      for name in base.abstractMethods ?? [] where !names.contains(name) {
        if let found = type.lookUp(name), Self.isAbstract(found.value) { names.insert(name) }
      }
    }
    return names.sorted()
  }

  /// Python's `__isabstractmethod__` of a class attribute: a function `abstractmethod` marked, or a staticmethod,
  /// classmethod or property made from one.
  static func isAbstract(_ value: Value) -> Bool {
    switch value {
    case .userFunction(let closure):
      if case .bool(true) = closure.assignedValue("__isabstractmethod__") { return true }
      return false
    case .wrapped(_, let inner): return isAbstract(inner)
    case .property(let getter, let setter, let deleter):
      return isAbstract(getter) || isAbstract(setter) || isAbstract(deleter)
    default: return false
    }
  }

  /// What `abc.ABCMeta` gives its classes beyond `type`'s: refused by name, never an AttributeError.
  static let abcMetaclassAttributes: Set<String> = [
    "register", "__abstractmethods__", "_abc_impl", "_abc_caches_clear", "_abc_registry_clear", "_dump_registry",
  ]

  /// CPython's TypeError for making an instance of a class with abstract methods left.
  static func abstractInstanceError(_ type: ClassBox, _ names: [String]) -> PythonError {
    let noun = names.count == 1 ? "method" : "methods"
    return PythonError.type(
      "Can't instantiate abstract class \(type.name) with abstract \(noun) \(names.joined(separator: ", "))")
  }
}
