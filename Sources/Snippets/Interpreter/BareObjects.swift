/// `object()`: CPython's featureless instance, the sentinel idiom (`_marker = object()`, `if default is _marker`).
/// It has no instance dictionary (so no attribute can be set on it), compares by identity, and is shown by `type` as
/// `object` itself; its repr and hash, which CPython takes from its address, are refused as any object's are.
enum BareObjects {
  /// The class its instances hold: named `object` in messages (`'object' object has no attribute 'x'`), with the
  /// empty `__slots__` of a class without `__dict__`. Nothing a snippet does reaches or changes it.
  static let type: ClassBox = {
    let box = ClassBox(name: "object", qualifiedName: "object", bases: [], ancestors: [], attributes: [:])
    box.module = "builtins"
    box.instanceSlots = []
    return box
  }()

  /// Whether `object` is an `object()`.
  static func isBare(_ object: ObjectBox) -> Bool { object.type === type }

  /// `object.name` for an `object()`: its class, which is `object`; the other attributes every object has in
  /// CPython refused by name; anything else CPython's AttributeError.
  static func attribute(_ name: String) throws(PythonError) -> Value {
    if name == "__class__" { return .function("object") }
    if DirListing.objectNames.contains(name) {
      throw PythonError.limit(
        "'object' objects' attribute '\(name)' is not part of the snippet language (Python has it)")
    }
    throw PythonError("AttributeError", "'object' object has no attribute '\(name)'")
  }
}
