import TensorCore

/// The names the language provides: NumPy's members, Python's builtins and the autodiff functions.
enum Builtins {
  /// Python builtins the language has (printed `<built-in function print>`).
  static let pythonFunctions: Set<String> = [
    "print", "len", "float", "int", "complex", "abs", "sum", "max", "min", "range", "zip", "enumerate", "round",
    "sorted",
    "reversed", "any", "all", "map", "filter", "isinstance", "type", "list", "tuple", "dict", "str", "repr", "bool",
    "divmod", "pow", "callable", "iter", "next", "chr", "ord", "format", "ascii",
  ]
  /// Builtins that are classes, printed `<class 'int'>`.
  static let pythonTypes: Set<String> = [
    "int", "float", "complex", "str", "bool", "list", "tuple", "dict", "range", "type", "zip", "enumerate", "map",
    "filter",
    "reversed", "NoneType", "function", "method", "slice", "set", "object", "module", "builtin_function_or_method",
    "method-wrapper", "ellipsis",
    "dict_keys", "dict_values", "dict_items", "list_reverseiterator", "range_iterator", "list_iterator",
    "tuple_iterator", "str_ascii_iterator", "str_iterator", "dict_keyiterator", "iterator", "numpy.ndarray",
    "numpy.void", "numpy.record", "numpy.rec.recarray", "mappingproxy", "bytearray", "numpy.flatiter",
    "numpy.random._generator.Generator", "numpy.random.mtrand.RandomState", "memoryview", "bytes", "frozenset",
    "NotImplementedType", "property", "staticmethod", "classmethod", "super", "generator", "numpy.ufunc",
    "numpy.vectorize", NumpyFunctionClasses.dispatcher,
  ]

  /// The builtin classes whose instances CPython makes only itself (`type(print)()` is a TypeError).
  static let uninstantiableTypes: Set<String> = [
    "builtin_function_or_method", "method-wrapper", "dict_keys", "dict_values", "dict_items", "list_reverseiterator",
    "range_iterator", "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "dict_keyiterator",
    "numpy.ufunc",
  ]

  /// True for names that `type()` returns: Python's classes and NumPy's dtype classes.
  static func isType(_ name: String) -> Bool {
    pythonTypes.contains(name) || name.hasPrefix("numpy.dtypes.") || exceptionBases[name] != nil
      || NumpyAbstractTypes.classify(name) != nil
  }
  /// The autodiff functions (the manual, docs/04-numbers.md, "Autodiff"), and docbuild's other function that is not
  /// NumPy (`broadcast_diagram`).
  static let autodiffFunctions: Set<String> = ["grad", "numgrad", "gradients", "broadcast_diagram"]
  /// NumPy functions callable as `np.name` or plain `name`.
  static let numpyFunctions: Set<String> = Set(ArrayViewAttributes.functions).union([
    "array", "asarray", "zeros", "ones", "full", "zeros_like", "ones_like", "arange", "linspace", "eye", "reshape",
    "transpose", "sum", "mean", "max", "min", "amax", "amin", "exp", "log", "sqrt", "tanh", "abs", "absolute",
    "square", "maximum", "minimum", "matmul", "dot", "outer", "broadcast_to", "broadcast_shapes", "expand_dims",
    "squeeze", "allclose", "array_equal", "isclose", "shape", "ndim", "size", "asanyarray",
  ]).union(NumpyMath.names).union(NumpyArrays.names).union(NumpyDTypes.names).union(NumpyPrintOptions.names)
    .union(NumpyAdditions.names).union(NumpyEveryday.names).union(NumpyMore.names).union(NumpyInPlaceFunctions.names)
    .union(NumpyReprFunctions.names).union(DateTimes.functionNames)
  /// Python builtins the language leaves out, named in their NameError so nobody hunts for a typo.
  static let unsupportedPythonBuiltins: Set<String> = [
    "set", "input", "exec", "getattr", "setattr", "hasattr", "hex", "oct", "bin", "vars",
    "dir", "id", "hash", "help", "globals", "locals", "compile", "__import__", "complex", "bytes", "frozenset",
    "object", "super", "slice", "breakpoint", "exit", "quit",
  ]

  /// True for the built-in exception classes a snippet class may derive from and `raise` may raise (NumPy's own
  /// exception types are not Python builtins).
  static func isRaisable(_ name: String) -> Bool {
    exceptionBases[name] != nil && name != "UFuncTypeError" && name != "AxisError" && name != "LinAlgError"
      && !onlyCaught.contains(name)
  }

  /// Exception classes a snippet may catch (docbuild raises them, as Python does) but not make: CPython's take five
  /// arguments and write their own message from them, which the snippet language does not reproduce.
  static let onlyCaught: Set<String> = ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"]

  /// The refusal for making or raising an exception class of `onlyCaught`.
  static func refusalToMake(_ name: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "making a \(name) is not supported in snippets (CPython's takes the encoding, the text, a start, an end and a "
        + "reason); catching one works")
    error.isLimit = true
    return error
  }

  /// True for Python's own builtins.
  static func isPythonBuiltin(_ name: String) -> Bool { pythonFunctions.contains(name) }

  /// Python's built-in exception classes and each one's base class.
  static let exceptionBases: [String: String] = [
    "BaseException": "", "Exception": "BaseException", "ArithmeticError": "Exception",
    "ZeroDivisionError": "ArithmeticError", "OverflowError": "ArithmeticError", "LookupError": "Exception",
    "IndexError": "LookupError", "KeyError": "LookupError", "ValueError": "Exception", "TypeError": "Exception",
    "NameError": "Exception", "UnboundLocalError": "NameError", "AttributeError": "Exception",
    "RuntimeError": "Exception", "RecursionError": "RuntimeError", "NotImplementedError": "RuntimeError",
    "AssertionError": "Exception", "ImportError": "Exception", "ModuleNotFoundError": "ImportError",
    "StopIteration": "Exception", "MemoryError": "Exception", "SyntaxError": "Exception",
    "UFuncTypeError": "TypeError", "AxisError": "ValueError", "LinAlgError": "ValueError",
    // Not OSError and its family: `OSError(2, 'gone')` prints as `[Errno 2] gone`, which BaseException's text is not.
    "UnicodeError": "ValueError", "UnicodeEncodeError": "UnicodeError", "UnicodeDecodeError": "UnicodeError",
    "UnicodeTranslateError": "UnicodeError", "FloatingPointError": "ArithmeticError", "EOFError": "Exception",
    "OSError": "Exception", "FileNotFoundError": "OSError", "FileExistsError": "OSError",
    "KeyboardInterrupt": "BaseException", "Warning": "Exception", "UserWarning": "Warning",
    "DeprecationWarning": "Warning", "RuntimeWarning": "Warning", "SystemError": "Exception",
    "ConnectionError": "OSError", "PermissionError": "OSError", "TimeoutError": "OSError",
  ]

  /// True when exception class `type` is `ancestor` or derives from it.
  static func exception(_ type: String, isA ancestor: String) -> Bool {
    var current: String? = type
    while let name = current, !name.isEmpty {
      if name == ancestor { return true }
      current = exceptionBases[name] ?? (name == "BaseException" ? nil : "Exception")
    }
    return false
  }

  /// True for every function name the language provides outside NumPy.
  static func isGlobalFunction(_ name: String) -> Bool {
    pythonFunctions.contains(name) || autodiffFunctions.contains(name)
      || (exceptionBases[name] != nil && name != "UFuncTypeError" && name != "AxisError" && name != "LinAlgError")
  }

  /// A member of `numpy` or `numpy.random`, or nil when NumPy (as far as the language goes) has no such member.
  /// The NumPy release docbuild reproduces, what `np.__version__` reads.
  static let numpyVersion = "2.4.6"

  static func numpyMember(_ name: String, module: String) -> Value? {
    if module == "numpy.random" {
      // The class `type(rng)` names: calling it with a PCG64 is `Interpreter.generatorOfBitGenerator`.
      if name == "Generator" { return .function("numpy.random._generator.Generator") }
      return Interpreter.randomFunctions.contains(name) ? .function("numpy.random.\(name)") : nil
    }
    switch name {
    case "newaxis": return Value.none
    case "True_": return .tensor(Tensor(true))
    case "False_": return .tensor(Tensor(false))
    case "nan": return .float(.nan)
    case "inf": return .float(.infinity)
    case "pi": return .float(.pi)
    case "e": return .float(2.718281828459045)
    // docbuild reproduces NumPy 2.4.6 (its fixtures come from it), so a snippet reads that version.
    case "__version__": return .string(numpyVersion)
    case "float64", "double": return .scalarType(.float64)
    case "int64": return .scalarType(.int64)
    case "bool_", "bool": return .scalarType(.bool)
    case "float32", "single": return .scalarType(.float32)
    case "float16", "half": return .scalarType(.float16)
    case "complex64", "csingle": return .scalarType(.complex64)
    case "complex128", "cdouble": return .scalarType(.complex128)
    case "int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64", "intc", "uintc", "byte", "ubyte", "short",
      "ushort", "int_", "intp", "uint", "uintp", "long", "ulong":
      return DType(numpyName: name).map { .scalarType($0) }
    // NumPy's C long long classes are no int64 and uint64 (`Value.cLongLongSpelling`).
    case "longdouble", "clongdouble", "longlong", "ulonglong",
      "complex_", "str_", "bytes_", "object_", "datetime64", "timedelta64", "void":
      return .function("numpy.\(name)")
    case "random": return .module("numpy.random")
    case "linalg": return .module("numpy.linalg")
    case "char", "strings": return .module("numpy.\(name)")
    case "ndarray": return .function("numpy.ndarray")
    case "ufunc": return .function("numpy.ufunc")
    case "frombuffer": return .function("numpy.frombuffer")
    case "asfortranarray": return .function("numpy.asfortranarray")  // MemoryOrderCalls.swift
    case _ where NumpyAbstractTypes.classes[name] != nil: return .function("numpy.\(name)")
    case "issubdtype": return .function("numpy.issubdtype")
    case _ where ChapterFiles.numpyFunctions.contains("numpy.\(name)"): return .function("numpy.\(name)")
    default: return numpyFunctions.contains(name) ? .function("numpy.\(name)") : nil
    }
  }

  /// `np.float64(x)`, `np.int64(x)`, `np.bool_(x)`: a NumPy scalar from a number, or an array cast from a list/array.
  static func convert(_ call: CallArguments, to dtype: DType) throws(PythonError) -> Value {
    let bound = try call.bind(["x"])
    guard var value = bound["x"] else {
      return .tensor(try core { try Tensor.zeros([], dtype: dtype).scalar })
    }
    if case .string(let text) = value {
      // `np.float64('nan')`, `np.int64(' 12 ')`: NumPy's scalar types read a str as Python's bool(), int(), float()
      // and complex() do, then convert that number (float32 from the double, as NumPy's string cast rounds twice).
      let parse = CallArguments(
        function: dtype.isInteger ? "int" : "float", positional: [value], keywords: [], positionalTexts: [])
      value =
        switch dtype {
        case .bool: .bool(!text.isEmpty)
        case _ where dtype.isInteger: try PythonBuiltins.int(parse)
        case _ where dtype.isComplex: try PythonComplex.make(value, nil)
        default: try PythonBuiltins.float(parse)
        }
    }
    // A Python complex is Python's float() or int() TypeError for a real dtype (a NumPy complex casts, warning).
    if case .complex = value, !dtype.isComplex, dtype != .bool {
      throw value.realNumberRequired(by: dtype.isInteger ? "int" : "float")
    }
    // A NaN or infinite Python float meets Python's int() in an integer type (`np.int64(float('nan'))`).
    if case .float(let number) = value, dtype.isInteger, !number.isFinite {
      if number.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
      throw PythonError("OverflowError", "cannot convert float infinity to integer")
    }
    // NumPy's integer types read a Python float as Python's `int()` does, then as that int: `np.int8(300.0)` is the
    // int's OverflowError, `np.int64(2.0**63)` the C long one, `np.uint8(255.9)` 255 (a NumPy float casts instead).
    if case .float(let number) = value, dtype.isInteger {
      let truncated = number.rounded(.towardZero)
      value = truncated >= -0x1p63 && truncated < 0x1p63 ? .int(Int(truncated)) : .bigInt(BigInt(exactly: truncated))
    }
    if case .bigInt(let big) = value { value = try Value.numpyScalarOperand(big, for: dtype) }
    switch value {
    case .list, .tuple:
      // `np.float32([1, 2])` is `np.array([1, 2], dtype=np.float32)`, with its errors (`np.uint8([300])`).
      return .tensor(try core { try Tensor.array(value.toNested(), dtype: dtype) })
    default: break
    }
    var tensor = try value.toTensor()
    // `np.uint8(300)` is NumPy 2's OverflowError, as for `np.array(300, dtype=np.uint8)`.
    if tensor.isPythonScalar, dtype.isInteger, case .int(let int) = value {
      tensor = try core { try Tensor.array(.scalar(.int(Int64(int))), dtype: dtype) }
    }
    let cast = try core { try tensor.astype(dtype) }
    if tensor.ndim == 0 { return .tensor(cast.scalar) }
    return .tensor(cast)
  }
}

extension Interpreter {
  /// Calls a function of the language by its qualified name (`numpy.sum`, `numpy.random.rand`, `print`, `grad`).
  /// True for iterables whose items may be objects: generators and iterators included, which are not walked first.
  private static func mayHoldObjects(_ value: Value) -> Bool {
    if case .iterator(let box) = value { return box.items[box.position...].contains(where: \.isObject) }
    return value.holdsObjects
  }

  /// True for `np.nan_to_num` calls that write into the array (`copy=` anything but True) or take arrays as `nan=`,
  /// `posinf=` or `neginf=`: those run NumPy's own steps (`nan_to_num_as_numpy`, NumpyBreadth35Source.swift).
  static func nanToNumberTakesNumpysSteps(_ call: CallArguments) -> Bool {
    let names = ["x", "copy", "nan", "posinf", "neginf"]
    var given: [String: Value] = [:]
    for (index, value) in call.positional.enumerated() where index < names.count { given[names[index]] = value }
    for keyword in call.keywords { given[keyword.name] = keyword.value }
    if let copy = given["copy"] {
      guard case .bool(true) = copy else { return true }
    }
    return ["nan", "posinf", "neginf"].contains { name in
      switch given[name] {
      case .list?, .tuple?: true
      case .tensor(let value)?: value.ndim > 0
      default: false
      }
    }
  }

  /// `np.nan_to_num` by NumPy's own steps (`nan_to_num_as_numpy`): its result is the array itself under
  /// `copy=False`, so it bypasses the layout and view bookkeeping of other NumPy calls, which would separate it.
  mutating func callNanToNumberAsNumpy(_ call: CallArguments) throws(PythonError) -> Value {
    try callNumpysSteps(
      "nan_to_num_as_numpy", call,
      refusing: "np.nan_to_num with copy=False or arrays as nan=, posinf= or neginf= inside a differentiated function "
        + "is not supported in snippets")
  }

  /// `function` of NumPy's own steps (NumpyBreadth35Source.swift), untracked: inside a derivative, `refusal`.
  private mutating func callNumpysSteps(
    _ function: String, _ call: CallArguments, refusing refusal: String
  ) throws(PythonError) -> Value {
    if derivativeInput != nil || GradientTrace.input != nil { throw PythonError.limit(refusal) }
    guard let callee = try pythonModuleMember("_numpy_breadth", function) else {
      throw PythonError.limit("docbuild's module for \(function) is missing")
    }
    return try callValue(callee, call)
  }

  /// True for `np.linspace` calls with a complex start or stop (a number or a 0-d array): those run NumPy's own
  /// steps (`linspace_complex`, NumpyBreadth37Source.swift).
  /// `np.array(object, ndmin=n)`: the array made without `ndmin`, then viewed with ones put before its shape up to n
  /// axes, as NumPy's `_prepend_ones` does (so its `base` is the array made). Arrays of strings or objects, and
  /// `copy=False` (a view of the argument itself), are refused.
  mutating func arrayWithLeastDimensions(_ call: CallArguments, ndminAt slot: Int) throws(PythonError) -> Value {
    var plain = call
    let given = plain.keywords.remove(at: slot).value
    let least: Int
    switch given {
    case .int(let count): least = count
    case .bool(let flag): least = flag ? 1 : 0
    case .float: throw PythonError.type("integer argument expected, got float")
    case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C long")
    case .tensor(let scalar) where scalar.isScalar && scalar.dtype.isInteger: least = try given.toInt()
    default: throw PythonError.type("'\(given.typeName)' object cannot be interpreted as an integer")
    }
    if least > 64 { throw PythonError.value("ndmin must be <= ndmax (64)") }
    let copy = plain.keywords.first(where: { $0.name == "copy" })?.value ?? .bool(true)
    let copies = copy.isNone ? false : try copy.truthValue()
    if !copies {
      throw PythonError.limit(
        "np.array(…, copy=False, ndmin=…) is not supported in snippets (NumPy views the argument)")
    }
    let made = try callFunction("numpy.array", plain)
    guard case .tensor(let array) = made else {
      throw PythonError.limit(
        "np.array(…, ndmin=…) of strings, bytes or other non-numeric values is not supported in snippets; reshape the "
          + "array np.array makes")
    }
    guard array.ndim < least else { return made }
    let shape = Array(repeating: 1, count: least - array.ndim) + array.shape
    let reshape = CallArguments(
      function: "reshape", positional: [made, try .makeTuple(shape.map { .int($0) })], keywords: [],
      positionalTexts: ["", ""])
    return try functionView("numpy.reshape", reshape, try callFunction("numpy.reshape", reshape))
  }

  static func linspaceTakesComplexSteps(_ call: CallArguments) -> Bool {
    let ends =
      Array(call.positional.prefix(2)) + call.keywords.filter { $0.name == "start" || $0.name == "stop" }.map(\.value)
    return ends.contains { end in
      switch end {
      case .complex: true
      case .tensor(let value): value.ndim == 0 && value.dtype.isComplex
      default: false
      }
    }
  }

  /// True for `np.pad` calls in the modes `maximum`, `minimum`, `mean`, `median` or with `reflect_type='odd'`: those
  /// run NumPy's own composition (`pad_as_numpy`, NumpyBreadth35Source.swift).
  static func padTakesNumpysSteps(_ call: CallArguments) -> Bool {
    let mode = call.positional.count > 2 ? call.positional[2] : call.keywords.first { $0.name == "mode" }?.value
    if case .string(let name)? = mode, ["maximum", "minimum", "mean", "median"].contains(name) { return true }
    let reflection = call.keywords.first { $0.name == "reflect_type" }?.value
    guard case .string("odd")? = reflection, case .string(let name)? = mode else { return false }
    return name == "reflect" || name == "symmetric"
  }

  /// `np.pad` by NumPy's own steps (`pad_as_numpy`). Untracked: a differentiated array is refused by name.
  mutating func callPadAsNumpy(_ call: CallArguments) throws(PythonError) -> Value {
    try callNumpysSteps(
      "pad_as_numpy", call,
      refusing: "np.pad's statistic modes and reflect_type='odd' inside a differentiated function are not supported "
        + "in snippets")
  }

  /// True for `np.histogram(a, bins)` and `np.histogram_bin_edges(a, bins)` given a string `bins`: NumPy's estimators
  /// (`histogram_with_estimator`, NumpyBreadth35Source.swift).
  static func givesBinEstimator(_ call: CallArguments) -> Bool {
    let bins = call.positional.count > 1 ? call.positional[1] : call.keywords.first { $0.name == "bins" }?.value
    if case .string? = bins { return true }
    return false
  }

  /// `np.histogram` or `np.histogram_bin_edges` (`name`) with a string `bins`, by NumPy's estimator of the number of
  /// bins, then the function with that number. Untracked: a differentiated value is refused by name.
  mutating func callHistogramWithEstimator(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let short = String(name.dropFirst("numpy.".count))
    if derivativeInput != nil || GradientTrace.input != nil {
      throw PythonError.limit(
        "np.\(short)'s string bins inside a differentiated function are not supported in snippets")
    }
    let parameters =
      short == "histogram" ? ["a", "bins", "range", "density", "weights"] : ["a", "bins", "range", "weights"]
    let bound = try call.bind(parameters, required: 1)
    guard let function = try pythonModuleMember("_numpy_breadth", "histogram_with_estimator") else {
      throw PythonError.limit("np.\(short)'s module is missing")
    }
    var forwarded = CallArguments(function: short, positional: [.string(short)], keywords: [], positionalTexts: [""])
    for parameter in parameters where bound[parameter] != nil {
      forwarded.keywords.append((name: parameter, value: bound.value(parameter)))
    }
    return try callValue(function, forwarded)
  }

  /// `np.add.reduce(a, axis=0, dtype=d, keepdims=…)` or `np.multiply.reduce` given a `dtype` and neither `out`,
  /// `initial` nor `where`: the same call with its axis spelled out, for `np.sum`/`np.prod`, whose parameters come in
  /// the same order. nil for any other call.
  static func reductionInDType(_ call: CallArguments) -> CallArguments? {
    let names = ["array", "axis", "dtype", "out", "keepdims", "initial", "where"]
    var given: [String: Value] = [:]
    for (index, value) in call.positional.enumerated() where index < names.count { given[names[index]] = value }
    for keyword in call.keywords { given[keyword.name] = keyword.value }
    guard call.positional.count <= names.count, let dtype = given["dtype"], !dtype.isNone,
      given["out"] == nil, given["initial"] == nil, given["where"] == nil,
      call.keywords.allSatisfy({ names.contains($0.name) && $0.name != "array" })
    else { return nil }
    var plain = call
    if given["axis"] == nil { plain.keywords.append((name: "axis", value: .int(0))) }
    return plain
  }

  /// `np.add.reduce(a, axis, dtype, out)` (and multiply's, maximum's, minimum's) with an array `out` and neither
  /// `initial` nor `where`: the function NumPy's `np.sum`, `np.prod`, `np.max` or `np.min` calls it as, with the
  /// reduction's default axis 0 made explicit, and its arguments as keywords. Nil for other calls.
  static func reductionIntoOutput(_ name: String, _ call: CallArguments) -> (String, CallArguments)? {
    let functions = [
      "numpy.add.reduce": "numpy.sum", "numpy.multiply.reduce": "numpy.prod", "numpy.maximum.reduce": "numpy.max",
      "numpy.minimum.reduce": "numpy.min",
    ]
    guard let function = functions[name] else { return nil }
    let names = ["array", "axis", "dtype", "out", "keepdims", "initial", "where"]
    var given: [String: Value] = [:]
    for (index, value) in call.positional.enumerated() where index < names.count { given[names[index]] = value }
    for keyword in call.keywords { given[keyword.name] = keyword.value }
    guard call.positional.count <= 5, call.keywords.allSatisfy({ names.contains($0.name) && $0.name != "array" }),
      call.keywords.count + call.positional.count == given.count, let array = given["array"],
      case .tensor(let out)? = given["out"], !out.isScalar, !out.isPythonScalar, given["initial"] == nil,
      given["where"] == nil
    else { return nil }
    let takesDType = function == "numpy.sum" || function == "numpy.prod"
    if !takesDType, let dtype = given["dtype"], !dtype.isNone { return nil }
    var plain = CallArguments(function: call.function, positional: [array], keywords: [], positionalTexts: [""])
    plain.keywords.append((name: "axis", value: given["axis"] ?? .int(0)))
    if takesDType, let dtype = given["dtype"] { plain.keywords.append((name: "dtype", value: dtype)) }
    plain.keywords.append((name: "out", value: .tensor(out)))
    if let keepdims = given["keepdims"] { plain.keywords.append((name: "keepdims", value: keepdims)) }
    return (function, plain)
  }

  /// The functions whose Python versions read an iterable argument whole before anything else (`tuple(it)`).
  private static let consumesIterables: Set<String> = [
    "numpy.indices", "math.fsum", "math.prod", "math.dist",
  ]

  mutating func callFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    if let converted = try WideIntUfuncs.converted(name, call) { return try callFunction(name, converted) }
    guard WideAxes.answers(function: name) else { return try callFunctionAnsweringAxes(name, call) }
    return try WideAxes.answering(name, isMethod: false, call) { () throws(PythonError) -> Value in
      try callFunctionAnsweringAxes(name, call)
    }
  }

  private mutating func callFunctionAnsweringAxes(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    // An int past 64 bits given to any of NumPy's functions (np.random's and np.fft's too) meets a conversion of
    // NumPy's own there: snippets' error for it is refused by name.
    guard name.hasPrefix("numpy."), UnusualArguments.hasHugeInt(call) else {
      return try callFunctionUnguarded(name, call)
    }
    return try UnusualArguments.refusingUnusual(
      String(name.dropFirst("numpy.".count)), call, shown: "np." + name.dropFirst("numpy.".count)
    ) { () throws(PythonError) -> Value in try callFunctionUnguarded(name, call) }
  }

  private mutating func callFunctionUnguarded(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    // NumPy's functions with steps of their own (an `out=`, `initial=`, `where=`, a dtype, a matrix operand), each
    // asked by name: a Python builtin (`str(x)`, `len(xs)`) meets none of them, and asking cost each of its calls
    // about twenty string comparisons and hashes.
    if name.hasPrefix("numpy.") {
      if matricesInUse, let result = try callWithMatrices(name, call) { return result }
      if name == "numpy.array", let slot = call.keywords.firstIndex(where: { $0.name == "ndmin" }) {
        return try arrayWithLeastDimensions(call, ndminAt: slot)
      }
      if name == "numpy.fromiter" { return try fromIterator(call) }
      if name == "numpy.seterr" { return try setErrorModes(call) }
      if Self.writesFunctionOutput(name, call) { return try callFunctionWithOutput(name, call) }
      if let (function, plain) = Self.reductionIntoOutput(name, call) { return try callFunction(function, plain) }
      if name == "numpy.add.reduce" || name == "numpy.multiply.reduce", let plain = Self.reductionInDType(call) {
        // NumPy's `np.sum` and `np.prod` are these reductions (`umr_sum`, `umr_prod`) with another default axis.
        return try callFunction(name == "numpy.add.reduce" ? "numpy.sum" : "numpy.prod", plain)
      }
      if name == "numpy.nanvar" || name == "numpy.nanstd", let first = call.positional.first,
        case .tensor(let array) = first,
        Self.statisticTakesDTypeSteps(String(name.dropFirst(6)), array, call, isMethod: false)
      {
        return try callStatisticInDType(String(name.dropFirst(6)), array, call)
      }
      if let result = try callNanReductionWithKeywords(name, call) { return result }
      if ["numpy.mean", "numpy.var", "numpy.std"].contains(name), !call.positional.isEmpty,
        case .tensor(let array) = call.positional[0],
        let (converted, plain) = Self.statisticInDefaultDType(String(name.dropFirst(6)), array, call)
      {
        var replaced = plain
        replaced.positional[0] = .tensor(converted)
        return try callFunction(name, replaced)
      }
      if name == "numpy.var" || name == "numpy.std", let first = call.positional.first, case .tensor(let array) = first,
        Self.statisticTakesDTypeSteps(String(name.dropFirst(6)), array, call, isMethod: false)
      {
        return try callStatisticInDType(String(name.dropFirst(6)), array, call)
      }
      if Self.startsReduction(name, call) { return try callStartedReduction(name, call) }
      if Self.takesMaskedStatistic(name, call) { return try callMaskedStatistic(name, call) }
      if name == "numpy.nan_to_num", Self.nanToNumberTakesNumpysSteps(call) { return try callNanToNumberAsNumpy(call) }
      if name == "numpy.pad", Self.padTakesNumpysSteps(call) { return try callPadAsNumpy(call) }
      if name == "numpy.linspace", Self.linspaceTakesComplexSteps(call) {
        return try callNumpysSteps(
          "linspace_complex", call,
          refusing: "np.linspace of complex ends inside a differentiated function is not "
            + "supported in snippets")
      }
      if name == "numpy.histogram" || name == "numpy.histogram_bin_edges", Self.givesBinEstimator(call) {
        return try callHistogramWithEstimator(name, call)
      }
    }
    // Functions that take every item of an iterable argument first, as CPython's do: a generator's are computed
    // now. Others (`np.array(g)`, `np.stack(g)`) never consume it in Python, so it reaches them unconsumed.
    let call = Self.consumesIterables.contains(name) ? try materializedArguments(call) : call
    if let result = try NumpyFastCalls.call(name, call) { return result }
    switch name {
    case "print": return try printValues(call)
    case _ where Builtins.uninstantiableTypes.contains(name):
      // `type(print)()`, `type(iter([]))()`: classes CPython makes no instances of from Python.
      throw PythonError.type("cannot create '\(name)' instances")
    case "NoneType", "ellipsis", "NotImplementedType":
      guard call.positional.isEmpty, call.keywords.isEmpty else {
        throw PythonError.type("\(name == "ellipsis" ? "EllipsisType" : name) takes no arguments")
      }
      return name == "NoneType" ? .none : name == "ellipsis" ? .ellipsis : .function("NotImplemented")
    case "function", "method", "module", "mappingproxy":
      throw PythonError.limit("calling the class \(name) is not part of the snippet language (Python has it)")
    case "numpy.asanyarray": return try anyArray(call)
    case "numpy.random._generator.Generator", "numpy.random.mtrand.RandomState":
      if name == "numpy.random._generator.Generator", let generator = try generatorOfBitGenerator(call) {
        return generator
      }
      // `type(rng)(…)`: the classes print, but snippets make generators only through their functions.
      throw PythonError.limit(
        "calling \(name) is not supported in snippets: make generators with np.random.default_rng(seed) or "
          + "np.random.RandomState(seed)")
    case "len":
      if call.positional.count == 1, call.keywords.isEmpty {
        if case .object(let object) = call.positional[0] { return try objectLength(object) }
        if case .classObject(let type) = call.positional[0], type.metaclass != nil {
          return try callMetaclass(type, "__len__", arguments([]))
        }
        if case .set(let set) = call.positional[0] { return .int(set.count) }
      }
      return try PythonBuiltins.len(call)
    case "float":
      if case .object? = call.positional.first, let result = try objectNumberCall(name, call) { return result }
      return try PythonBuiltins.float(call)
    case "complex":
      if case .object(let object)? = call.positional.first, call.positional.count == 1, call.keywords.isEmpty,
        let result = try callSpecial(object, "__complex__", [])
      {
        // CPython's complex() asks the object's `__complex__` first, and takes only a complex from it.
        guard case .complex = result else {
          throw PythonError.type("__complex__ returned non-complex (type \(result.typeName))")
        }
        return result
      }
      let bound = try call.bind(["real", "imag"])
      if case .string? = bound.values["real"], bound.values["imag"] != nil {
        // Even an explicit None is a second argument here.
        throw PythonError.type("complex() can't take second arg if first is a string")
      }
      // An object without `__complex__` is read through its `__float__` (or `__index__`), as PyFloat_AsDouble reads
      // it (`complex(Fraction(1, 3))`).
      func real(_ value: Value?) throws(PythonError) -> Value? {
        guard case .object(let object)? = value, object.type.lookUp("__complex__") == nil,
          object.type.lookUp("__float__") != nil || object.type.lookUp("__index__") != nil
        else { return value }
        return .float(try floatOfObject(object, forMath: true))
      }
      return try PythonComplex.make(try real(bound["real"]), try real(bound["imag"]))
    case "int":
      if Tensor.approximateResultsMayExist, let number = call.positional.first, call.positional.count == 1 {
        // Truncation decides at integers: which side of one a decomposition's noise falls (`int(w[2] * 1e16)`).
        try ApproximateFloats.refuseTruncation(of: number)
      }
      // An object converts through its `__int__`, or else its `__index__` (`int(re.IGNORECASE)`).
      if call.positional.count == 1, call.keywords.isEmpty, case .object(let object) = call.positional[0] {
        for special in ["__int__", "__index__"] {
          guard let result = try callSpecial(object, special, []) else { continue }
          guard result.typeName == "int" || result.typeName == "bool" else {
            throw PythonError.type("\(special) returned non-int (type \(result.typeName))")
          }
          if case .bool(let flag) = result { return .int(flag ? 1 : 0) }
          return result
        }
      }
      return try PythonBuiltins.int(call)
    case "abs":
      if case .object? = call.positional.first, let result = try objectNumberCall(name, call) { return result }
      return try PythonReductions.abs(call)
    case "sum":
      var call = call
      switch call.positional.first {
      case .object?: call.positional[0] = try .makeList(try iterate(call.positional[0]))
      case .iterator(let box)? where box.isLazy:
        // A generator's items, computed now: summing them has no effect of its own to interleave with.
        call.positional[0] = .tuple(ValueList(try box.drain(&self)))
      default: break
      }
      // Objects add with their own `__add__`/`__radd__` (micrograd's `sum(ws, bias)`), so sum them here.
      let start =
        call.keywords.first { $0.name == "start" }?.value ?? (call.positional.count > 1 ? call.positional[1] : nil)
      if let first = call.positional.first, start?.isObject == true || Self.mayHoldObjects(first) {
        let items = try iterate(first)
        guard start?.isObject == true || items.contains(where: \.isObject) else {
          call.positional[0] = try .makeList(items)
          return try PythonReductions.sum(call)
        }
        var total = start ?? .int(0)
        for item in items {
          try tick()
          total = try objectBinary(.add, total, item)
        }
        return total
      }
      return try PythonReductions.sum(call)
    case "max", "min": return try extreme(name, call)
    case "range", "zip", "enumerate", "round", "sorted", "reversed", "any", "all", "map", "filter", "isinstance",
      "type", "list", "tuple", "dict", "str", "repr", "bool", "divmod", "pow", "callable", "iter", "next", "chr", "ord",
      "ascii":
      return try callIterableBuiltin(name, try NoneArguments.checkedPython(name, call))
    case "format":
      let bound = try call.bind(["value", "format_spec"], required: 1)
      let spec: String
      switch bound.values["format_spec"] ?? .string("") {
      case .string(let text): spec = text
      case let other: throw PythonError.type("format() argument 2 must be str, not \(other.typeName)")
      }
      let value = bound.value("value")
      if case .object(let object) = value, let result = try callSpecial(object, "__format__", [.string(spec)]) {
        return result
      }
      if value.holdsObjects, spec.isEmpty { return .string(try text(value, repr: false)) }
      return .string(try Self.format(value, spec))
    case "grad", "autograd.grad":
      if let first = call.positional.first, first.isCallable {
        return try functional(.grad, call, isAutogradsOwn: name == "autograd.grad")
      }
      if name == "autograd.grad" { throw PythonError.type("grad() needs a function as its first argument") }
      return try grad(call)
    case _ where Builtins.exceptionBases[name] != nil:
      if Builtins.onlyCaught.contains(name) { throw Builtins.refusalToMake(name) }
      if call.positional.count >= 2, Builtins.exception(name, isA: "OSError") {
        throw PythonError.limit(
          "\(name) with \(call.positional.count) arguments is not supported in snippets: CPython reads them as an errno "
            + "and its text (`[Errno 2] …`) and may make a subclass of it (FileNotFoundError); give one message")
      }
      try call.rejectKeywords()
      return .exception(ExceptionValue(type: name, arguments: call.positional))
    case "autograd.value_and_grad": return try functional(.valueAndGrad, call)
    case "autograd.elementwise_grad": return try functional(.elementwiseGrad, call)
    case "autograd.jacobian": return try functional(.jacobian, call)
    case "numgrad": return try numgrad(call)
    case "gradients": return try gradientsTable(call)
    case "broadcast_diagram": return try drawBroadcastDiagram(call)
    case _ where name.hasPrefix("numpy.random."):
      try ComplexGuard.check(name, call)
      try DTypeArguments.check(String(name.dropFirst("numpy.".count)), call)
      return try callRandom(name, call)
    case _ where name.hasPrefix("math."):
      if let result = try objectNumberCall(name, call) { return result }
      let result = try MathModule.call(String(name.dropFirst(5)), call)
      if Tensor.approximateResultsMayExist {
        try ApproximateFloats.noteDerived(result, of: name, from: call.positional)
      }
      return result
    case _ where name.hasPrefix("matplotlib."): return try callPyplot(name, call)
    case _ where Self.writesUfuncOutput(name, call): return try callUfuncWithOutput(name, call)
    case _ where name.hasPrefix("numpy.") && name.hasSuffix(".at"): return try ufuncAt(name, call)
    case "numpy.fromfunction", "numpy.apply_along_axis", "numpy.apply_over_axes", "numpy.piecewise":
      return try callNumpyCallback(name, try NoneArguments.checked(String(name.dropFirst("numpy.".count)), call))
    case "numpy.vectorize": return try makeVectorized(call)
    case "numpy.frompyfunc": return try makeFromPyFunc(call)
    case "numpy.fill_diagonal": return try fillDiagonal(call)
    case "numpy.put": return try put(call)
    case _ where name.hasPrefix("numpy.emath."):
      return try NumpyEmath.call(String(name.dropFirst("numpy.emath.".count)), call)
    case _ where name.hasPrefix("numpy.lib.stride_tricks."):
      return try callStrideTrick(String(name.dropFirst("numpy.lib.stride_tricks.".count)), call)
    case _ where name.hasPrefix("numpy.linalg."):
      try ComplexGuard.check(name, call)
      let function = String(name.dropFirst("numpy.linalg.".count))
      try DTypeArguments.check("linalg." + function, call)
      let combined = try KeywordCombinations.checked("linalg." + function, call)
      return try NumpyLinalg.call(function, try NoneArguments.checked("linalg." + function, combined))
    default:
      let function = String(name.dropFirst("numpy.".count))
      try ComplexGuard.check(function, call)
      try DTypeArguments.check(function, call)
      let combined = try KeywordCombinations.checked(function, call)
      let checked = try UnusualArguments.checked(function, try NoneArguments.checked(function, combined))
      let result = try UnusualArguments.refusingUnusual(function, checked) { () throws(PythonError) -> Value in
        try NumpyFunctions.call(function, checked)
      }
      if function == "empty" || function == "empty_like" { uninitializedMemory.track(result) }
      return result
    }
  }
}
