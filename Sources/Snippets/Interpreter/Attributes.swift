import TensorCore

/// Attribute access: `np.name`, `x.shape`, `x.T`, and bound methods such as `x.sum`.
enum Attributes {
  /// The methods arrays have in the language.
  static let tensorMethods = NameSet(
    Set([
      "sum", "mean", "max", "min", "reshape", "transpose", "astype", "item", "tolist", "copy", "flatten", "dot",
      "squeeze", "view", "tobytes", "byteswap",
    ]).union(NumpyArrays.methods).union(NumpyEverydayMethods.methods).union(NumpyEverydayMethods.inPlace))

  /// Whether `value.__repr__` and `value.__str__` are the bound method-wrappers of a builtin value, whose call gives
  /// what `repr(value)` and `str(value)` give (a class's instance looks its own up).
  static func hasTextWrappers(_ value: Value) -> Bool {
    switch value {
    case .none, .bool, .int, .bigInt, .float, .complex, .string, .list, .tuple, .dict, .set, .tensor: true
    default: false
    }
  }

  /// `value.name`, or Python's AttributeError.
  static func get(_ name: String, of value: Value) throws(PythonError) -> Value {
    if name == "__repr__" || name == "__str__", hasTextWrappers(value) { return .method(value, name) }
    switch value {
    case .module(let module):
      // Checked first: docbuild still answers some of them (`np.complex_`), which NumPy 2 no longer has.
      if module == "numpy", let removed = NumpyRemovedNames.message(name) {
        throw PythonError("AttributeError", removed)
      }
      if module == "numpy.core" { return try NumpyCoreAlias.member(name) }
      // NumPy 2's array-API names for two functions are those very functions (`np.concat is np.concatenate`).
      if module == "numpy", name == "concat" || name == "permute_dims" {
        return .function(name == "concat" ? "numpy.concatenate" : "numpy.transpose")
      }
      if let member = Modules.member(name, of: module) { return member }
      // Attributes `import numpy` sets without `dir(numpy)` listing them, and the module attributes of `numpy.version`.
      if (module == "numpy" && name == "matrixlib") || (module == "numpy.version" && name.hasPrefix("__")) {
        throw NumpyArrays.unsupported("\(module).\(name) is not part of the snippet language (Python has it)")
      }
      if let names = NumpyModuleNames.names[module] {
        // NumPy's own examples reach private and rarer names (`np._core.arrayprint`, `np.emath.power`).
        if names.contains(name) {
          throw NumpyArrays.unsupported("\(module).\(name) is not part of the snippet language (Python has it)")
        }
        let named = NumpyModuleNames.pythonNames[module] ?? module
        throw PythonError("AttributeError", "module '\(named)' has no attribute '\(name)'")
      }
      throw PythonError("AttributeError", "module '\(module)' has no attribute '\(name)'")
    case .tensor(let tensor):
      if tensor.isFlatIterator {
        try FlatIterator.checkAttribute(name, of: tensor)
        if let position = try FlatIterator.positionAttribute(name, of: tensor) { return position }
      }
      switch name {
      // `T` first: a string switch compares the cases in turn, and `a.T` in a loop paid for six before it.
      case "T": return .tensor(try core { try tensor.transpose() })
      case "shape": return .intTuple(tensor.shape)
      case "mT" where !tensor.isScalar:
        guard tensor.ndim >= 2 else { throw PythonError.value("matrix transpose with ndim < 2 is undefined") }
        var axes = Array(0..<tensor.ndim)
        axes.swapAt(tensor.ndim - 2, tensor.ndim - 1)
        return .tensor(try core { try tensor.transpose(axes) })
      case "ndim": return .int(tensor.ndim)
      case "size": return .int(tensor.size)
      case "dtype": return .dtype(tensor.dtype)
      case "itemsize": return .int(tensor.dtype.itemsize)
      case "nbytes": return .int(tensor.dtype.itemsize * tensor.size)
      // The commonest methods, named before the two set lookups that would find them (`a.reshape(…)`, `a.sum()` in a
      // loop: the lookups hashed the name twice, 600 of `a.sum()`'s 13,900 instructions). Each is in `tensorMethods`.
      case "reshape", "transpose", "sum", "mean", "max", "min", "copy", "astype", "item", "tolist", "dot":
        return .method(value, name)
      case _ where ArrayViewAttributes.names.contains(name): return try ArrayViewAttributes.attribute(name, of: tensor)
      case "real", "imag", "conj", "conjugate": return try NumpyComplex.attribute(name, of: value) ?? .none
      case "is_integer" where tensor.isScalar && (tensor.dtype.isInteger || tensor.dtype.isFloat),
        "as_integer_ratio" where tensor.isScalar && tensor.dtype.isFloat,
        "bit_count" where tensor.isScalar && tensor.dtype.isInteger,
        "hex" where tensor.isScalar && tensor.dtype == .float64:
        // NumPy's integer and float scalars have these (`np.float32(2.5).as_integer_ratio()`, `np.uint8(200)
        // .bit_count()`, float64's `hex` from Python's float); bool and complex not.
        return .method(value, name)
      default:
        if tensorMethods.contains(name) { return .method(value, name) }
      }
    case .textArray(let array):
      return try StringArrays.attribute(name, of: array)
    case .objectArray(let array):
      return try ObjectArrays.attribute(name, of: array)
    case .objectDType:
      return try ObjectArrays.dtypeAttribute(name)
    case .dateArray(let array):
      return try DateTimes.attribute(name, of: array)
    case .dateDType(let dtype):
      return try DateTimes.dtypeAttribute(name, of: dtype)
    case .structArray(let array):
      return try StructuredArrays.attribute(name, of: array)
    case .structDType(let dtype):
      if let attribute = try StructuredArrays.dtypeAttribute(name, of: dtype) { return attribute }
    case .slice(let start, let stop, let step):
      switch name {
      case "start": return start.map(Value.int) ?? .none
      case "stop": return stop.map(Value.int) ?? .none
      case "step": return step.map(Value.int) ?? .none
      case "indices": return .method(value, name)
      default: break
      }
    case .string where name == "encode":
      return .method(value, name)
    case .textScalar(let text, let isBytes):
      if let attribute = try Self.textScalarAttribute(name, text, isBytes: isBytes) { return attribute }
      return try get(name, of: isBytes ? .bytes(text) : .string(text))
    case .bytes:
      if name == "decode" || PythonNames.types["bytes"]?.contains(name) == true { return .method(value, name) }
    case .textDType(let dtype):
      if let attribute = StringArrays.dtypeAttribute(name, of: dtype) { return attribute }
    case .tuple(let items) where items.namedType?.fields.contains(name) == true:
      return items[items.namedType!.fields.firstIndex(of: name)!]
    case .function(let function):
      if function == "bytes" || function == "bytearray", name == "fromhex" { return .function("\(function).fromhex") }
      // What a frozen dataclass's `__post_init__` sets its fields with (and plain `setattr` for any other object).
      if function == "object", name == "__setattr__" { return .function("object.__setattr__") }
      if let method = BuiltinClassMethods.attribute(function, name) { return method }
      if let method = TypeMethods.unbound(function, name) { return method }
      if BuiltinSubclasses.standInSpecialNames[function]?.contains(name) == true {
        // `dict.__init__`, for a class deriving from dict to call on itself (BuiltinSubclasses.swift).
        return .method(value, name)
      }
      if let refusal = Self.builtinTypeAttribute(function, name) { throw refusal }
      if let method = NumpyUfuncMethods.attribute(function, name) { return method }
      if name == "identity", let identity = UfuncIdentity.of(function) { return identity }
      if let attribute = try UfuncTypeTable.attribute(function, name) { return attribute }
      if function.hasPrefix("numpy."), let refusal = NumpyMoreFunctions.outsideModule(String(function.dropFirst(6))) {
        throw refusal
      }
      if function.hasPrefix("matplotlib."), !name.hasPrefix("__") {
        // `plt.style.use`, `plt.rcParams.update`: submodules and objects of matplotlib docbuild does not draw with.
        throw Interpreter.unsupportedPlot(
          "\(function.replacingOccurrences(of: "matplotlib.pyplot.", with: "plt.")).\(name)",
          supported: Interpreter.pyplotFunctions)
      }
    case .list, .dict, .string, .tuple:
      if ContainerMethods.has(name, on: value) { return .method(value, name) }
      if let type = MethodSignature.ownerType(of: value), let method = BuiltinClassMethods.attribute(type, name) {
        return method
      }
    case .bool, .int, .float, .complex, .bigInt:
      if ContainerMethods.has(name, on: value) { return .method(value, name) }
      if let type = MethodSignature.ownerType(of: value), let method = BuiltinClassMethods.attribute(type, name) {
        return method
      }
      // Python's numbers have `conjugate` but not NumPy's `conj` (an AttributeError below).
      if name != "conj", let attribute = try NumpyComplex.attribute(name, of: value) { return attribute }
      // An int is the fraction of itself over 1 (numbers.Rational); a bool's parts are ints, as its real is.
      if name == "numerator" || name == "denominator", let integer = value.bigInteger {
        return name == "numerator" ? .integer(integer) : .int(1)
      }
    case .range(let start, let stop, let step):
      switch name {
      case "start": return .int(start)
      case "stop": return .int(stop)
      case "step": return .int(step)
      case "index", "count": return .method(value, name)
      default: break
      }
    case .set(let set):
      if (set.isFrozen ? Interpreter.frozensetMethods : Interpreter.setMethods).contains(name) {
        return .method(value, name)
      }
    case .dtype(let dtype):
      if let attribute = NumpyDTypes.attribute(name, of: dtype) { return attribute }
      if name == "newbyteorder" { return .method(value, name) }
    case .orderedDType(let dtype, let mark):
      if let attribute = ByteOrder.attribute(name, of: OrderedDType(dtype, mark)) { return attribute }
    case .rawArray(let array):
      return try RawArrays.attribute(name, of: array)
    case .bytearray:
      if PythonBytes.arrayMethods.contains(name) || PythonNames.types["bytes"]?.contains(name) == true {
        return .method(value, name)
      }
    case .machineLimits(let dtype):
      if let attribute = NumpyDTypes.limit(name, of: dtype) { return attribute }
    case .randomObject(let handle):
      return try Interpreter.randomAttribute(name, of: handle)
    case .plot(let reference):
      return try Interpreter.plotAttribute(name, of: reference)
    case .rendered(let text):
      if let flag = try ArrayViewAttributes.flag(name, in: text, attribute: true) { return flag }
    default:
      break
    }
    if case .function("object") = value, name == "__new__" { return .function("object.__new__") }
    if let type = value.builtinClassName {
      // CPython's class has the attribute unless its listed names (those of its instances included) lack it.
      guard let known = PythonNames.types[type] ?? NumpyModuleNames.types[type] else {
        throw PythonError.limit(
          "\(type).\(name): the attributes of the class \(type) are not part of the snippet language")
      }
      if known.contains(name) || DirListing.objectNames.contains(name) || DirListing.typeNames.contains(name) {
        throw PythonError.limit("\(type).\(name) is not part of the snippet language (Python has it)")
      }
      throw PythonError("AttributeError", "type object '\(type)' has no attribute '\(name)'")
    }
    if let refusal = unlistedAttributeRefusal(name, of: value) { throw refusal }
    if case .function(let function) = value, let kind = NumpyFunctionClasses.classOf[function],
      !NumpyFunctionClasses.shownClasses.contains(kind)
    {
      // A NumPy function of a class docbuild does not make (a bound method, a Cython function): its attributes and
      // the class its AttributeError names are that class's.
      throw PythonError.limit("\(function).\(name): the attributes of NumPy's \(kind) objects are not part of snippets")
    }
    throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'")
  }

  /// The refusal of a special or private name of a NumPy or contextlib object (a dtype, `np.finfo`, a print-options
  /// or errstate manager, a random generator) that its type's list of public and special names lacks: these types
  /// are written in Python or have private members (`np.errstate(...)._call`), so Python's type may have it, and
  /// neither the AttributeError nor hasattr's False is shown. Nil for other values and names.
  static func unlistedAttributeRefusal(_ name: String, of value: Value) -> PythonError? {
    let listing: String
    switch value {
    case .dtype: listing = "numpy.dtype"
    case .machineLimits, .printOptionsContext, .randomObject: listing = value.typeName
    default: return nil
    }
    guard name.hasPrefix("_"), PythonNames.types[listing]?.contains(name) != true else { return nil }
    return PythonError.limit(
      "'\(value.typeName)' objects' attribute '\(name)' is not part of the snippet language (Python's "
        + "\(value.typeName) may have it: snippets do not know its private and special names)")
  }

  /// Python's builtin types whose attributes (`str.lower`, `dict.fromkeys`) a snippet may reach for.
  static let builtinTypes: NameSet = ["str", "list", "dict", "set", "tuple", "int", "float"]

  /// `str.lower` and other attributes of a builtin type, which snippets do not take from the type: refused by name
  /// when Python has the attribute (a key such as `str.lower` works in Python), else CPython's AttributeError.
  static func builtinTypeAttribute(_ type: String, _ name: String) -> PythonError? {
    guard builtinTypes.contains(type), let attributes = PythonNames.types[type] else { return nil }
    guard attributes.contains(name) else {
      return PythonError("AttributeError", "type object '\(type)' has no attribute '\(name)'")
    }
    var error = PythonError(
      "NotImplementedError",
      "\(type).\(name), taken from the type, is not part of the snippet language: call it on a value instead "
        + "(`key=lambda s: s.lower()` for `key=str.lower`)")
    error.isLimit = true
    return error
  }
}

extension Attributes {
  /// The NumPy scalar attributes of `np.str_` and `np.bytes_` that `str` and `bytes` lack: the sizes NumPy stores
  /// the text in (4 bytes a code point, 1 a byte), the 0-d shape and the dtype; their other array attributes and
  /// methods are refused rather than answered with str's AttributeError. Nil for the attributes str and bytes have.
  static func textScalarAttribute(_ name: String, _ text: String, isBytes: Bool) throws(PythonError) -> Value? {
    // Bytes are held one code point each (latin-1), so both widths count code points.
    let width = text.unicodeScalars.count
    switch name {
    case "nbytes", "itemsize": return .int(isBytes ? width : 4 * width)
    case "ndim": return .int(0)
    case "size": return .int(1)
    case "shape": return .tuple(ValueList([]))
    // The dtype of an empty one is `<U0` (`|S0`), which docbuild's text dtypes print as the flexible `<U`.
    case "dtype" where width > 0: return .textDType(TextDType(isBytes: isBytes, width: width))
    default:
      let string = isBytes ? "bytes" : "str"
      guard PythonNames.types[string]?.contains(name) != true, Self.numpyScalarOnly.contains(name) else { return nil }
      throw PythonError.limit(
        "np.\(isBytes ? "bytes_" : "str_")'s NumPy scalar attribute \(name) is not part of the snippet language "
          + "(NumPy has it)")
    }
  }

  /// The attributes a NumPy text scalar has beyond its Python type's (`set(dir(np.str_)) - set(dir(str))`).
  static let numpyScalarOnly: NameSet = [
    "T", "all", "any", "argmax", "argmin", "argsort", "astype", "base", "byteswap", "choose", "clip", "compress",
    "conj", "conjugate", "copy", "cumprod", "cumsum", "data", "device", "diagonal", "dtype", "dump", "dumps", "fill",
    "flags", "flat", "flatten", "getfield", "imag", "item", "max", "mean", "min", "nonzero", "prod", "put", "ravel",
    "real", "repeat", "reshape", "resize", "round", "searchsorted", "setfield", "setflags", "sort", "squeeze", "std",
    "strides", "sum", "swapaxes", "take", "to_device", "tobytes", "tofile", "tolist", "trace", "transpose", "var",
    "view", "__array_interface__", "__array_struct__", "__array_priority__",
  ]
}
