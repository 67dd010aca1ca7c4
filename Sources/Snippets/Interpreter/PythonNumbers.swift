import Foundation
import TensorCore

extension Value {
  /// An int value: `.int` when it fits in 64 bits, `.bigInt` otherwise, so every int has one representation.
  static func integer(_ value: BigInt) -> Value {
    if let small = value.asInt { return .int(small) }
    return .bigInt(value)
  }

  /// The value as a Python int (bools count), or nil.
  var bigInteger: BigInt? {
    switch self {
    case .bool(let flag): BigInt(flag ? 1 : 0)
    case .int(let value): BigInt(value)
    case .bigInt(let value): value
    default: nil
    }
  }
}

/// Python's arithmetic on ints (any size, bools included) and floats, with CPython's results and error messages.
enum PythonNumbers {
  /// `left op right` for Python numbers, or nil when an operand is not one.
  static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    if case .int(let a) = left, case .int(let b) = right, let result = smallIntegers(op, a, b) { return result }
    if let a = left.bigInteger, let b = right.bigInteger { return try integers(op, a, b) }
    // Other float arithmetic stays in Operators; here only what needs CPython's divmod or a big int's conversion.
    let involvesBigInt: Bool =
      switch (left, right) {
      case (.bigInt, _), (_, .bigInt): true
      default: false
      }
    guard involvesBigInt || op == .floorDivide || op == .modulo else { return nil }
    guard let x = try double(left), let y = try double(right) else { return nil }
    return try floats(op, x, y)
  }

  /// A Python number as a float operand; ints too large for a double raise Python's OverflowError.
  static func double(_ value: Value) throws(PythonError) -> Double? {
    switch value {
    case .bool(let flag): return flag ? 1 : 0
    case .int(let int): return Double(int)
    case .float(let double): return double
    case .bigInt(let big):
      guard let double = big.double else { throw PythonError("OverflowError", "int too large to convert to float") }
      return double
    default: return nil
    }
  }

  /// The fast path for two 64-bit ints; nil when the result needs the general path (overflow, negative powers).
  @inline(__always)
  static func smallIntegers(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Value? {
    switch op {
    case .add:
      let (sum, overflowed) = a.addingReportingOverflow(b)
      return overflowed ? nil : .int(sum)
    case .subtract:
      let (difference, overflowed) = a.subtractingReportingOverflow(b)
      return overflowed ? nil : .int(difference)
    case .multiply:
      let (product, overflowed) = a.multipliedReportingOverflow(by: b)
      return overflowed ? nil : .int(product)
    case .floorDivide, .modulo:
      if b == 0 || (a == Int.min && b == -1) { return nil }
      var quotient = a / b
      var remainder = a % b
      if remainder != 0, (remainder < 0) != (b < 0) {
        quotient -= 1
        remainder += b
      }
      return .int(op == .floorDivide ? quotient : remainder)
    default:
      return nil
    }
  }

  private static func integers(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws(PythonError) -> Value? {
    switch op {
    case .add:
      try BigInt.checkSize(bits: max(a.bitWidth, b.bitWidth) + 1)
      return .integer(a + b)
    case .subtract:
      try BigInt.checkSize(bits: max(a.bitWidth, b.bitWidth) + 1)
      return .integer(a - b)
    case .multiply:
      try BigInt.checkSize(bits: a.bitWidth + b.bitWidth - 1)
      return .integer(a * b)
    case .divide:
      if b.isZero { throw PythonError("ZeroDivisionError", "division by zero") }
      if let x = a.asInt, let y = b.asInt, x.magnitude <= 1 << 53, y.magnitude <= 1 << 53 {
        return .float(Double(x) / Double(y))
      }
      guard let quotient = BigInt.trueDivide(a, b) else {
        throw PythonError("OverflowError", "integer division result too large for a float")
      }
      return .float(quotient)
    case .floorDivide:
      if b.isZero { throw PythonError("ZeroDivisionError", "integer division or modulo by zero") }
      return .integer(a.floorDivMod(b).0)
    case .modulo:
      if b.isZero { throw PythonError("ZeroDivisionError", "integer modulo by zero") }
      return .integer(a.floorDivMod(b).1)
    case .power:
      if b.negative {
        guard let x = try double(.bigInt(a)), let y = b.double else { return nil }
        return try floats(.power, x, y)
      }
      // 0, 1 and -1 stay small whatever the exponent; any other base would need more than `maxBits`. Anything to the
      // power 0 is 1, `0 ** 0` included.
      if b.isZero { return .int(1) }
      if let base = a.asInt, (-1...1).contains(base) {
        return .int(base == -1 && b.floorDivMod(BigInt(2)).1.isZero ? 1 : base)
      }
      guard let exponent = b.asInt else {
        try BigInt.checkSize(bits: Int.max)
        return nil
      }
      return .integer(try a.power(exponent))
    case .matrixMultiply:
      return nil
    }
  }

  /// CPython's `float_pow` past its zero checks: a negative base to a finite non-integer power is complex (computed as
  /// CPython's `_Py_c_pow` does, through glibc's `pow`, `sin` and `cos`, which docbuild reproduces), and a finite base
  /// and exponent whose power overflows are libm's ERANGE, an OverflowError.
  static func floatPower(_ x: Double, _ y: Double) throws(PythonError) -> Value {
    if x < 0, y.isFinite, y != y.rounded() {
      // hypot(x, 0) is |x| and atan2(+0.0, x < 0) is pi, both exactly.
      let length = GlibcMath.pow(-x, y)
      let phase = Double.pi * y
      let result = Complex(length * GlibcMath.cos(phase), length * GlibcMath.sin(phase))
      if result.real.isInfinite || result.imag.isInfinite {
        throw PythonError("OverflowError", "complex exponentiation")
      }
      return .complex(result)
    }
    let result = GlibcMath.pow(x, y)
    if result.isInfinite, x.isFinite, y.isFinite {
      // CPython raises it from errno, so its arguments are the errno and strerror's text.
      var error = PythonError("OverflowError", "(34, 'Numerical result out of range')")
      error.exceptionArguments = [.int(34), .string("Numerical result out of range")]
      throw error
    }
    return .float(result)
  }

  private static func floats(_ op: BinaryOperator, _ x: Double, _ y: Double) throws(PythonError) -> Value? {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .divide:
      guard y != 0 else { throw PythonError("ZeroDivisionError", "float division by zero") }
      return .float(x / y)
    case .floorDivide:
      guard y != 0 else { throw PythonError("ZeroDivisionError", "float floor division by zero") }
      return .float(floatDivMod(x, y).0)
    case .modulo:
      guard y != 0 else { throw PythonError("ZeroDivisionError", "float modulo") }
      return .float(floatDivMod(x, y).1)
    case .power:
      if x == 0 && y < 0 { throw PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
      return try PythonNumbers.floatPower(x, y)
    case .matrixMultiply:
      return nil
    }
  }

  /// CPython's `float_divmod`: the floor quotient and a remainder with the divisor's sign.
  static func floatDivMod(_ x: Double, _ y: Double) -> (Double, Double) {
    // fmod is exact by IEEE 754 (the remainder is representable): the same bits from every C library.
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
      if (y < 0) != (mod < 0) {
        mod += y
        div -= 1
      }
    } else {
      mod = copysign(0, y)
    }
    var floorDiv: Double
    if div != 0 {
      floorDiv = div.rounded(.down)
      if div - floorDiv > 0.5 { floorDiv += 1 }
    } else {
      floorDiv = copysign(0, x / y)
    }
    return (floorDiv, mod)
  }

  /// Compares an int with a float exactly, as Python does (`2**53 + 1 > 2.0**53`); nil when the float is NaN.
  static func compare(_ a: BigInt, _ d: Double) -> Int? {
    if d.isNaN { return nil }
    if d.isInfinite { return d > 0 ? -1 : 1 }
    let floor = d.rounded(.down)
    let order = a.compare(BigInt(exactly: floor))
    if order != 0 { return order }
    return floor == d ? 0 : -1
  }
}

/// Methods of Python's ints and floats tutorials call: `n.bit_length()`, `x.is_integer()`, `x.hex()`, …
extension PythonNumbers {
  static let intMethods: Set<String> = ["bit_length", "bit_count", "as_integer_ratio", "to_bytes"]
  static let floatMethods: Set<String> = ["is_integer", "as_integer_ratio", "hex"]

  /// True when the Python int, bool or float `value` has the method `name` here.
  static func has(_ name: String, on value: Value) -> Bool {
    switch value {
    case .int, .bigInt, .bool: intMethods.contains(name)
    case .float: floatMethods.contains(name)
    default: false
    }
  }

  /// Calls one of those methods; only `to_bytes` takes arguments.
  static func method(_ name: String, on value: Value, _ call: CallArguments) throws(PythonError) -> Value {
    if name == "to_bytes", let integer = value.bigInteger { return try toBytes(integer, call) }
    let owner = if case .float = value { "float" } else { "int" }
    if !call.keywords.isEmpty { throw PythonError.type("\(owner).\(name)() takes no keyword arguments") }
    if !call.positional.isEmpty {
      throw PythonError.type("\(owner).\(name)() takes no arguments (\(call.positional.count) given)")
    }
    if let integer = value.bigInteger {
      switch name {
      case "bit_length": return .int(integer.bitWidth)
      case "bit_count": return .int(integer.limbs.reduce(0) { $0 + $1.nonzeroBitCount })
      default: return try .makeTuple([.integer(integer), .int(1)])
      }
    }
    guard case .float(let x) = value else {
      throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'")
    }
    // Every bit shows: a float taken out of a decomposition's result is refused as its repr is.
    if name != "is_integer" { try ApproximateFloats.refuse(in: value) }
    switch name {
    case "is_integer": return .bool(x.isFinite && x == x.rounded(.towardZero))
    case "hex": return .string(hex(x))
    default:
      if x.isNaN { throw PythonError.value("cannot convert NaN to integer ratio") }
      if x.isInfinite { throw PythonError("OverflowError", "cannot convert Infinity to integer ratio") }
      if x == 0 { return try .makeTuple([.int(0), .int(1)]) }
      // x = significand · 2^exponent with an odd integer significand: the reduced fraction CPython gives.
      var significand = Int(x.significandBitPattern | (x.isSubnormal ? 0 : 1 << 52))
      var exponent = Int(x.exponent) - 52
      if x.isSubnormal { exponent = -1074 }
      let zeros = significand.trailingZeroBitCount
      significand >>= zeros
      exponent += zeros
      if x < 0 { significand = -significand }
      if exponent >= 0 {
        return try .makeTuple([.integer(BigInt(significand) * (try BigInt(2).power(exponent))), .int(1)])
      }
      return try .makeTuple([.int(significand), .integer(try BigInt(2).power(-exponent))])
    }
  }

  /// `int.to_bytes(length=1, byteorder='big', *, signed=False)`, with CPython 3.11's checks in its order: the
  /// arguments' types, the byte order's name, a negative length, then a negative or too large int.
  static func toBytes(_ integer: BigInt, _ call: CallArguments) throws(PythonError) -> Value {
    try MethodSignature.check("int", "to_bytes", call)
    let bound = try call.bind(["length", "byteorder", "signed"])
    var length = 1
    if let value = bound["length"] {
      guard let number = value.bigInteger, value.typeName == "int" || value.typeName == "bool" else {
        throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
      }
      guard let int = number.asInt else {
        throw PythonError("OverflowError", "Python int too large to convert to C ssize_t")
      }
      length = int
    }
    var littleEndian = false
    if let order = bound["byteorder"] {
      guard case .string(let name) = order else {
        throw PythonError.type("to_bytes() argument 'byteorder' must be str, not \(order.typeName)")
      }
      guard name == "big" || name == "little" else {
        throw PythonError.value("byteorder must be either 'little' or 'big'")
      }
      littleEndian = name == "little"
    }
    guard length >= 0 else { throw PythonError.value("length argument must be non-negative") }
    let signed = try bound.flag("signed")
    let isNegative = integer.compare(BigInt(0)) < 0
    if isNegative && !signed { throw PythonError("OverflowError", "can't convert negative int to unsigned") }
    // The bits the value needs: its magnitude's, plus a sign bit when signed (-2**(8n-1) fits in n bytes).
    var needed = integer.bitWidth
    if signed {
      let magnitudeMinusOne = isNegative ? (-integer) - BigInt(1) : integer
      needed = magnitudeMinusOne.bitWidth + 1
    }
    guard needed <= length * 8 || (integer.compare(BigInt(0)) == 0) else {
      throw PythonError("OverflowError", "int too big to convert")
    }
    guard length <= maxElementCount else {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    // Two's complement over `length` bytes for a negative value.
    let stored = isNegative ? integer + (try BigInt(1).shiftedLeft(length * 8)) : integer
    var bytes = [UInt8](repeating: 0, count: length)
    for (index, limb) in stored.limbs.enumerated() {
      for part in 0..<4 where index * 4 + part < length {
        bytes[index * 4 + part] = UInt8(truncatingIfNeeded: limb >> (8 * UInt32(part)))
      }
    }
    return PythonBytes.value(littleEndian ? bytes : bytes.reversed())
  }

  /// CPython's `float.hex`: `0x1.999999999999ap-4`, `-0x0.0p+0`, `inf`, `nan`.
  static func hex(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let sign = x.sign == .minus ? "-" : ""
    if x == 0 { return sign + "0x0.0p+0" }
    let fraction = String(x.significandBitPattern, radix: 16)
    let digits = String(repeating: "0", count: 13 - fraction.count) + fraction
    let exponent = x.isSubnormal ? -1022 : Int(x.exponent)
    let lead = x.isSubnormal ? "0" : "1"
    return "\(sign)0x\(lead).\(digits)p\(exponent < 0 ? "-" : "+")\(Swift.abs(exponent))"
  }
}
