import TensorCore

/// A Python value in a snippet's namespace: Python's own scalars and containers beside NumPy tensors.
///
/// Only the cases that hold another `Value`, and the rare ones with large payloads (an exception's texts, a slice's
/// three optional ints, a plot object), are indirect: an int or a float is stored inline, so arithmetic in a loop allocates nothing,
/// and no payload is larger than a range's three ints, so a value is small enough to be copied in registers (a
/// larger one is copied through memory, with a call per copy, at every read of a name).
enum Value: Sendable {
  case none
  case bool(Bool)
  case int(Int)
  /// An int outside 64 bits; `Value.integer` keeps smaller ones `.int`.
  case bigInt(BigInt)
  case float(Double)
  /// A Python complex number (`1j`, `complex(1, 2)`).
  case complex(Complex)
  case string(String)
  case tuple(ValueList)
  case list(ValueList)
  /// A NumPy array or NumPy scalar.
  case tensor(Tensor)
  /// `x.dtype`: a dtype object, printed `dtype('float64')`.
  case dtype(DType)
  /// `np.float64`, `np.int64`, `np.bool_`: a scalar type, callable to convert.
  case scalarType(DType)
  /// `np.iinfo(dtype)` or `np.finfo(dtype)`: a dtype's machine limits (NumpyDTypes.swift).
  case machineLimits(DType)
  /// `np.printoptions(...)`: a context manager that applies print options for the `with` body (NumpyPrintOptions).
  indirect case printOptionsContext(PrintOptionsUpdate)
  /// `np` or `np.random`: a namespace of functions.
  case module(String)
  /// A function of the language (`print`, `np.sum`, `grad`), called by its qualified name.
  case function(String)
  /// A method bound to its receiver (`x.sum`).
  indirect case method(Value, String)
  /// A slice object inside an index.
  indirect case slice(Int?, Int?, Int?)
  /// `...` inside an index.
  case ellipsis
  /// A Python dict.
  case dict(DictBox)
  /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
  case dictView(DictView, DictBox)
  /// What autograd's `grad(f)`, `value_and_grad(f)`, `elementwise_grad(f)` and `jacobian(f)` return.
  indirect case derivative(Derivative)
  /// An exception object (`ValueError('bad')`, or the `e` of `except … as e`).
  indirect case exception(ExceptionValue)
  /// A function defined with `def` or `lambda`.
  case userFunction(Closure)
  /// `range(start, stop, step)`, kept lazy so `for i in range(10**6)` allocates nothing per step.
  case range(Int, Int, Int)
  /// What `zip`, `enumerate`, `map`, `filter` and `reversed` return: a one-pass iterator over computed items.
  case iterator(IteratorBox)
  /// A `Generator` or `RandomState` object (RandomFunctions.swift).
  case randomObject(RandomHandle)
  /// A matplotlib figure, axes or artist (PlotReference.swift).
  indirect case plot(PlotReference)
  /// A class defined with `class` (Classes.swift).
  case classObject(ClassBox)
  /// An instance of a snippet class.
  case object(ObjectBox)
  /// A snippet function bound to its first argument: `obj.method`, or a classmethod bound to its class.
  indirect case boundMethod(Value, Closure)
  /// `staticmethod(f)`, `classmethod(f)` or `property(f)` as stored in a class.
  indirect case wrapped(FunctionWrapper, Value)
  /// `property(getter)` with the setter and deleter its `.setter`/`.deleter` decorators added (`.none` when absent).
  indirect case property(getter: Value, setter: Value, deleter: Value)
  /// `super()`: attribute lookups start after the class, bound to the receiver.
  indirect case superObject(ClassBox, Value)
  /// A Python set; its elements are the keys of a dict box.
  case set(SetBox)
  /// A NumPy string array (`<U n` or `|S n`), kept apart from tensors so numeric kernels never see text
  /// (StringArrays.swift).
  indirect case textArray(TextArray)
  /// A NumPy `np.str_` (or `np.bytes_` when `isBytes`): a Python str that prints `np.str_('hello')`.
  case textScalar(String, isBytes: Bool)
  /// A string array's dtype object: `dtype('<U6')`, `dtype('S3')`.
  case textDType(TextDType)
  /// A NumPy structured array, `np.void` element or record array (StructuredArrays.swift).
  indirect case structArray(StructArray)
  /// A structured dtype: `dtype([('name', '<U10'), ('age', '<i4')])`.
  indirect case structDType(StructDType)
  /// Python's `bytes`, each byte one unicode scalar below 256 (Bytes.swift).
  case bytes(String)
  /// A NumPy array read from raw bytes: big-endian, over a `bytearray`/`bytes`, or a `view(dtype)` (RawArrays.swift).
  indirect case rawArray(RawArray)
  /// A dtype object with an explicit byte order: `dtype('>i2')`, or the `dtype('<i2')` `newbyteorder` leaves.
  case orderedDType(DType, ByteOrderMark)
  /// Python's `bytearray`, whose memory arrays may share (Bytes.swift).
  case bytearray(ByteMemory)
  /// A NumPy datetime64 or timedelta64 array or scalar (DateTimes.swift).
  indirect case dateArray(DateArray)
  /// A datetime64 or timedelta64 dtype object: `dtype('<M8[D]')`.
  case dateDType(DateDType)
  /// A NumPy object array (`dtype=object`), whose elements are interpreter values (ObjectArrays.swift).
  indirect case objectArray(ObjectArray)
  /// NumPy's object dtype object, printed `dtype('O')`.
  case objectDType
  /// Text standing in for an object while printing (its `__repr__`/`__str__`, already called).
  case rendered(String)

  /// Python's name for the value's type, as TypeError messages print it.
  var typeName: String {
    switch self {
    case .none: "NoneType"
    case .bool: "bool"
    case .int, .bigInt: "int"
    case .float: "float"
    case .complex: "complex"
    case .string: "str"
    case .tuple: "tuple"
    case .list: "list"
    case .tensor(let tensor):
      tensor.isScalar
        ? "numpy.\(scalarTypeName(tensor.dtype))" : tensor.isFlatIterator ? "numpy.flatiter" : "numpy.ndarray"
    case .dtype(let dtype): "numpy.dtypes.\(dtypeClassName(dtype))"
    case .scalarType: "type"
    case .machineLimits(let dtype): dtype.isFloat ? "numpy.finfo" : "numpy.iinfo"
    case .printOptionsContext(let update):
      update.errorModes == nil ? "contextlib._GeneratorContextManager" : "numpy.errstate"
    case .module: "module"
    case .function("NotImplemented"): "NotImplementedType"
    // A builtin class (`str`, `int`, `ValueError`, `np.ndarray`) is a type: `str + 1` names 'type'.
    case .function(let name) where Builtins.isType(name): "type"
    // NumPy's ufuncs are objects of its class `numpy.ufunc`, which CPython's messages name (`np.sin + 1`).
    case .function(let name) where Value.isUfunc(name): "numpy.ufunc"
    case .function(let name) where name.hasPrefix("numpy."):
      // NumPy's functions are of its dispatcher class for most (`np.sum + 1` names it).
      NumpyFunctionClasses.shownClass(of: name) ?? "builtin_function_or_method"
    case .function(let name): Self.functionType(PythonNames.moduleCallableTypes[name]) ?? "builtin_function_or_method"
    case .method(_, Interpreter.fromPyFuncMarker): "numpy.ufunc"
    // A `np.vectorize(f)` object is an instance of NumPy's Python class `numpy.vectorize`, which CPython's messages
    // name by its `__name__` (`unsupported operand type(s) for +: 'vectorize' and 'int'`).
    case .method(_, Interpreter.vectorizedMarker): "vectorize"
    case .method where TypeMethods.isDescriptor(self): "method_descriptor"
    case .method(let receiver, let name)
    where (name == "__repr__" || name == "__str__") && Attributes.hasTextWrappers(receiver):
      "method-wrapper"
    case .method: "builtin_function_or_method"
    case .slice: "slice"
    case .ellipsis: "ellipsis"
    case .dict(let dict): dict.isMappingProxy ? "mappingproxy" : "dict"
    case .dictView(let view, _): "dict_\(view.rawValue)"
    // A function of docbuild's NumPy modules written in the snippet language shows NumPy's class (`np.fft.fft`).
    case .userFunction(let closure) where closure.module?.hasPrefix("numpy.") == true:
      numpyFunctionName.flatMap(NumpyFunctionClasses.shownClass) ?? Self.functionType(closure.pythonType) ?? "function"
    case .userFunction(let closure): Self.functionType(closure.pythonType) ?? "function"
    case .derivative: "function"
    case .exception(let exception): exception.type
    case .range: "range"
    case .iterator(let box): box.kind
    case .randomObject(let handle): handle.typeName
    case .plot(let reference): reference.typeName
    case .classObject: "type"
    case .object(let object):
      // CPython writes `re`'s pattern and match types and `collections`' deque, defaultdict and OrderedDict in C,
      // whose messages name them with their module (Counter and namedtuple's classes are Python's).
      Self.namesModuleInMessages(object.type) ? object.type.module + "." + object.type.name : object.type.name
    case .boundMethod: "method"
    case .wrapped(let wrapper, _): wrapper.rawValue
    case .property: "property"
    case .superObject: "super"
    case .set(let set): set.typeName
    case .rendered: "str"
    case .textArray, .objectArray: "numpy.ndarray"
    case .objectDType: "numpy.dtypes.ObjectDType"
    case .textScalar(_, let isBytes): isBytes ? "numpy.bytes_" : "numpy.str_"
    case .textDType(let dtype): dtype.isBytes ? "numpy.dtypes.BytesDType" : "numpy.dtypes.StrDType"
    case .bytes: "bytes"
    case .rawArray: "numpy.ndarray"
    case .orderedDType(let dtype, _): "numpy.dtypes.\(dtypeClassName(dtype))"
    case .bytearray: "bytearray"
    case .structArray(let array):
      array.isVoid
        ? (array.dtype.isRecord ? "numpy.record" : "numpy.void")
        : (array.isRecord ? "numpy.rec.recarray" : "numpy.ndarray")
    case .structDType: "numpy.dtypes.VoidDType"
    case .dateArray(let array):
      array.isScalar ? (array.dtype.isDelta ? "numpy.timedelta64" : "numpy.datetime64") : "numpy.ndarray"
    case .dateDType(let dtype): dtype.isDelta ? "numpy.dtypes.TimeDelta64DType" : "numpy.dtypes.DateTime64DType"
    }
  }

  /// The name of a builtin class (`str`, `ValueError`, `numpy.ndarray`, `numpy.float64`), as CPython's messages about
  /// the class name it; nil for other values.
  var builtinClassName: String? {
    switch self {
    case .function(let name) where Builtins.isType(name): name
    case .scalarType(let dtype): "numpy.\(scalarTypeName(dtype))"
    default: nil
    }
  }

  /// Whether CPython's messages name `type` with its module, as for a class written in C (`re.Match`,
  /// `collections.deque`).
  static func namesModuleInMessages(_ type: ClassBox) -> Bool {
    switch type.module {
    case "re": type.name == "Match" || type.name == "Pattern"
    case "collections": type.name == "deque" || type.name == "defaultdict" || type.name == "OrderedDict"
    // sys.version_info and sys.float_info: CPython's structseq types, `'sys.float_info' object has no attribute`.
    case "sys": true
    // NumPy's C types that snippets write in their own language: `'numpy.nditer' object has no attribute`.
    case "numpy": type.name == "nditer"
    // The decimal module's C types: `unsupported operand type(s) for +: 'decimal.Decimal' and 'float'`.
    case "decimal": type.name == "Decimal" || type.name == "Context" || type.name == "ContextManager"
    case "numpy.random._pcg64", "numpy.random.bit_generator": true
    // The array module's C type: `unsupported operand type(s) for -: 'array.array' and 'array.array'`.
    case "array": type.name == "array"
    default: false
    }
  }

  /// True for the types of CPython's functions (`PythonNames.moduleCallableTypes`), which docbuild's function values
  /// take for their own; a module member CPython makes a class (`itertools.product`) is not one.
  static func isFunctionType(_ type: String?) -> Bool {
    type == "function" || type == "builtin_function_or_method" || type == "method"
  }

  /// `type` when it is one of CPython's function types, else nil.
  static func functionType(_ type: String?) -> String? { isFunctionType(type) ? type : nil }

  /// CPython's type of the standard-library module member a function value stands for, when it is not a function
  /// (`itertools.product` is a class): `type()` of it is refused.
  var moduleClassType: String? {
    let type: String? =
      switch self {
      case .function(let name): PythonNames.moduleCallableTypes[name]
      case .userFunction(let closure): closure.pythonType
      default: nil
      }
    return type.flatMap { Self.isFunctionType($0) ? nil : $0 }
  }

  /// True for a str, list or tuple, whose `+` concatenates and whose `*` repeats.
  var isBuiltinSequence: Bool {
    switch self {
    case .string, .list, .tuple: true
    default: false
    }
  }

  /// True for Python's None.
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}

/// NumPy's scalar type name for a dtype: `float64`, `int64`, `bool` (printed `np.True_` but typed `numpy.bool`).
func scalarTypeName(_ dtype: DType) -> String {
  dtype.rawValue
}

/// NumPy 2's class name for a dtype object: `Float64DType`, `Int64DType`, `BoolDType`.
func dtypeClassName(_ dtype: DType) -> String {
  dtype.className
}
