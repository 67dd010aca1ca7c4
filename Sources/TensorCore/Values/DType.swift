/// The element type of a tensor, named as NumPy names its dtypes.
public enum DType: String, Sendable, Hashable, CaseIterable {
  case bool
  case int8, int16, int32, int64
  case uint8, uint16, uint32, uint64
  case float16, float32, float64
  case complex64, complex128

  /// The class the values are stored and computed in (`Storage`'s four cases).
  public var storageClass: DType {
    switch self {
    case .bool: .bool
    case .float16, .float32, .float64: .float64
    case .complex64, .complex128: .complex128
    default: .int64
    }
  }

  /// True for float16, float32 and float64.
  public var isFloat: Bool { storageClass == .float64 }
  /// True for float16 and float32, whose values are stored as doubles rounded to them after every operation.
  public var isNarrowFloat: Bool { self == .float16 || self == .float32 }
  /// True for complex64 and complex128.
  public var isComplex: Bool { storageClass == .complex128 }
  /// True for the inexact dtypes (float and complex), whose `/` keeps the kind.
  public var isInexact: Bool { isFloat || isComplex }
  /// The complex dtype whose parts have this float dtype (float32 → complex64), and a complex dtype's part dtype
  /// the other way (complex128 → float64).
  public var complexPartner: DType {
    switch self {
    case .float16, .float32: .complex64
    case .complex64: .float32
    case .complex128: .float64
    default: .complex128
    }
  }
  /// True for the signed and unsigned integer dtypes.
  public var isInteger: Bool { storageClass == .int64 }
  /// True for uint8 to uint64.
  public var isUnsigned: Bool { self == .uint8 || self == .uint16 || self == .uint32 || self == .uint64 }
  /// True for a dtype narrower than its storage class (all but bool, int64 and float64).
  public var isNarrow: Bool { self != storageClass }

  /// Bytes per element (`dtype.itemsize`).
  public var itemsize: Int {
    switch self {
    case .bool, .int8, .uint8: 1
    case .int16, .uint16, .float16: 2
    case .int32, .uint32, .float32: 4
    case .int64, .uint64, .float64, .complex64: 8
    case .complex128: 16
    }
  }

  /// Bits per element (`iinfo(...).bits`).
  public var bits: Int { itemsize * 8 }

  /// NumPy's kind letter: `b`, `i`, `u`, `f`, `c`.
  public var kind: Character {
    if self == .bool { return "b" }
    if isComplex { return "c" }
    if isFloat { return "f" }
    return isUnsigned ? "u" : "i"
  }

  /// NumPy's one-character code (`dtype.char`): `?`, `b`, `h`, `i`, `l`, `B`, `H`, `I`, `L`, `e`, `f`, `d`.
  public var character: Character {
    switch self {
    case .bool: "?"
    case .int8: "b"
    case .int16: "h"
    case .int32: "i"
    case .int64: "l"
    case .uint8: "B"
    case .uint16: "H"
    case .uint32: "I"
    case .uint64: "L"
    case .float16: "e"
    case .float32: "f"
    case .float64: "d"
    case .complex64: "F"
    case .complex128: "D"
    }
  }

  /// `dtype.str` on a little-endian machine: `|b1`, `<i4`, `<f8`.
  public var typeString: String {
    (itemsize == 1 ? "|" : "<") + String(kind) + String(itemsize)
  }

  /// NumPy 2's class of the dtype object: `Float32DType`, `UInt8DType`, `BoolDType`.
  public var className: String {
    switch self {
    case .bool: "BoolDType"
    case .uint8, .uint16, .uint32, .uint64: "UInt\(bits)DType"
    case .float16, .float32, .float64: "Float\(bits)DType"
    case .complex64, .complex128: "Complex\(bits)DType"
    default: "Int\(bits)DType"
    }
  }

  /// The smallest and largest value of an integer dtype (bool: 0 and 1); uint64's largest is Int64's bit pattern of
  /// 2^64 - 1, so callers that need it read `isUnsigned`.
  public var integerBounds: (min: Int64, max: Int64) {
    switch self {
    case .bool: (0, 1)
    case .int8: (Int64(Int8.min), Int64(Int8.max))
    case .int16: (Int64(Int16.min), Int64(Int16.max))
    case .int32: (Int64(Int32.min), Int64(Int32.max))
    case .uint8: (0, Int64(UInt8.max))
    case .uint16: (0, Int64(UInt16.max))
    case .uint32: (0, Int64(UInt32.max))
    default: (Int64.min, Int64.max)
    }
  }

  /// The dtype NumPy names by `text` (`np.dtype(text)`): names, aliases and type codes such as `'f4'`, `'d'`, `'<i4'`,
  /// `'uint8'`; nil when NumPy would not understand it, or names a dtype docbuild does not have.
  public init?(numpyName text: String) {
    var name = Substring(text)
    if let first = name.first, first == "<" || first == "|" || first == "=" { name = name.dropFirst() }
    switch name {
    case "bool", "?", "b1", "bool_": self = .bool
    case "int8", "i1", "b", "byte": self = .int8
    case "int16", "i2", "h", "short": self = .int16
    case "int32", "i4", "i", "intc": self = .int32
    case "int64", "i8", "l", "q", "int", "long", "longlong", "intp", "p", "int_": self = .int64
    case "uint8", "u1", "B", "ubyte": self = .uint8
    case "uint16", "u2", "H", "ushort": self = .uint16
    case "uint32", "u4", "I", "uintc": self = .uint32
    case "uint64", "u8", "L", "Q", "ulong", "ulonglong", "uintp", "P", "uint": self = .uint64
    case "float16", "f2", "e", "half": self = .float16
    case "float32", "f4", "f", "single": self = .float32
    case "float64", "f8", "d", "float", "double", "float_": self = .float64
    case "complex64", "c8", "F", "csingle": self = .complex64
    case "complex128", "c16", "D", "complex", "cdouble": self = .complex128
    default: return nil
    }
  }

  /// True for names NumPy understands as a dtype docbuild does not have (longdouble, strings, objects, dates),
  /// so the error can say so instead of NumPy's "not understood".
  public static func isUnsupportedNumpyName(_ text: String) -> Bool {
    var name = Substring(text)
    if let first = name.first, first == "<" || first == "|" || first == "=" || first == ">" { name = name.dropFirst() }
    let known: Set<Substring> = [
      "longdouble", "g", "f16", "clongdouble", "G", "str", "U", "S", "bytes", "object",
      "O", "datetime64", "M",
      "timedelta64", "m", "V", "void", "str_", "bytes_", "object_",
    ]
    return known.contains(name) || text.first == ">"
  }

  /// NumPy 2's `np.promote_types` among docbuild's dtypes (int64 with uint64 gives float64).
  public static func promoted(_ a: DType, _ b: DType) -> DType {
    if a == b { return a }
    if a == .bool { return b }
    if b == .bool { return a }
    if a.isComplex || b.isComplex {
      // The complex dtype whose parts hold the promoted real parts: complex64 only with float32's partners.
      let parts = promoted(a.isComplex ? a.complexPartner : a, b.isComplex ? b.complexPartner : b)
      return parts.isNarrowFloat ? .complex64 : .complex128
    }
    if a.isFloat || b.isFloat {
      let float = a.isFloat ? a : b
      let other = a.isFloat ? b : a
      if float == .float64 || other == .float64 { return .float64 }
      if other.isFloat { return .float32 }
      // float16 holds int8 and uint8 exactly, float32 int16 and uint16 too, but neither 32- and 64-bit integers.
      if float == .float16 && other.itemsize == 1 { return .float16 }
      return other.itemsize <= 2 ? .float32 : .float64
    }
    if a.isUnsigned == b.isUnsigned { return a.itemsize >= b.itemsize ? a : b }
    let unsigned = a.isUnsigned ? a : b
    let signed = a.isUnsigned ? b : a
    if signed.itemsize > unsigned.itemsize { return signed }
    switch unsigned {
    case .uint8: return .int16
    case .uint16: return .int32
    case .uint32: return .int64
    default: return .float64
    }
  }

  /// `np.can_cast(from, to, casting)`, for the rules `no`, `equiv`, `safe`, `same_kind` and `unsafe`.
  public static func canCast(_ from: DType, to: DType, casting: String) -> Bool {
    switch casting {
    case "no", "equiv": return from == to
    case "unsafe": return true
    case "safe": return promoted(from, to) == to
    default:
      if promoted(from, to) == to { return true }
      // same_kind: bool < signed/unsigned ints < floats, downcasts within a kind allowed; unsigned to signed too.
      func rank(_ type: DType) -> Int { type == .bool ? 0 : type.isComplex ? 3 : type.isFloat ? 2 : 1 }
      if rank(from) != rank(to) { return rank(from) < rank(to) }
      if from.isInteger { return !(from.isUnsigned == false && to.isUnsigned) }
      return true
    }
  }
}
