import TensorCore

/// Subclasses of `np.ndarray` as tutorials write them (NumPy's 100 exercises: `NamedArray`, `Symetric`): a class
/// deriving from `np.ndarray`, an instance made by viewing an array as the class (`np.asarray(a).view(cls)`, usually
/// inside the class's own `__new__`), NumPy calling `__array_finalize__(self, obj)` on it, and attributes of its own.
/// Such an instance is a snippet object holding the array it views (`ObjectBox.array`). Snippets run its own methods
/// and attributes, the array's `shape`, `ndim`, `size`, `dtype`, `itemsize` and `nbytes`, item assignment (its own
/// `__setitem__`, `super().__setitem__`, or NumPy's), `print`, `str` and `repr`; anything else (arithmetic, reductions, NumPy functions, reading items), where NumPy would return another instance of the
/// subclass through `__array_finalize__` and `__array_wrap__`, is refused by name.
enum ArraySubclasses {
  /// What `ClassBox.emulates` holds for a class deriving from `np.ndarray`.
  static let emulated = "numpy.ndarray"

  /// The special methods such a class may define besides the ones snippet classes honour.
  static let specialNames: Set<String> = ["__new__", "__array_finalize__"]

  /// The array attributes an instance answers from the array it views: plain values, never a new array.
  static let arrayAttributes: Set<String> = ["shape", "ndim", "size", "dtype", "itemsize", "nbytes"]

  /// The refusal for `what` on an instance of `type`.
  static func refusal(_ type: ClassBox, _ what: String) -> PythonError {
    if type.isNumpyMatrix {
      return PythonError.limit(
        "\(what) of an np.matrix is not supported in snippets (docs/03-language.md lists what is): convert the "
          + "matrix with np.asarray(m) first")
    }
    return PythonError.limit(
      "\(what) of a '\(type.name)' (a subclass of np.ndarray) is not supported in snippets: NumPy runs ndarray's "
        + "own code on it and makes any array it returns a '\(type.name)' through __array_finalize__ and "
        + "__array_wrap__, which docbuild does not reproduce; "
        + "snippets run the class's own methods and attributes, its shape, ndim, size and dtype, item assignment "
        + "and printing: compute with the array it was made from instead")
  }
}

extension ClassBox {
  /// True for a class deriving from `np.ndarray`.
  var derivesFromArray: Bool { emulatedBuiltin == ArraySubclasses.emulated }

  /// True for `np.ma.MaskedArray`, the class of `np.ma.masked` and the classes deriving from them: NumPy's derive from
  /// `np.ndarray` (and `np.ma.masked`'s from MaskedArray), docbuild's are written in the snippet language.
  var isMaskedArray: Bool {
    ([self] + ancestors).contains {
      $0.module.hasPrefix("numpy.ma") && ($0.name == "MaskedArray" || $0.name == "MaskedConstant")
    }
  }
}

extension Interpreter {
  /// `cls(...)` for a class deriving from `np.ndarray`: its `__new__(cls, ...)` makes the instance (NumPy's own
  /// `ndarray.__new__` takes a shape and leaves the memory as it was, which snippets refuse), then its `__init__`
  /// runs when it defines one and the instance is of the class, as Python's `type.__call__` does.
  mutating func makeArraySubclassInstance(_ type: ClassBox, _ call: CallArguments) throws(PythonError) -> Value {
    guard let constructor = type.lookUp("__new__"), case .userFunction(let function) = constructor.value else {
      throw PythonError.limit(
        "calling '\(type.name)' (a subclass of np.ndarray without a __new__ of its own) is np.ndarray's "
          + "constructor, whose elements are whatever its memory held: view an array as the class instead, "
          + "np.asarray(a).view(\(type.name))")
    }
    var forwarded = call
    forwarded.positional.insert(.classObject(type), at: 0)
    if !forwarded.positionalTexts.isEmpty { forwarded.positionalTexts.insert("", at: 0) }
    let made = try callUser(function, forwarded)
    if case .object(let box) = made, box.type.isSubclass(of: type), let initializer = type.lookUp("__init__") {
      let result = try callValue(boundToInstance(initializer.value, made), call)
      guard result.isNone else {
        throw PythonError.type("__init__() should return None, not '\(result.typeName)'")
      }
    }
    return made
  }

  /// `array.view(cls)` (or `view(type=cls)`) for a class deriving from `np.ndarray`: an instance viewing the array's
  /// memory, on which NumPy calls `__array_finalize__(instance, array)`.
  mutating func viewAsSubclass(_ array: Tensor, _ type: ClassBox) throws(PythonError) -> Value {
    let plain = CallArguments(function: "view", positional: [], keywords: [], positionalTexts: [])
    let result = try methodView("view", .tensor(array), plain, try Methods.call("view", on: .tensor(array), plain))
    guard case .tensor(let viewed) = result else { throw ArraySubclasses.refusal(type, "this view") }
    try checkObjectBudget(adding: true)
    let box = ObjectBox(type: type)
    box.array = viewed
    cycles.register(object: box)
    let instance = Value.object(box)
    if let finalize = type.lookUp("__array_finalize__") {
      _ = try callValue(boundToInstance(finalize.value, instance), arguments([.tensor(array)]))
    }
    return instance
  }

  /// The class an `array.view(...)` call asks for, when it is a snippet class deriving from `np.ndarray`.
  static func subclassRequested(by call: CallArguments) -> ClassBox? {
    let requested =
      call.positional.count == 1 && call.keywords.isEmpty
      ? call.positional[0]
      : call.positional.isEmpty && call.keywords.count == 1 && call.keywords[0].name == "type"
        ? call.keywords[0].value : nil
    guard case .classObject(let type)? = requested, type.derivesFromArray else { return nil }
    return type
  }

  /// `instance.name` for an instance of an ndarray subclass that neither it nor its class binds.
  func arraySubclassAttribute(_ object: ObjectBox, _ array: Tensor, _ name: String) throws(PythonError) -> Value {
    if ArraySubclasses.arrayAttributes.contains(name) { return try Attributes.get(name, of: .tensor(array)) }
    if PythonNames.types["numpy.ndarray"]?.contains(name) == true {
      throw ArraySubclasses.refusal(object.type, "the attribute '\(name)'")
    }
    throw PythonError("AttributeError", "'\(object.type.name)' object has no attribute '\(name)'")
  }

  /// `print(x)`, `str(x)` and `repr(x)` of an instance whose class defines neither `__str__` nor `__repr__`:
  /// NumPy's array text, the class's name in place of `array` in the repr.
  func arraySubclassText(_ object: ObjectBox, _ array: Tensor, repr: Bool) throws(PythonError) -> String {
    if let refusal = array.shownDigitsRefusal() { throw PythonError(refusal) }
    return try core { try array.numpyText(repr: repr, limit: Interpreter.printLimit, className: object.type.name) }
  }

  /// `instance[key] = value` as NumPy's `ndarray.__setitem__` does it: a write into the array the instance views,
  /// seen through every other view of that memory.
  mutating func assignArraySubclassItem(_ object: ObjectBox, _ key: Value, _ value: Value) throws(PythonError) {
    guard let array = object.array else { return }
    // The walk in `replaceEverywhere` reaches the instance when a name holds it; one only a running call's
    // temporaries hold is updated here.
    object.array = try assignItem(array, key, value)
  }

  /// A method or attribute of a class, as bound to `instance` (`__new__` is static, as Python makes it).
  private func boundToInstance(_ attribute: Value, _ instance: Value) -> Value {
    if case .userFunction(let closure) = attribute { return .boundMethod(instance, closure) }
    return attribute
  }
}
