/// Descriptors: an object whose class defines `__get__`, `__set__` or `__delete__`, held as a class attribute, takes
/// over reading, assigning and deleting that attribute (Classes.swift), as CPython's `object.__getattribute__` and
/// `object.__setattr__` route them; and `__set_name__` is called on each class attribute when its class is made.
extension ClassBox {
  /// True when instances of this class are descriptors: it or a base defines `__get__`, `__set__` or `__delete__`.
  var isDescriptorClass: Bool {
    lookUp("__get__") != nil || isDataDescriptorClass
  }

  /// True for a data descriptor's class (`__set__` or `__delete__`), which comes before an instance's own attribute.
  var isDataDescriptorClass: Bool {
    lookUp("__set__") != nil || lookUp("__delete__") != nil
  }
}

extension Interpreter {
  /// Calls `__set_name__(class, name)` on each attribute of a class just made whose class defines it, in the order
  /// the body bound them, as CPython's `type.__new__` does; an error there is CPython 3.11's RuntimeError naming it.
  mutating func callSetName(_ type: ClassBox, _ names: [String]) throws(PythonError) {
    for name in names {
      guard let value = type.attributes[name], case .object(let object) = value,
        let method = object.type.lookUp("__set_name__")
      else { continue }
      do throws(PythonError) {
        _ = try callValue(
          bind(method.value, to: value, type: object.type), arguments([.classObject(type), .string(name)]))
      } catch {
        if error.isLimit { throw error }
        throw PythonError(
          "RuntimeError",
          "Error calling __set_name__ on '\(object.type.name)' instance '\(name)' in '\(type.name)'")
      }
    }
  }
}
