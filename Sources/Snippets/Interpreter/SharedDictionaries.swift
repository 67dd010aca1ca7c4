/// `obj.__dict__ = d`: CPython makes `d` the object's attribute table, so objects given one dict share their
/// attributes (the Borg pattern's `self.__dict__ = self._shared_state`). Snippets load the object's table from the
/// dict and make the dict its `__dict__` view, whose writes, and each holder's attribute writes, reach every holder.
extension Interpreter {
  /// Makes `newValue` (a dict with string keys) the object's `__dict__`, with CPython's TypeError for anything else.
  mutating func replaceAttributeDictionary(_ object: ObjectBox, with newValue: Value) throws(PythonError) {
    guard case .dict(let dict) = newValue else {
      throw PythonError.type("__dict__ must be set to a dictionary, not a '\(newValue.typeName)'")
    }
    if object.type.emulatedBuiltin != nil || object.array != nil || object.type.metaclass != nil {
      throw PythonError.limit(
        "setting the __dict__ of a '\(object.type.name)' object is not supported in snippets, which make it in code "
          + "of their own")
    }
    guard !dict.isMappingProxy else {
      throw PythonError.limit("setting an object's __dict__ to a read-only mapping is not supported in snippets")
    }
    var table: AttributeTable = [:]
    for (key, value) in zip(dict.keys, dict.values) {
      guard case .string(let name) = key else {
        throw PythonError.limit(
          "an object's __dict__ holding a key that is not a string is not supported in snippets: docbuild binds only "
            + "attributes through it")
      }
      try checkObjectBudget(adding: true)
      table[name] = value
    }
    object.dictView?.removeAttributeOwner(object)
    object.attributes = table
    dict.viewOf = dict.viewOf ?? "the __dict__ of a '\(object.type.name)' object"
    dict.addAttributeOwner(object)
    object.dictView = dict
    object.assignedDictionary = dict
  }
}
