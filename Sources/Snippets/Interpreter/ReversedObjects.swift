/// `reversed(obj)` of a snippet object, as CPython's `reversed_new_impl` decides it.
extension Interpreter {
  /// What `__reversed__` returns; `None` there, or no `__getitem__`, is "not reversible"; otherwise (for a
  /// namedtuple) a lazy reversed iterator over indices `len(obj) - 1` down to 0.
  mutating func reversedObject(_ object: ObjectBox) throws(PythonError) -> Value {
    let notReversible = PythonError.type("'\(Value.object(object).typeName)' object is not reversible")
    if let method = object.type.lookUp("__reversed__") {
      if method.value.isNone { throw notReversible }
      return try callSpecial(object, "__reversed__", []) ?? .none
    }
    if object.array != nil {
      throw PythonError.limit("reversed() of an np.ndarray subclass's instance is not supported in snippets")
    }
    guard object.type.lookUp("__getitem__") != nil else { throw notReversible }
    let count = try objectLength(object).toInt()
    // CPython's reversed object asks `len(obj)` again for its length hint, which list(), tuple(), sorted() and
    // str.join take before the first item; a snippet's `__len__` may print or change, so only the standard-library
    // classes that stand in for a builtin sequence (a namedtuple's) are walked here.
    guard object.type.emulatedBuiltin != nil else {
      throw PythonError.limit(
        "reversed() of a '\(Value.object(object).typeName)' object through __len__ and __getitem__ is not supported "
          + "in snippets (CPython's reversed object calls __len__ again for list() and tuple()): define __reversed__")
    }
    return .iterator(IteratorBox(kind: "reversed", source: ReversedSequenceSource(object, count: count)))
  }
}
