import TensorCore

/// The most elements any one value may hold (the manual, docs/05-limits.md, "Limits per value and per chapter"); the core enforces it for tensors, this file for lists.
let maxElementCount = 16_777_216

extension Value {
  /// The value as a tensor, as NumPy converts operands: Python numbers become NumPy scalars, lists become arrays.
  func toTensor() throws(PythonError) -> Tensor {
    switch self {
    case .tensor(let tensor): return tensor
    case .rawArray(let array): return try array.values()
    case .bool, .int, .float, .complex:
      // Python numbers are weak operands under NumPy 2's promotion (NEP 50).
      var tensor: Tensor
      switch self {
      case .bool(let value): tensor = Tensor(value)
      case .int(let value): tensor = Tensor(value)
      case .float(let value): tensor = Tensor(value)
      case .complex(let value): tensor = Tensor(scalar: .complex(value), isScalar: true)
      default: tensor = Tensor(false)
      }
      tensor.isPythonScalar = true
      // A float taken from a decomposition's result keeps its mark in NumPy arithmetic (`np.float64(x) * 2`).
      if Tensor.approximateResultsMayExist, case .float(let value) = self {
        return ApproximateFloats.decompositionOfOperand(tensor, madeFrom: value)
      }
      return tensor
    case .bigInt: throw Value.bigIntInArray
    case .textArray, .textScalar, .string: throw StringArrays.refusal("this operation")
    case .objectArray, .objectDType: throw ObjectArrays.refusal("this operation")
    case .structArray, .structDType: throw StructuredArrays.refusal("this operation")
    case .dateArray, .dateDType: throw DateTimes.refusal("this operation on datetime64 or timedelta64 values")
    case .list, .tuple, .range:
      if StringArrays.holdsText(self) { throw StringArrays.refusal("this operation") }
      let nested = try toNested()
      return try core { try Tensor.array(nested) }
    case .object(let object) where object.array != nil:
      throw ArraySubclasses.refusal(object.type, "a NumPy function or operator")
    default:
      // NumPy makes object arrays of other values or asks their `__array__`; the language's arrays hold numbers.
      throw PythonError.limit(
        "a '\(typeName)' where NumPy takes an array is not part of the snippet language, whose arrays hold numbers")
    }
  }

  /// The value as `np.array` input.
  func toNested() throws(PythonError) -> NestedValue {
    var rangeElements = 0
    return try toNested(rangeElements: &rangeElements)
  }

  /// The value as `np.array` input, `rangeElements` counting the ints its ranges expand to, so that no nesting of
  /// ranges can be materialised past the element limit before the array's own size check.
  private func toNested(rangeElements: inout Int) throws(PythonError) -> NestedValue {
    switch self {
    case .range(let start, let stop, let step):
      // NumPy reads a range as the sequence of its ints. An empty one would need an int64 array of no elements,
      // which nested lists cannot say (`np.array([])` is float64): still refused below.
      let count = Interpreter.rangeCount(start, stop, step)
      guard count > 0 else { break }
      let (total, overflow) = rangeElements.addingReportingOverflow(count)
      if overflow || total > maxElementCount {
        throw PythonError.limit(
          "an array of more than 16,777,216 elements from ranges is too large: a value may hold at most "
            + "16,777,216 elements", type: "ValueError")
      }
      rangeElements = total
      return .list((0..<count).map { .scalar(.int(Int64(start + $0 * step))) })
    case .bool(let value): return .scalar(.bool(value))
    case .int(let value): return .scalar(.int(Int64(value)))
    case .float(let value): return .scalar(.double(value))
    case .complex(let value): return .scalar(.complex(value))
    case .bigInt: throw Value.bigIntInArray
    case .tensor(let tensor): return .tensor(tensor)
    case .list(let items), .tuple(let items):
      var nested: [NestedValue] = []
      for item in items { nested.append(try item.toNested(rangeElements: &rangeElements)) }
      return .list(nested)
    default: break
    }
    // NumPy makes a string or object array of anything else (`np.array(['a', 'b'])`, `np.array([None])`).
    throw PythonError.limit(
      "an array of '\(typeName)' elements is not part of the snippet language, whose arrays hold numbers; use "
        + "numbers, lists or arrays")
  }

  /// Python's TypeError for `float(z)` or `int(z)` of a complex number.
  func realNumberRequired(by function: String) -> PythonError {
    PythonError.type(
      function == "int"
        ? "int() argument must be a string, a bytes-like object or a real number, not '\(typeName)'"
        : "\(function)() argument must be a string or a real number, not '\(typeName)'")
  }

  /// Why a Python int from 2**63 up (or below -2**63) cannot become an array element or NumPy scalar: NumPy's own
  /// result depends on where it goes (`np.uint64(2**64 - 1)` is a uint64, `np.array([2**64 - 1, 1])` a float64
  /// array, `np.int64(2**63)` an OverflowError), so it is refused by name, never shown as one of NumPy's errors.
  static let bigIntInArray = PythonError.limit(
    "a Python int of more than 63 bits as an array element or NumPy scalar is not supported in snippets: NumPy "
      + "makes it a uint64, a float64 or an OverflowError depending on where it goes; write it as a float "
      + "(2.0**64), give ints below 2**64 to np.array with dtype=np.uint64, or make a uint64 from int64 values "
      + "with .astype(np.uint64)")

  /// Why a uint64 from 2**63 up is refused where an index-sized integer is read (`[1, 2][s]`, `range(s)`,
  /// `np.zeros(s)`): each caller treats an int past a C long its own way.
  static let highUnsignedIndex = PythonError.limit(
    "a uint64 from 2**63 up used as an index, a count or a size is not supported in snippets: NumPy and Python "
      + "treat an int past 2**63 - 1 differently in each place (an IndexError, a clamped slice, an OverflowError); "
      + "convert it with int() first")

  /// The value as a Python integer (ints, bools and NumPy integer scalars), as Python's `__index__` allows.
  func toInt() throws(PythonError) -> Int {
    switch self {
    case .int(let value): return value
    case .bigInt: throw PythonError.index("cannot fit 'int' into an index-sized integer")
    case .bool(let value): return value ? 1 : 0
    case .tensor(let tensor) where tensor.shape.isEmpty && tensor.dtype == .bool:
      // NumPy's bool has no `__index__` (`range(np.True_)`, `'ab' * np.True_`), and a 0-d bool array's own
      // `__index__` takes integer arrays only.
      if tensor.isScalar { throw PythonError.type("'numpy.bool' object cannot be interpreted as an integer") }
      throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
    case .tensor(let tensor) where tensor.shape.isEmpty && tensor.dtype.isInteger:
      if case .int64(let values) = tensor.storage {
        // A uint64 from 2**63 up fits no Int: NumPy's result depends on the caller (an IndexError, a clamped
        // slice bound, an OverflowError, "Maximum allowed dimension exceeded", a range past 64 bits).
        if tensor.dtype == .uint64, values[0] < 0 { throw Value.highUnsignedIndex }
        return Int(values[0])
      }
    case .tensor(let tensor) where !tensor.isScalar:
      // An array's own `__index__`, which Python's list, tuple and str indexing and range() call too.
      throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
    case .object(let object) where object.type.emulatedBuiltin == "int":
      // An IntEnum or IntFlag member (an int in CPython), or a re flag: the int it holds.
      if case .int(let value)? = object.attributes["_value_"] ?? object.attributes["_value"] { return value }
      // An instance of a snippet class deriving from int (BuiltinSubclasses.swift).
      if case .int(let value)? = object.builtinValue { return value }
    default: break
    }
    throw PythonError.type("'\(typeName)' object cannot be interpreted as an integer")
  }

  /// A shape argument: an int, or a tuple/list of ints.
  func toShape() throws(PythonError) -> [Int] {
    switch self {
    case .tuple(let items), .list(let items):
      var shape: [Int] = []
      for item in items { shape.append(try item.toInt()) }
      return shape
    case .tensor(let tensor) where tensor.ndim == 1 && tensor.dtype == .int64:
      return try tensor.exactInts()
    default:
      return [try toInt()]
    }
  }

  /// A Python bool or a NumPy bool scalar: NumPy's shape converter (`PyArray_IntpConverter`) takes neither as an
  /// extent, though each is an integer to Python.
  var isBoolNumber: Bool {
    switch self {
    case .bool: true
    case .tensor(let tensor): tensor.isScalar && tensor.dtype == .bool
    default: false
    }
  }

  /// A Python int within 64 bits or a NumPy integer scalar (not a bool).
  var isIntegerNumber: Bool {
    switch self {
    case .int: true
    case .tensor(let tensor): tensor.isScalar && tensor.dtype.isInteger
    default: false
    }
  }

  /// A Python float or a NumPy float scalar, which NumPy's `int()` truncates.
  var isFloatNumber: Bool {
    switch self {
    case .float: true
    case .tensor(let tensor): tensor.isScalar && tensor.dtype.isFloat
    default: false
    }
  }

  /// A str, list, tuple, dict or set: a value Python's arithmetic and comparisons with an int reject, naming its type.
  var isNeitherNumberNorNone: Bool {
    switch self {
    case .string, .list, .tuple, .dict, .set: true
    default: false
    }
  }

  /// NumPy's TypeErrors for bools given as a shape (`a.reshape(True, 12)`, `np.zeros((2, False))`): one bool is
  /// "expected a sequence of integers or a single integer", a bool among several extents "an integer is required".
  /// NumPy reads the extents in order: a bool after an extent it cannot read is never reached (that extent's error,
  /// `toShape`'s, is NumPy's).
  func refuseBoolExtents() throws(PythonError) {
    switch self {
    case .tuple(let items), .list(let items):
      for item in items {
        if item.isBoolNumber { throw PythonError.type("an integer is required") }
        if case .bigInt = item { continue }
        guard (try? item.toInt()) != nil else { return }
      }
    case _ where isBoolNumber:
      throw PythonError.type("expected a sequence of integers or a single integer, got '\(repr)'")
    default: break
    }
  }

  /// NumPy's shape converter's error for an extent past 64 bits (`np.zeros(2**63)`, `np.ones((2, -2**70))`).
  static let dimensionExceeded = PythonError.value("Maximum allowed dimension exceeded")

  /// Throws NumPy's shape converter's ValueError when an extent is an int past 64 bits (either sign): the value
  /// itself, or an item of a tuple or list read in order before any item the converter cannot read or refuses (a
  /// bool: `refuseBoolExtents`), whose error comes first in NumPy too.
  func checkExtentsFit() throws(PythonError) {
    switch self {
    case _ where exceedsIntp: throw Self.dimensionExceeded
    case .tuple(let items), .list(let items):
      for item in items {
        if item.exceedsIntp { throw Self.dimensionExceeded }
        guard !item.isBoolNumber, (try? item.toInt()) != nil else { return }
      }
    default: return
    }
  }

  /// The shape of `np.zeros`, `np.ones`, `np.empty` and `np.full`: as `toShape`, but a single value that is not an
  /// integer (nor a sequence) is NumPy's "expected a sequence of integers or a single integer, got '…'"
  /// (`np.ones(y.max() + 1)` of a float array), naming the value's repr as NumPy does (at most 100 characters of it),
  /// and None is NumPy's "Use () not None as shape arguments".
  func toCreationShape() throws(PythonError) -> [Int] {
    try checkExtentsFit()
    try refuseBoolExtents()
    switch self {
    case .tuple, .list: return try toShape()
    case .none: throw PythonError.type("Use () not None as shape arguments")
    case .dict, .set:
      throw PythonError.type(
        "expected a sequence of integers or a single integer, got '\(String(repr.unicodeScalars.prefix(100)))'")
    case .bytes:
      // NumPy reads bytes as the sequence of their values (`np.zeros(b'3')` has 51 zeros).
      throw PythonError.limit("a bytes shape is not supported in snippets: NumPy reads it as its byte values")
    case .int, .string: return try toShape()
    case .tensor(let tensor) where tensor.ndim == 1 && (tensor.dtype.isFloat || tensor.dtype.isComplex):
      // Read item by item, as a sequence: NumPy names the first item's type.
      throw PythonError.type("'numpy.\(tensor.dtype.rawValue)' object cannot be interpreted as an integer")
    case .tensor(let tensor) where tensor.ndim > 0 || tensor.dtype.isInteger: return try toShape()
    case .float, .tensor, .complex:
      throw PythonError.type(
        "expected a sequence of integers or a single integer, got '\(String(repr.unicodeScalars.prefix(100)))'")
    default: return try toShape()
    }
  }

  /// An `axis=` argument: None, an int, or a tuple of ints.
  func toAxes() throws(PythonError) -> Axes {
    switch self {
    case .none: return .all
    case .tuple(let items), .list(let items):
      var axes: [Int] = []
      for item in items { axes.append(try item.toAxis()) }
      return .many(axes)
    default: return .one(try toAxis())
    }
  }

  /// A `dtype=` argument: `np.float64`, `x.dtype`, `float`, `int`, or a name such as `"int64"`. NumPy's C
  /// `long long` dtypes are refused (`cLongLongRefusal`): call `toDTypeIgnoringCLongLong` where their difference
  /// from int64 and uint64 cannot show.
  func toDType() throws(PythonError) -> DType {
    if let spelling = cLongLongSpelling { throw Self.cLongLongRefusal(spelling) }
    return try toDTypeIgnoringCLongLong()
  }

  /// How this value spells one of NumPy's C `long long` dtypes (`'q'`, `'<Q'`, `'longlong'`, `np.ulonglong`), nil for
  /// any other value. NumPy keeps them apart from the `'l'` and `'L'` of int64 and uint64 on Linux: an array made in
  /// `'q'` prints `dtype=int64`, its `dtype.char` is `'q'` and its elements are `numpy.longlong`s, though the dtypes
  /// compare equal.
  var cLongLongSpelling: String? {
    switch self {
    case .string(let name):
      var code = Substring(name)
      if let first = code.first, first == "<" || first == "=" || first == "|" { code = code.dropFirst() }
      return ["q", "Q", "longlong", "ulonglong"].contains(code) ? "'\(name)'" : nil
    case .function("numpy.longlong"): return "np.longlong"
    case .function("numpy.ulonglong"): return "np.ulonglong"
    default: return nil
    }
  }

  /// The refusal of a C `long long` dtype where NumPy's answer would show that it is no int64 or uint64.
  /// `field`: the dtype of a structured dtype's field, whose structured dtype would print as int64's `'<i8'`.
  static func cLongLongRefusal(_ spelling: String, field: Bool = false) -> PythonError {
    PythonError.limit(
      "the dtype \(spelling) (C long long, which NumPy keeps apart from int64 and uint64: its char is 'q' or 'Q', "
        + "its arrays print dtype=int64) is not supported \(field ? "for a structured field's array or dtype" : "here") in snippets: "
        + "use np.int64 or np.uint64")
  }

  /// `toDType` reading NumPy's C `long long` dtypes as the int64 and uint64 whose values they hold, for the answers
  /// that do not tell them apart (dtype equality, `np.can_cast`, `np.iinfo`).
  func toDTypeIgnoringCLongLong() throws(PythonError) -> DType {
    switch self {
    case .function("numpy.longlong"): return .int64
    case .function("numpy.ulonglong"): return .uint64
    case .scalarType(let dtype), .dtype(let dtype), .orderedDType(let dtype, .little): return dtype
    case .orderedDType(let dtype, _): throw ByteOrder.refusal(OrderedDType(dtype, .big).typeString)
    case .structDType: throw StructuredArrays.refusal("a structured dtype here")
    case .function("float"): return .float64
    case .function("complex"): return .complex128
    case .function("int"): return .int64
    case .function("bool"): return .bool
    case .textDType, .function("str"), .function("bytes"):
      throw StringArrays.refusal("a string dtype here")
    case .string(let name):
      if let dtype = DType(numpyName: name) { return dtype }
      if let native = try ByteOrder.nativeName(name), let dtype = DType(numpyName: native) { return dtype }
      if name == "O" || name == "|O" || name == "object" { throw ByteOrder.objectRefusal() }
      if TextDType.parse(self) != nil { throw StringArrays.refusal("a string dtype here") }
      if DType.isUnsupportedNumpyName(name) || Self.mayBeNumpyDTypeName(name) {
        // `'V7'`, `'M8[ns]'`, `'float128'`: NumPy makes these, so its answer is not the TypeError below.
        throw PythonError.limit(
          "the dtype '\(name)' is not supported in snippets (they have bool, int8 to int64, uint8 to uint64, "
            + "float16, float32, float64, complex64 and complex128)")
      }
      // NumPy names what follows a sub-array prefix (`'3x'`: data type 'x').
      throw PythonError("TypeError", "data type '\(Self.withoutSubarrayPrefix(name) ?? name)' not understood")
    case .function(let name) where name.hasPrefix("numpy."):
      var error = PythonError(
        "NotImplementedError",
        "the dtype \(name.dropFirst(6)) is not supported in snippets (they have bool, int8 to "
          + "int64, uint8 to uint64, float16, float32, float64, complex64 and complex128)")
      error.isLimit = true
      throw error
    case .tuple:
      // `np.dtype((int, 2))`: NumPy's sub-array dtype.
      throw NumpyArrays.unsupported("a sub-array dtype (a (type, shape) tuple) is not supported in snippets")
    case .list:
      // `[('x', float)]`: NumPy's structured dtype (its errors for a malformed list of fields), not taken here.
      _ = try StructuredArrays.parseDType(self)
      throw NumpyArrays.unsupported("a structured dtype (a list of fields) is not supported here in snippets")
    // NumPy makes the object dtype of any other Python class (`np.dtype(dict)`, a snippet's own class).
    case .function(let name) where Builtins.isType(name): throw ByteOrder.objectRefusal()
    case .classObject: throw ByteOrder.objectRefusal()
    // A NumPy scalar stands for its dtype; an array for none.
    case .tensor(let tensor) where tensor.isScalar && !tensor.isPythonScalar: return tensor.dtype
    case .tensor(let tensor) where !tensor.isPythonScalar:
      throw PythonError.type("Cannot construct a dtype from an array")
    default:
      if repr == "<class 'object'>" { throw ByteOrder.objectRefusal() }
      throw PythonError.type("Cannot interpret '\(repr)' as a data type")
    }
  }

  /// Python's truth value; NumPy's ambiguity errors for arrays that are not a single element.
  func truthValue() throws(PythonError) -> Bool {
    switch self {
    case .rawArray(let array): return try Value.tensor(try array.values()).truthValue()
    case .objectArray(let array):
      guard array.count == 1 else { throw ObjectArrays.truthError(array.count) }
      if case .object = array.elements[0] { throw ObjectArrays.refusal("the truth of an instance inside") }
      return try array.elements[0].truthValue()
    case .bytearray(let memory): return memory.count > 0
    case .none: return false
    case .bool(let value): return value
    case .int(let value): return value != 0
    case .float(let value): return value != 0
    case .complex(let value): return value.real != 0 || value.imag != 0
    case .bigInt: return true
    case .string(let value): return !value.isEmpty
    case .tuple(let items), .list(let items): return !items.isEmpty
    case .dict(let dict): return dict.count > 0
    case .set(let set): return set.count > 0
    case .dictView(_, let dict): return dict.count > 0
    case .range(let start, let stop, let step): return Interpreter.rangeCount(start, stop, step) > 0
    case .tensor(let tensor):
      if tensor.size == 0 {
        throw PythonError.value(
          "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
      }
      if tensor.size > 1 {
        throw PythonError.value(
          "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
      }
      return try core { try tensor.truthValue() }
    default: return true
    }
  }

  /// The Python number a NumPy value holds when it is a single element (for `float()`, `int()`).
  func pythonNumber(for function: String) throws(PythonError) -> Value {
    switch self {
    case .bool, .int, .float, .bigInt: return self
    case .tensor(let tensor):
      guard tensor.shape.isEmpty else {
        throw PythonError.type("only 0-dimensional arrays can be converted to Python scalars")
      }
      switch try core({ try tensor.item() }) {
      case .bool(let value): return .bool(value)
      case .int(let value): return .pythonInt(value, of: tensor.dtype)
      case .double(let value): return .float(value)
      case .complex(let value):
        // A NumPy complex scalar gives its real part (NumPy's ComplexWarning goes to stderr, not the page); a 0-d
        // array converts through Python's complex, which float() and int() refuse.
        guard function == "float" || function == "int" else { return .complex(value) }
        if tensor.isScalar { return .float(value.real) }
        throw Value.complex(value).realNumberRequired(by: function)
      }
    case .complex where function == "complex": return self
    case .complex: throw realNumberRequired(by: function)
    // Python's own message is float()'s and int()'s; a NumPy function taking a number (`np.linspace(0, obj)`)
    // computes with the object first and fails in its arithmetic, with an error of its own.
    case .object where !["float", "int"].contains(function):
      throw PythonError.limit(
        "a '\(typeName)' where \(function)() takes a number is not part of the snippet language, whose arrays hold "
          + "numbers")
    default: throw realNumberRequired(by: function)
    }
  }
}

extension Value {
  /// A Python int from 2**63 to 2**64 - 1 beside an integer array (or NumPy scalar) as the uint64 NumPy scalar it
  /// stands for, nil for other values (beside bools NumPy raises its OverflowError). Beside a uint64 operand NumPy takes it as a uint64 (NEP 50), and
  /// it compares it exactly with any integer, as docbuild compares uint64 with integers; beside a float it would
  /// take the float's dtype, so it is not converted there.
  static func unsignedOperand(_ value: Value, beside other: Tensor) -> Tensor? {
    guard case .bigInt(let big) = value, !big.negative, big.bitWidth <= 64, other.storageClass == .int64,
      // Past Int.max and below 2**64: its bit pattern is big - 2**64, a negative Int.
      let pattern = (big - BigInt(Int.max) * BigInt(2) - BigInt(2)).asInt,
      let unsigned = try? Tensor(shape: [], storage: .int64([Int64(pattern)])).astype(.uint64)
    else { return nil }
    return unsigned.scalar
  }

  /// A NumPy integer element as a Python int. uint64 values are stored as int64 bit patterns, so one at or above 2^63
  /// reads as negative and becomes the big int it stands for.
  static func pythonInt(_ value: Int64, of dtype: DType) -> Value {
    guard dtype == .uint64, value < 0 else { return .int(Int(value)) }
    return .bigInt(BigInt(Int(value & Int64.max)) + BigInt(Int.max) + BigInt(1))
  }
}

extension Value {
  /// True for a string NumPy may read as a dtype the language lacks: a NumPy type name (`'float128'`, `'void'`) or a
  /// type code with an optional byte order, size and unit (`'V7'`, `'>i2'`, `'M8[ns]'`). Some of these NumPy also
  /// rejects (`'i3'`); refusing them is safe, answering NumPy's TypeError for a dtype it makes is not.
  /// `name` after a sub-array prefix NumPy reads (`'3'` in `'3u1'`, `'(2, 3)'` with a comma inside), or nil without
  /// one.
  static func withoutSubarrayPrefix(_ name: String) -> String? {
    guard let first = name.first, first.isASCII else { return nil }
    if first.isNumber { return String(name.drop { $0.isASCII && $0.isNumber }) }
    guard first == "(", let close = name.firstIndex(of: ")"), name[..<close].contains(",") else { return nil }
    return String(name[name.index(after: close)...])
  }

  static func mayBeNumpyDTypeName(_ name: String) -> Bool {
    if PythonNames.modules["numpy"]?.contains(name) == true { return true }
    var rest = Substring(name)
    // A sub-array prefix (`'3u1'`, `'(2, 3)f8'`): NumPy makes such a dtype (an array of it gains the axes).
    if let inner = withoutSubarrayPrefix(name) {
      return !inner.isEmpty && inner.first != "(" && mayBeNumpyDTypeName(inner)
    }
    if let first = rest.first, "<>=|".contains(first) { rest = rest.dropFirst() }
    guard let code = rest.first, "?bBhHiIlLqQpPnNefdgFDGSUVOMmaTcu".contains(code) else { return false }
    rest = rest.dropFirst()
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    // NumPy's sizes fit in a C int (`'U999999999'` it rejects too): longer digit runs keep its TypeError.
    guard digits.count <= 9 else { return false }
    rest = rest.dropFirst(digits.count)
    if rest.first == "[", rest.last == "]" {
      rest = rest.dropFirst().dropLast().drop { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
    return rest.isEmpty
  }
}

extension Tensor {
  /// The elements as Ints, exactly, for an argument read as indices, counts or a shape: `doubles` rounds int64
  /// values past 2**53 (and `Int(_:)` of 2**63 - 1 rounded up to 2**63 traps), so integers are read from their own
  /// storage. Floats are truncated toward zero as `Int(_:)` does; a float no Int holds (NaN, infinities, 2**63 and
  /// past) and a uint64 from 2**63 up are refused.
  func exactInts() throws(PythonError) -> [Int] {
    switch storage {
    case .int64(let values):
      if dtype == .uint64, values.contains(where: { $0 < 0 }) {
        throw NumpyArrays.unsupported("a uint64 index, count or size from 2**63 up is not supported in snippets")
      }
      return values.map { Int($0) }
    case .bool(let values): return values.map { $0 ? 1 : 0 }
    case .float64(let values):
      var result: [Int] = []
      result.reserveCapacity(values.count)
      for value in values {
        guard let whole = Int(exactly: value.rounded(.towardZero)) else {
          throw NumpyArrays.unsupported(
            "the float \(value) as an index, count or size is not supported in snippets: no 64-bit integer holds it")
        }
        result.append(whole)
      }
      return result
    case .complex128:
      throw PythonError.type("'complex' object cannot be interpreted as an integer")
    }
  }
}
